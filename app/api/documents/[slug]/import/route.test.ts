// The import route against the real PostgreSQL server, session mocked: who may import, how large
// a file may be, and that a refused file writes nothing.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { POST } from '@/app/api/documents/[slug]/import/route';
import type { SessionUser } from '@/lib/auth/session';
import type { DocumentContent } from '@/lib/content';
import { exportJsonLd } from '@/lib/export/jsonld';
import { collect, sampleAnnotations, sampleDocument, streamOf } from '@/lib/export/fixtures/sample';
import { importBodyBytes } from '@/lib/export/limits';
import { callRoute, origin, setUpRouteWorld, type Reader } from '@/lib/export/testing/route-world';
import { rowCounts } from '@/lib/export/testing/seed';
import type { PrismaClient } from '@/lib/generated/prisma/client';

const state = vi.hoisted(() => ({
  prisma: undefined as PrismaClient | undefined,
  document: undefined as DocumentContent | undefined,
  user: null as SessionUser | null,
}));
vi.mock('@/lib/db/client', () => ({ db: () => state.prisma }));
vi.mock('@/lib/data/documents', () => ({
  getDocument: async (slug: string) => (state.document?.slug === slug ? state.document : undefined),
  getDocuments: async () => (state.document ? [state.document] : []),
}));
vi.mock('@/lib/auth/session', () => ({ getSessionUser: async () => state.user }));

let world: Awaited<ReturnType<typeof setUpRouteWorld>>;
let file: string;
const slug = sampleDocument.slug;

beforeAll(async () => {
  vi.stubEnv('NEXTAUTH_URL', origin);
  world = await setUpRouteWorld();
  state.prisma = world.prisma;
  state.document = sampleDocument;
  const options = { document: sampleDocument, baseUrl: 'https://elsewhere.example', filter: { scope: 'visible' as const }, exportedAt: new Date() };
  file = await collect(exportJsonLd(options, streamOf(sampleAnnotations)));
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await world?.drop();
});
beforeEach(async () => {
  state.user = null;
  await world.prisma.annotation.deleteMany();
});

async function upload(body: BodyInit, as: Reader | null, options: { headers?: Record<string, string>; slug?: string; query?: string } = {}) {
  state.user = as;
  const target = options.slug ?? slug;
  const response = await callRoute(
    POST,
    `/api/documents/${target}/import${options.query ?? ''}`,
    { slug: target },
    {
      method: 'POST',
      body,
      headers: { origin, 'content-type': 'application/ld+json', ...options.headers },
    },
  );
  return { status: response.status, json: await response.json() };
}

type ExportedTarget = { source: unknown; selector: { type: string; start?: number; end?: number }[] };
type ExportedFile = { first: { items: { created?: string; modified?: string; target: ExportedTarget[]; 'accord:status'?: string }[] } };

const orphanIndex = (f: ExportedFile) => f.first.items.findIndex((item) => item['accord:status'] === 'orphaned');

/** The TextPositionSelector of the sample's orphaned annotation. */
const orphanPosition = (f: ExportedFile) => f.first.items[orphanIndex(f)]!.target[0]!.selector.find((s) => s.type === 'TextPositionSelector')!;

