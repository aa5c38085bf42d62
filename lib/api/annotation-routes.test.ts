// Integration: the annotation route handlers, called as Next calls them, against a fresh database
// on the real PostgreSQL server, with the session mocked (whoever `state.user` is).
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import * as anchorRoute from '@/app/api/annotations/[id]/anchor/route';
import * as annotationRoute from '@/app/api/annotations/[id]/route';
import * as repliesRoute from '@/app/api/annotations/[id]/replies/route';
import * as documentAnnotationsRoute from '@/app/api/documents/[slug]/annotations/route';
import * as replyRoute from '@/app/api/replies/[id]/route';
import type { SessionUser } from '@/lib/auth/session';
import type { DocumentContent } from '@/lib/content';
import { createPrismaClient } from '@/lib/db/create-client';
import { sampleDocument, setUpAnnotationWorld, targetOf, type AnnotationTestWorld } from '@/lib/db/annotations-test-setup';
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

const origin = 'http://localhost:3203';
let world: AnnotationTestWorld;
beforeAll(async () => {
  vi.stubEnv('NEXTAUTH_URL', origin);
  world = await setUpAnnotationWorld();
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await world?.drop();
});
beforeEach(async () => {
  state.prisma = world.prisma;
  state.document = sampleDocument;
  state.user = world.alice;
  await world.prisma.annotation.deleteMany();
});

type Handler<P> = (request: Request, context: { params: Promise<P> }) => Promise<Response>;
type Options = { body?: unknown; rawBody?: BodyInit; headers?: Record<string, string>; as?: SessionUser | null };

