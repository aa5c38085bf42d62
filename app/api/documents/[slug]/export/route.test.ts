// The export route against the real PostgreSQL server, session mocked: every scope, signed in
// and out, in every format; never another reader's private annotation.
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { GET } from '@/app/api/documents/[slug]/export/route';
import type { SessionUser } from '@/lib/auth/session';
import type { DocumentContent } from '@/lib/content';
import { createReply } from '@/lib/db/annotations';
import { sampleDocument } from '@/lib/export/fixtures/sample';
import { annotate } from '@/lib/export/testing/seed';
import { callRoute, setUpRouteWorld, type Reader } from '@/lib/export/testing/route-world';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { annotationCollectionSchema, annotationSchema } from '@/lib/export/web-annotation-model';

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
const slug = sampleDocument.slug;
const comments = { aliceShared: 'alice shares', alicePrivate: 'alice keeps', bobShared: 'bob shares', bobPrivate: 'bob keeps' };

beforeAll(async () => {
  vi.stubEnv('NEXTAUTH_URL', 'http://localhost:3204');
  world = await setUpRouteWorld();
  state.prisma = world.prisma;
  state.document = sampleDocument;
  const span = (quote: string) => [{ segmentId: 's1-p1', quote }];
  const made = await Promise.all([
    annotate(sampleDocument, world.alice, 'en', span('Both sides'), { comment: comments.aliceShared, visibility: 'shared', tags: ['place'] }),
    annotate(sampleDocument, world.alice, 'ko', span('평양에서'), { comment: comments.alicePrivate }),
    annotate(sampleDocument, world.bob, 'ja', span('𠮷野'), { comment: comments.bobShared, visibility: 'shared', color: 'green' }),
    annotate(sampleDocument, world.bob, 'en', span('Pyongyang'), { comment: comments.bobPrivate }),
  ]);
  await createReply(made[0].id, world.bob, { body: 'bob replies' });
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await world?.drop();
});
beforeEach(() => {
  state.user = null;
});

async function download(query: string, as: Reader | null = null, path = `/api/documents/${slug}/export`) {
  state.user = as;
  const response = await callRoute(GET, `${path}?${query}`, { slug: path.split('/')[3]! });
  return { response, text: await response.text() };
}

async function commentsIn(query: string, as: Reader | null) {
  const { response, text } = await download(`format=jsonld&${query}`, as);
  expect(response.status).toBe(200);
  const items = JSON.parse(text).first.items as { body?: { purpose?: string; value: string }[] }[];
  return items.flatMap((item) => (Array.isArray(item.body) ? item.body.filter((b) => b.purpose === 'commenting').map((b) => b.value) : [])).sort();
}

describe('GET /api/documents/<slug>/export', () => {
  it('gives a signed-out reader the shared annotations only', async () => {
    expect(await commentsIn('scope=visible', null)).toEqual([comments.aliceShared, comments.bobShared].sort());
  });

  it('asks a signed-out reader to sign in for their own annotations', async () => {
    const { response, text } = await download('format=csv&scope=mine', null);
    expect(response.status).toBe(401);
    expect(JSON.parse(text).error).toMatch(/Sign in/);
  });

  it('gives a reader their own annotations, private ones included, for scope=mine', async () => {
    expect(await commentsIn('scope=mine', world.alice)).toEqual([comments.alicePrivate, comments.aliceShared].sort());
  });

  it("gives a reader theirs and the shared ones, never another reader's private ones, in every format", async () => {
    expect(await commentsIn('scope=visible', world.alice)).toEqual([comments.alicePrivate, comments.aliceShared, comments.bobShared].sort());
    for (const format of ['markdown', 'csv', 'jsonld', 'tmx']) {
      for (const as of [null, world.alice]) {
        const { text } = await download(`format=${format}&scope=visible`, as);
        expect(text).toContain(comments.bobShared);
        expect(text).not.toContain(comments.bobPrivate);
      }
    }
  });

  it('applies the panel filters', async () => {
    expect(await commentsIn('scope=visible&tag=place', world.alice)).toEqual([comments.aliceShared]);
    expect(await commentsIn('scope=visible&color=green&language=ja', null)).toEqual([comments.bobShared]);
    expect(await commentsIn('scope=visible&q=KEEPS', world.bob)).toEqual([comments.bobPrivate]);
  });

  it('names the file by document, scope and date, with the format’s media type', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const cases = [
      ['markdown', 'text/markdown; charset=utf-8', 'md'],
      ['jsonld', 'application/ld+json;profile="http://www.w3.org/ns/anno.jsonld"', 'jsonld'],
      ['csv', 'text/csv; charset=utf-8; header=present', 'csv'],
      ['tmx', 'application/x-tmx+xml; charset=utf-8', 'tmx'],
    ];
    for (const [format, type, extension] of cases) {
      const { response } = await download(`format=${format}&scope=mine`, world.alice);
      expect(response.headers.get('content-type')).toBe(type);
      expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${slug}-mine-annotations-${today}.${extension}"`);
      expect(response.headers.get('x-annotation-total')).toBe('2');
      expect(response.headers.get('cache-control')).toBe('private, no-store');
    }
  });

  it('writes a valid collection with absolute IRIs of this server, and a CSV that reads back', async () => {
    const json = JSON.parse((await download('format=jsonld&scope=visible', world.alice)).text);
    expect(annotationCollectionSchema.safeParse(json).success).toBe(true);
    for (const item of json.first.items) expect(annotationSchema.safeParse(item).success).toBe(true);
    expect(json.first.items[0].id).toMatch(/^http:\/\/localhost:3204\/api\/annotations\/[0-9a-f-]{36}$/);
    expect(json.total).toBe(4);
    const rows = parse((await download('format=csv&scope=visible', world.alice)).text, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.comment).sort()).toEqual([comments.alicePrivate, comments.aliceShared, comments.bobShared].sort());
  });

  it('refuses bad parameters with 400 naming each problem', async () => {
    for (const [query, path] of [
      ['format=pdf&scope=visible', 'format'],
      ['scope=visible', 'format'],
      ['format=csv&scope=everyone', 'scope'],
      ['format=csv&color=red', 'color'],
      ['format=csv&language=Korean', 'language'],
    ]) {
      const { response, text } = await download(query!, world.alice);
      expect(response.status, query).toBe(400);
      expect(
        JSON.parse(text).issues.map((i: { path: string }) => i.path),
        query,
      ).toContain(path);
    }
    const { response, text } = await download('format=csv&page=2', world.alice);
    expect(response.status).toBe(400);
    expect(JSON.parse(text).issues[0].message).toMatch(/page/);
  });

  it('answers an unknown document with 404', async () => {
    const { response } = await download('format=csv', null, '/api/documents/no-such-document/export');
    expect(response.status).toBe(404);
  });
});
