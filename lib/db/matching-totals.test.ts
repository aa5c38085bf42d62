// Integration: a filter's total is counted once per change and kept, and never outlives a change a
// reader could see in it: a new note, an edited comment, a note deleted, a group joined.
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DocumentContent } from '@/lib/content';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { createPrismaClient } from '@/lib/db/create-client';
import { createAnnotation, deleteAnnotation, listAnnotations, updateAnnotation } from '@/lib/db/annotations';
import { sampleDocument, setUpAnnotationWorld, targetOf, type AnnotationTestWorld } from '@/lib/db/annotations-test-setup';
import { joinByInvite } from '@/lib/db/group-invites';
import { createGroup } from '@/lib/db/groups';
import { createGroupSchema } from '@/lib/validations/group';
import { annotationListQuerySchema, createAnnotationSchema, updateAnnotationSchema } from '@/lib/validations/annotation';

const state = vi.hoisted(() => ({ prisma: undefined as PrismaClient | undefined, document: undefined as DocumentContent | undefined }));
vi.mock('@/lib/db/client', () => ({ db: () => state.prisma }));
vi.mock('@/lib/data/documents', () => ({
  getDocument: async (slug: string) => (state.document?.slug === slug ? state.document : undefined),
  getDocuments: async () => (state.document ? [state.document] : []),
}));

let world: AnnotationTestWorld;
let statements: string[] = [];
let logged: PrismaClient;

beforeAll(async () => {
  world = await setUpAnnotationWorld();
  logged = createPrismaClient(world.url, 4, { onQuery: (sql) => statements.push(sql) });
  state.prisma = logged;
  state.document = sampleDocument;
}, 60_000);
afterAll(async () => {
  await logged?.$disconnect();
  await world?.drop();
});
beforeEach(() => {
  statements = [];
});

const note = (fields: Record<string, unknown>) =>
  createAnnotationSchema.parse({ color: 'yellow', language: 'en', targets: [targetOf('p1', 'en', 'Both sides')], ...fields });
const totalFor = async (viewer: { id: string }, fields: Record<string, unknown>) => {
  statements = [];
  const list = await listAnnotations('sample', viewer, annotationListQuerySchema.parse({ limit: 1, ...fields }));
  return { total: list.total, counted: statements.some((sql) => /count\(\*\)/i.test(sql)) };
};

describe('totals of filters the maintained counts cannot tell', () => {
  it('counts a free-text total once, answers the same filter on any page from what it counted, and counts again after a change', async () => {
    for (const comment of ['A walnut note', 'Another walnut', 'No nuts here']) {
      await createAnnotation('sample', world.alice, note({ comment, visibility: 'shared' }));
    }
    expect(await totalFor(world.bob, { q: 'walnut' })).toEqual({ total: 2, counted: true });
    expect(await totalFor(world.bob, { q: 'walnut' })).toEqual({ total: 2, counted: false });
    // Another page of the same filter, and another page size: the same total, not counted again.
    expect(await totalFor(world.bob, { q: 'walnut', limit: 1, offset: 1 })).toEqual({ total: 2, counted: false });
    // Another filter is its own count.
    expect(await totalFor(world.bob, { q: 'nuts' })).toEqual({ total: 1, counted: true });

    const third = await createAnnotation('sample', world.alice, note({ comment: 'A third walnut', visibility: 'shared' }));
    expect(await totalFor(world.bob, { q: 'walnut' })).toEqual({ total: 3, counted: true });
    await updateAnnotation(third.id, world.alice, updateAnnotationSchema.parse({ comment: 'A third chestnut' }));
    expect(await totalFor(world.bob, { q: 'walnut' })).toEqual({ total: 2, counted: true });
    await updateAnnotation(third.id, world.alice, updateAnnotationSchema.parse({ tags: ['walnut'] }));
    expect(await totalFor(world.bob, { q: 'walnut' })).toEqual({ total: 3, counted: true });
    await deleteAnnotation(third.id, world.alice);
    expect(await totalFor(world.bob, { q: 'walnut' })).toEqual({ total: 2, counted: true });
    expect(await totalFor(world.bob, { q: 'walnut' })).toEqual({ total: 2, counted: false });
  });

  it('keeps each reader’s total apart, and counts again when the reader joins a group that holds matches', async () => {
    const group = await createGroup(world.alice, createGroupSchema.parse({ name: 'Almond seminar' }));
    await createAnnotation('sample', world.alice, note({ comment: 'An almond for the seminar', visibility: 'group', groupId: group.id }));
    await createAnnotation('sample', world.alice, note({ comment: 'A private almond' }));
    expect(await totalFor(world.alice, { q: 'almond' })).toEqual({ total: 2, counted: true });
    expect(await totalFor(world.bob, { q: 'almond' })).toEqual({ total: 0, counted: true });
    expect(await totalFor(world.bob, { q: 'almond' })).toEqual({ total: 0, counted: false });
    // Joining writes no event a count could see; the reader's maintained counts move instead.
    await joinByInvite(group.invite, world.bob);
    expect(await totalFor(world.bob, { q: 'almond' })).toEqual({ total: 1, counted: true });
  });

  it('holds a total counted while another writer was running only briefly: its change may commit below the version read', async () => {
    await createAnnotation('sample', world.alice, note({ comment: 'A hazel note', visibility: 'shared' }));
    const writer = new pg.Client({ connectionString: world.url });
    await writer.connect();
    await writer.query('BEGIN');
    await writer.query('SELECT pg_current_xact_id()');
    try {
      expect(await totalFor(world.bob, { q: 'hazel' })).toEqual({ total: 1, counted: true });
      expect(await totalFor(world.bob, { q: 'hazel' })).toEqual({ total: 1, counted: false });
      const now = Date.now();
      vi.spyOn(Date, 'now').mockReturnValue(now + 3_000);
      expect(await totalFor(world.bob, { q: 'hazel' })).toEqual({ total: 1, counted: true });
    } finally {
      vi.restoreAllMocks();
      await writer.query('ROLLBACK');
      await writer.end();
    }
  });

  it('answers filters the maintained counts can tell without counting or asking for the version', async () => {
    const sql = (await totalFor(world.bob, { language: 'en', color: 'yellow' })).counted;
    expect(sql).toBe(false);
    expect(statements).toHaveLength(2);
  });
});