async function call<P>(handler: Handler<P>, method: string, path: string, params: P, options: Options = {}) {
  if ('as' in options) state.user = options.as ?? null;
  const headers: Record<string, string> = method === 'GET' ? {} : { origin, 'content-type': 'application/json' };
  const body = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  const response = await handler(new Request(`${origin}${path}`, { method, body, headers: { ...headers, ...options.headers } }), {
    params: Promise.resolve(params),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: text ? JSON.parse(text) : undefined };
}

const list = (query = '', options: Options = {}) =>
  call(documentAnnotationsRoute.GET, 'GET', `/api/documents/sample/annotations${query}`, { slug: 'sample' }, options);
const create = (body: unknown, options: Options = {}) =>
  call(documentAnnotationsRoute.POST, 'POST', '/api/documents/sample/annotations', { slug: 'sample' }, { body, ...options });
const get = (id: string, options: Options = {}) => call(annotationRoute.GET, 'GET', `/api/annotations/${id}`, { id }, options);
const patch = (id: string, body: unknown, options: Options = {}) =>
  call(annotationRoute.PATCH, 'PATCH', `/api/annotations/${id}`, { id }, { body, ...options });
const settle = (id: string, body: unknown, options: Options = {}) =>
  call(anchorRoute.POST, 'POST', `/api/annotations/${id}/anchor`, { id }, { body, ...options });
const remove = (id: string, options: Options = {}) => call(annotationRoute.DELETE, 'DELETE', `/api/annotations/${id}`, { id }, options);
const replyTo = (id: string, body: unknown, options: Options = {}) =>
  call(repliesRoute.POST, 'POST', `/api/annotations/${id}/replies`, { id }, { body, ...options });
const patchReply = (id: string, body: unknown, options: Options = {}) => call(replyRoute.PATCH, 'PATCH', `/api/replies/${id}`, { id }, { body, ...options });
const removeReply = (id: string, options: Options = {}) => call(replyRoute.DELETE, 'DELETE', `/api/replies/${id}`, { id }, options);
const getReply = (id: string, options: Options = {}) => call(replyRoute.GET, 'GET', `/api/replies/${id}`, { id }, options);

const highlight = { language: 'ko', color: 'yellow', targets: [targetOf('p1', 'ko', '평양에서')] };

describe('POST /api/documents/<slug>/annotations', () => {
  it('answers with the counterparts of its span: the aligned phrase in each other language, or the whole passage', async () => {
    const { json } = await create(highlight);
    expect(json.counterparts).toEqual([
      { language: 'en', segmentId: 'p1', start: 18, end: 27, exact: 'Pyongyang', method: 'phrase-alignment' },
      { language: 'ja', segmentId: 'p1', start: 3, end: 5, exact: '平壌', method: 'phrase-alignment' },
    ]);
    expect((await get(json.id)).json.counterparts).toEqual(json.counterparts);
    const elsewhere = await create({ language: 'en', color: 'blue', targets: [targetOf('p2', 'en', 'resume')] });
    expect(elsewhere.json.counterparts.map((c: { language: string; method: string; exact: string }) => [c.language, c.method, c.exact])).toEqual([
      ['ko', 'segment', '양측은 국교정상화 회담을 재개하기로 하였다.'],
      ['ja', 'segment', '双方は国交正常化交渉を再開することとした。'],
    ]);
    const { json: page } = await list();
    expect(page.items.find((a: { id: string }) => a.id === json.id).counterparts).toEqual(json.counterparts);
  });

  it('creates an annotation and answers 201 with it and its address', async () => {
    const { status, headers, json } = await create({ ...highlight, comment: '수도', tags: ['place'], visibility: 'shared' });
    expect(status).toBe(201);
    expect(headers.get('location')).toBe(`/api/annotations/${json.id}`);
    expect(json).toMatchObject({ language: 'ko', comment: '수도', visibility: 'shared', status: 'anchored', targets: [{ exact: '평양에서' }] });
    expect((await get(json.id, { as: null })).json).toEqual(json);
  });

  it('gives the comment and each reply as Markdown with their sanitised HTML beside it, wherever an annotation is answered', async () => {
    const { json } = await create({ ...highlight, comment: '**수도** <script>x()</script>', visibility: 'shared' });
    expect(json.commentHtml).toBe('<p><strong>수도</strong> &#x3C;script>x()&#x3C;/script></p>');
    const answered = await replyTo(json.id, { body: 'See _평양_.' }, { as: world.bob });
    expect(answered.json).toMatchObject({ body: 'See _평양_.', bodyHtml: '<p>See <em>평양</em>.</p>', annotationId: json.id });
    expect((await getReply(answered.json.id)).json.bodyHtml).toBe('<p>See <em>평양</em>.</p>');
    expect((await get(json.id)).json.replies).toEqual([expect.objectContaining({ bodyHtml: '<p>See <em>평양</em>.</p>' })]);
    expect((await patch(json.id, { comment: '# Capital' }, { as: world.alice })).json.commentHtml).toBe('<h1>Capital</h1>');
    expect((await list()).json.items[0]).toMatchObject({ comment: '# Capital', commentHtml: '<h1>Capital</h1>' });
  });

  it('answers 401 when signed out, and 403 to a cross-site request or one without Origin, writing nothing', async () => {
    expect((await create(highlight, { as: null })).status).toBe(401);
    expect((await create(highlight, { headers: { origin: 'https://evil.example' } })).json).toMatchObject({ error: expect.stringMatching(/Cross-site/) });
    expect((await create(highlight, { headers: { origin: 'https://evil.example' } })).status).toBe(403);
    const withoutOrigin = await documentAnnotationsRoute.POST(
      new Request(`${origin}/api/documents/sample/annotations`, { method: 'POST', body: JSON.stringify(highlight) }),
      { params: Promise.resolve({ slug: 'sample' }) },
    );
    expect(withoutOrigin.status).toBe(403);
    expect(await world.prisma.annotation.count()).toBe(0);
  });

  it('answers 413 to a body over the limit, declared or not', async () => {
    const huge = JSON.stringify({ ...highlight, comment: 'x'.repeat(300 * 1024) });
    expect((await create(undefined, { rawBody: huge })).status).toBe(413);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(huge));
        controller.close();
      },
    });
    const response = await documentAnnotationsRoute.POST(
      new Request(`${origin}/api/documents/sample/annotations`, { method: 'POST', body: stream, duplex: 'half', headers: { origin } } as RequestInit),
      { params: Promise.resolve({ slug: 'sample' }) },
    );
    expect(response.status).toBe(413);
  });

  it('answers 400 to a NUL character, which the database cannot store, in a note, a reply or a search, and writes nothing', async () => {
    const refused = await create({ ...highlight, comment: 'before\u0000after' });
    expect(refused.status).toBe(400);
    expect(refused.json.issues).toEqual([{ path: 'comment', message: 'comment contains a NUL character (U+0000), which cannot be stored' }]);
    const made = await create(highlight);
    expect((await patch(made.json.id, { comment: '\u0000' })).status).toBe(400);
    expect((await replyTo(made.json.id, { body: 'ok\u0000' })).status).toBe(400);
    expect((await list('?q=%00')).status).toBe(400);
    expect(await world.prisma.annotation.count()).toBe(1);
    expect(await world.prisma.reply.count()).toBe(0);
    expect((await get(made.json.id)).json.comment).toBe('');
  });

  it('answers 400 to a body that is not JSON', async () => {
    const { status, json } = await create(undefined, { rawBody: '{"language": "ko",' });
    expect(status).toBe(400);
    expect(json.issues[0].message).toMatch(/not JSON/);
  });

  it('answers 400 to a body that is JSON but not an object (null, a number, a list), naming the body', async () => {
    for (const rawBody of ['null', '42', '"text"', '[]', 'true']) {
      const { status, json } = await create(undefined, { rawBody });
      expect(status, rawBody).toBe(400);
      expect(json.issues[0], rawBody).toEqual({ path: '', message: expect.any(String) });
    }
    expect(await world.prisma.annotation.count()).toBe(0);
  });

  it('answers 400 naming each problem of the input', async () => {
    const { status, json } = await create({
      ...highlight,
      color: 'red',
      comment: 'a'.repeat(10_001),
      tags: ['fine', 'x'.repeat(51)],
    });
    expect(status).toBe(400);
    expect(json).toEqual({
      error: 'The request is not valid.',
      issues: [
        { path: 'color', message: 'colour must be one of yellow, green, blue, pink, purple' },
        { path: 'comment', message: 'comment must be at most 10,000 characters' },
        { path: 'tags.1', message: 'tag must be at most 50 characters' },
      ],
    });
    // Problems of shape and of fit to the text, in one answer.
    const both = await create({
      ...highlight,
      color: 'red',
      targets: [
        { ...highlight.targets[0]!, exact: '서울에서' },
        { segmentId: 'nope', start: 0, end: 1, exact: 'x' },
      ],
    });
    expect(both.status).toBe(400);
    expect(both.json.issues.map((issue: { path: string }) => issue.path).sort()).toEqual(['color', 'targets.0.exact', 'targets.1.segmentId']);
    const tooMany = await create({ ...highlight, tags: Array.from({ length: 21 }, (_, i) => `t${i}`) });
    expect(tooMany).toMatchObject({ status: 400, json: { issues: [{ path: 'tags', message: 'at most 20 tags' }] } });
  });

  it('makes a note that compares languages, each span in its own column, and lists it with ?crossLanguage=true', async () => {
    const { status, json } = await create({
      language: 'en',
      color: 'blue',
      targets: [targetOf('p1', 'en', 'Pyongyang'), { ...targetOf('p1', 'ja', '平壌'), language: 'ja' }],
    });
    expect(status).toBe(201);
    expect(json).toMatchObject({
      language: 'en',
      targets: [
        { language: 'en', exact: 'Pyongyang' },
        { language: 'ja', exact: '平壌' },
      ],
    });
    // The Korean answers through the aligned phrase; the English and the Japanese are quoted, not projected.
    expect(json.counterparts.map((c: { language: string }) => c.language)).toEqual(['ko']);
    await create({ language: 'en', color: 'yellow', targets: [targetOf('p2', 'en', 'talks')] });
    const comparisons = await list('?crossLanguage=true');
    expect(comparisons.json.items.map((a: { id: string }) => a.id)).toEqual([json.id]);
    expect((await list('?crossLanguage=false')).json.total).toBe(2);
    expect(await list('?crossLanguage=maybe')).toMatchObject({ status: 400, json: { issues: [{ path: 'crossLanguage' }] } });
  });

  it('answers 400 when the selection does not fit the current text, writing nothing', async () => {
    const { status, json } = await create({
      language: 'ko',
      color: 'green',
      targets: [
        targetOf('p1', 'ko', '양측은'),
        { segmentId: 'p2', start: 20, end: 40, exact: '재개하기로' },
        { ...targetOf('p2', 'ko', '회담을'), exact: '협상을' },
        { segmentId: 'zz', start: 0, end: 1, exact: '회' },
        { ...targetOf('p3', 'ja', '10月'), language: 'fr' },
      ],
    });
    expect(status).toBe(400);
    expect(json.issues.map((issue: { path: string }) => issue.path)).toEqual(['targets.1.end', 'targets.2.exact', 'targets.3.segmentId', 'targets.4.language']);
    expect(await world.prisma.annotationTarget.count()).toBe(0);
  });

  it('answers 404 for an unknown document', async () => {
    const response = await call(documentAnnotationsRoute.POST, 'POST', '/api/documents/nope/annotations', { slug: 'nope' }, { body: highlight });
    expect(response.status).toBe(404);
  });
});