describe('POST /api/documents/<slug>/import', () => {
  it('imports another reader’s export as private notes credited to their authors, and says what it did', async () => {
    const { status, json } = await upload(file, world.alice);
    expect(status).toBe(200);
    expect(json).toEqual({
      imported: 3,
      replies: 2,
      skippedReplies: 1,
      skippedDeleted: 1,
      preview: false,
      alreadyHere: 0,
      credited: 3,
      // The sample's orphan: its quote is in the text again, with other words around it.
      orphaned: 0,
      uncertain: 1,
      repliesAlreadyHere: 0,
      creditedReplies: 2,
      skippedReasons: [{ reason: 'replies to a deleted note, which is not imported', count: 1 }],
    });
    expect(await world.prisma.annotation.count({ where: { authorId: world.alice.id, visibility: 'PRIVATE', importedFromId: { not: null } } })).toBe(3);
  });

  it('previews an import without writing, then imports it, then finds it already here', async () => {
    const preview = await upload(file, world.alice, { query: '?preview=true' });
    expect(preview.status).toBe(200);
    expect(preview.json).toMatchObject({ preview: true, imported: 3, credited: 3, alreadyHere: 0 });
    expect(await rowCounts(world)).toEqual({ annotations: 0, targets: 0, replies: 0 });
    const done = await upload(file, world.alice, { query: '?preview=false' });
    expect(done.json).toEqual({ ...preview.json, preview: false });
    const again = await upload(file, world.alice, { query: '?preview=true' });
    expect(again.json).toMatchObject({ preview: true, imported: 0, alreadyHere: 3, repliesAlreadyHere: 2 });
  });

  it('refuses a preview flag that is neither true nor false, naming it', async () => {
    const { status, json } = await upload(file, world.alice, { query: '?preview=yes' });
    expect(status).toBe(400);
    expect(json.issues).toEqual([{ path: 'preview', message: 'preview must be "true" or "false"' }]);
    expect(await rowCounts(world)).toEqual({ annotations: 0, targets: 0, replies: 0 });
  });

  it('asks a signed-out reader to sign in, and refuses another site', async () => {
    expect((await upload(file, null)).status).toBe(401);
    expect((await upload(file, world.alice, { headers: { origin: 'https://evil.example' } })).status).toBe(403);
    expect(await rowCounts(world)).toEqual({ annotations: 0, targets: 0, replies: 0 });
  });

  it('refuses a file over the limit with 413', async () => {
    const big = JSON.stringify({ type: 'AnnotationPage', padding: 'x'.repeat(importBodyBytes) });
    const { status, json } = await upload(big, world.alice);
    expect(status).toBe(413);
    expect(json.error).toMatch(/20 MB/);
  });

  it('takes a file larger than an ordinary request', async () => {
    const padded = JSON.stringify({ ...JSON.parse(file), padding: 'x'.repeat(1024 * 1024) });
    expect((await upload(padded, world.alice)).status).toBe(200);
  });

  it('refuses a file with problems whole, listing them, and writes nothing', async () => {
    const broken = JSON.parse(file);
    broken.first.items[3].target[0].selector[0].exact = 'words that are not there';
    broken.first.items[0].type = 'Note';
    const { status, json } = await upload(JSON.stringify(broken), world.alice);
    expect(status).toBe(400);
    expect(json.problems).toEqual([
      { path: 'items[0].type', message: 'type must be Annotation' },
      { path: 'items[3].target[0].selector', message: expect.stringContaining('the quote “words that are not there” is not in segment "s1-p1" (ko)') },
    ]);
    expect(json.problemCount).toBe(2);
    expect(await rowCounts(world)).toEqual({ annotations: 0, targets: 0, replies: 0 });
  });

  it('refuses, naming the field, a date before year 1, an orphan position past any text, and a broken percent-encoded source', async () => {
    const orphan = `items[${orphanIndex(JSON.parse(file))}].target[0].selector`;
    const cases: [string, (f: ExportedFile) => void, string][] = [
      ['created year 0', (f) => (f.first.items[0]!.created = '0000-01-01T00:00:00Z'), 'items[0].created'],
      ['modified year 0', (f) => (f.first.items[0]!.modified = '0000-12-31T23:59:59Z'), 'items[0].modified'],
      ['start 2^31', (f) => (orphanPosition(f).start = 2 ** 31), orphan],
      ['start 2^53', (f) => Object.assign(orphanPosition(f), { start: 2 ** 53, end: 2 ** 53 + 2 }), orphan],
      ['start after end', (f) => Object.assign(orphanPosition(f), { start: 9, end: 3 }), orphan],
      ['source %E0%A4', (f) => (f.first.items[orphanIndex(f)]!.target[0]!.source = 'http://x/#%E0%A4'), orphan.replace(/selector$/, 'source')],
    ];
    for (const [name, change, path] of cases) {
      const broken = JSON.parse(file) as ExportedFile;
      change(broken);
      const { status, json } = await upload(JSON.stringify(broken), world.alice);
      expect(status, name).toBe(400);
      const paths: string[] = json.problems.map((p: { path: string }) => p.path);
      expect(
        paths.some((p) => p.startsWith(path)),
        `${name}: ${paths.join(', ')}`,
      ).toBe(true);
    }
    expect(await rowCounts(world)).toEqual({ annotations: 0, targets: 0, replies: 0 });
  });

  it('refuses what is not JSON, and what is not annotations', async () => {
    const notJson = await upload('{"first": ', world.alice);
    expect(notJson.status).toBe(400);
    expect(notJson.json.problems[0].message).toMatch(/not JSON/);
    const notAnnotations = await upload('{"hello": "world"}', world.alice);
    expect(notAnnotations.status).toBe(400);
    expect(notAnnotations.json.problems[0].path).toBe('');
  });

  it('answers an unknown document with 404', async () => {
    expect((await upload(file, world.alice, { slug: 'no-such-document' })).status).toBe(404);
  });
});