describe('GET /api/documents/<slug>/annotations', () => {
  it('gives signed-out readers the shared annotations only, with counts', async () => {
    await create({ ...highlight, visibility: 'shared' });
    await create({ ...highlight, comment: 'private thoughts' });
    const { status, headers, json } = await list('', { as: null });
    expect(status).toBe(200);
    expect(headers.get('cache-control')).toBe('private, no-store');
    expect(json).toMatchObject({ total: 1, offset: 0, limit: 100, counts: { visible: 1, mine: 0 } });
    expect(JSON.stringify(json)).not.toContain('private thoughts');
  });

  it('filters and pages by query string, and refuses what it does not know', async () => {
    await create({ ...highlight, visibility: 'shared', tags: ['수도'] });
    await create({ ...highlight, color: 'blue', targets: [targetOf('p2', 'ko', '국교정상화')] });
    expect((await list('?scope=mine&color=blue')).json.items).toHaveLength(1);
    expect((await list('?tag=%EC%88%98%EB%8F%84')).json.items).toHaveLength(1);
    expect((await list('?limit=1&offset=1')).json).toMatchObject({ total: 2, limit: 1, offset: 1, items: [{ color: 'blue' }] });
    expect((await list('?limit=0&sort=new')).json.issues.map((i: { path: string }) => i.path).sort()).toEqual(['', 'limit']);
    expect((await list('?scope=mine', { as: null })).status).toBe(401);
  });
});

describe('/api/annotations/<id>', () => {
  it('answers 404 for an unknown id, a malformed id, and another reader’s private annotation', async () => {
    const { json: secret } = await create(highlight);
    expect((await get('6f1c2a9e-8b7d-4c6e-9f0a-1b2c3d4e5f60')).status).toBe(404);
    expect((await get('not-a-uuid')).status).toBe(404);
    expect((await get(secret.id, { as: world.bob })).status).toBe(404);
    expect((await get(secret.id, { as: null })).status).toBe(404);
    expect((await patch(secret.id, { color: 'blue' }, { as: world.bob })).status).toBe(404);
    expect((await remove(secret.id, { as: world.bob })).status).toBe(404);
    expect((await replyTo(secret.id, { body: 'hi' }, { as: world.bob })).status).toBe(404);
  });

  it('lets only the author change or delete a shared annotation (403 for others)', async () => {
    const { json: shared } = await create({ ...highlight, visibility: 'shared', comment: 'keep' });
    expect((await patch(shared.id, { comment: 'hijacked' }, { as: world.bob })).status).toBe(403);
    expect((await remove(shared.id, { as: world.bob })).status).toBe(403);
    const patched = await patch(shared.id, { color: 'purple' }, { as: world.alice });
    expect(patched).toMatchObject({ status: 200, json: { color: 'purple', comment: 'keep', visibility: 'shared' } });
    expect((await patch(shared.id, {})).json).toEqual({ error: 'The request is not valid.', issues: [{ path: '', message: 'nothing to change' }] });
  });

  it('lets only the author confirm or re-select the passage, and names what is wrong with a new selection', async () => {
    const { json: shared } = await create({ ...highlight, visibility: 'shared' });
    expect((await settle(shared.id, {}, { as: null })).status).toBe(401);
    expect((await settle(shared.id, {}, { as: world.bob })).status).toBe(403);
    expect(await settle(shared.id, {}, { as: world.alice })).toMatchObject({ status: 200, json: { status: 'anchored' } });
    const wrong = await settle(shared.id, { targets: [{ segmentId: 'p1', start: 0, end: 3, exact: 'nope' }], color: 'blue' });
    expect(wrong.status).toBe(400);
    expect(wrong.json.issues.map((issue: { path: string }) => issue.path)).toEqual(['']);
    const badQuote = await settle(shared.id, { targets: [{ segmentId: 'p1', start: 0, end: 3, exact: 'nope' }] });
    expect(badQuote).toMatchObject({ status: 400, json: { issues: [{ path: 'targets.0.exact' }] } });
    const again = await settle(shared.id, { targets: [targetOf('p2', 'ko', '회담을')] });
    expect(again).toMatchObject({ status: 200, json: { targets: [{ segmentId: 'p2', exact: '회담을' }] } });
  });

  it('deletes with 204, or keeps a placeholder with the replies (200)', async () => {
    const { json: alone } = await create(highlight);
    expect((await remove(alone.id)).status).toBe(204);
    expect((await get(alone.id)).status).toBe(404);

    const { json: discussed } = await create({ ...highlight, visibility: 'shared', comment: 'to be deleted' });
    await replyTo(discussed.id, { body: 'A reply' }, { as: world.bob });
    const deleted = await remove(discussed.id, { as: world.alice });
    expect(deleted).toMatchObject({ status: 200, json: { deleted: true, comment: '', replies: [{ body: 'A reply' }] } });
    expect((await remove(discussed.id)).status).toBe(409);
  });
});

describe('replies', () => {
  it('lets any signed-in reader reply to a shared annotation, and only the reply’s author change it', async () => {
    const { json: shared } = await create({ ...highlight, visibility: 'shared' });
    expect((await replyTo(shared.id, { body: 'hi' }, { as: null })).status).toBe(401);
    const created = await replyTo(shared.id, { body: '  동의합니다  ' }, { as: world.bob });
    expect(created).toMatchObject({ status: 201, json: { annotationId: shared.id, body: '동의합니다', author: { name: 'Bob Tanaka' } } });
    expect((await patchReply(created.json.id, { body: 'changed' }, { as: world.alice })).status).toBe(403);
    expect((await removeReply(created.json.id, { as: world.alice })).status).toBe(403);
    expect((await patchReply(created.json.id, { body: '' }, { as: world.bob })).json.issues).toEqual([{ path: 'body', message: 'reply must not be empty' }]);
    expect((await patchReply(created.json.id, { body: 'changed' }, { as: world.bob })).json.body).toBe('changed');
    expect((await removeReply(created.json.id, { as: world.bob })).status).toBe(204);
    expect((await removeReply(created.json.id, { as: world.bob })).status).toBe(404);
  });
});

describe('a session whose account was just deleted', () => {
  it('answers 401 "no longer exists" to a create or a reply, not 500, and writes nothing', async () => {
    const shared = await create({ ...highlight, visibility: 'shared' });
    // The session check still let it through (cached for a moment, or on another instance).
    const gone = { ...world.bob, id: crypto.randomUUID() };
    const created = await create(highlight, { as: gone });
    expect(created.status).toBe(401);
    expect(created.json).toMatchObject({ error: expect.stringMatching(/no longer exists/) });
    const replied = await replyTo(shared.json.id, { body: 'Late.' }, { as: gone });
    expect(replied.status).toBe(401);
    expect(replied.json).toMatchObject({ error: expect.stringMatching(/no longer exists/) });
    expect(await world.prisma.annotation.count()).toBe(1);
    expect(await world.prisma.reply.count()).toBe(0);
  });
});

describe('GET /api/replies/<id>', () => {
  it('answers whoever may read the annotation, and 404 to anyone else, as if the reply did not exist', async () => {
    const { json: shared } = await create({ ...highlight, visibility: 'shared' });
    const { json: reply } = await replyTo(shared.id, { body: 'public thought' }, { as: world.bob });
    expect(await getReply(reply.id, { as: null })).toMatchObject({ status: 200, json: { id: reply.id, annotationId: shared.id, body: 'public thought' } });

    const { json: secret } = await create(highlight, { as: world.alice });
    const { json: own } = await replyTo(secret.id, { body: 'note to self' }, { as: world.alice });
    expect((await getReply(own.id, { as: world.alice })).status).toBe(200);
    expect((await getReply(own.id, { as: world.bob })).status).toBe(404);
    expect((await getReply(own.id, { as: null })).status).toBe(404);
    expect((await getReply('not-a-uuid', { as: null })).status).toBe(404);
  });
});

describe('when the database is away', () => {
  it('answers 503 instead of failing', async () => {
    const unreachable = createPrismaClient('postgresql://postgres@127.0.0.1:9/accord_nowhere');
    state.prisma = unreachable;
    try {
      const { status, headers, json } = await list('', { as: null });
      expect(status).toBe(503);
      expect(json).toMatchObject({ db: 'down' });
      expect(headers.get('retry-after')).toBe('2');
      expect((await create(highlight, { as: world.alice })).status).toBe(503);
    } finally {
      await unreachable.$disconnect();
    }
  });
});
