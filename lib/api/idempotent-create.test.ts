// Integration: a create sent more than once (a retry after a timeout or a 503) writes once, through
// the route handlers as Next calls them, against a fresh database on the real PostgreSQL server.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import * as repliesRoute from '@/app/api/annotations/[id]/replies/route';
import * as documentAnnotationsRoute from '@/app/api/documents/[slug]/annotations/route';
import { idFromKey } from '@/lib/annotations/idempotency';
import type { SessionUser } from '@/lib/auth/session';
import type { DocumentContent } from '@/lib/content';
import { sampleDocument, setUpAnnotationWorld, targetOf, type AnnotationTestWorld } from '@/lib/db/annotations-test-setup';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { idSchema } from '@/lib/validations/annotation';

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

const origin = 'http://localhost:3204';
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
async function post<P>(handler: Handler<P>, path: string, params: P, body: unknown, { as = world.alice, headers = {} } = {}) {
  const request = new Request(`${origin}${path}`, {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { origin, 'content-type': 'application/json', ...headers },
  });
  // Each call as its own user, even when calls overlap.
  state.user = as;
  const response = await handler(request, { params: Promise.resolve(params) });
  return { status: response.status, replayed: response.headers.get('idempotent-replayed'), json: await response.json() };
}
const create = (body: unknown, options?: { as?: SessionUser; headers?: Record<string, string> }) =>
  post(documentAnnotationsRoute.POST, '/api/documents/sample/annotations', { slug: 'sample' }, body, options);
const reply = (annotationId: string, body: unknown, options?: { as?: SessionUser; headers?: Record<string, string> }) =>
  post(repliesRoute.POST, `/api/annotations/${annotationId}/replies`, { id: annotationId }, body, options);

const note = { language: 'ko', color: 'yellow', comment: '수도', tags: ['place'], visibility: 'shared', targets: [targetOf('p1', 'ko', '평양에서')] };
const rows = () => world.prisma.annotation.count();

describe('a create with a client-chosen id', () => {
  it('writes once when repeated, answering the repeat as the first (201, the same annotation) and saying it is a repeat', async () => {
    const id = crypto.randomUUID();
    const first = await create({ ...note, id });
    expect(first).toMatchObject({ status: 201, replayed: null, json: { id, comment: '수도' } });
    const again = await create({ ...note, id });
    expect(again).toMatchObject({ status: 201, replayed: 'true' });
    expect(again.json).toEqual(first.json);
    expect(await rows()).toBe(1);
    expect(await world.prisma.annotationTarget.count({ where: { annotationId: id } })).toBe(1);
  });

  it('writes once when the same create arrives many times at once', async () => {
    const id = crypto.randomUUID();
    const answers = await Promise.all(Array.from({ length: 8 }, () => create({ ...note, id })));
    expect(answers.map((a) => a.status)).toEqual(Array(8).fill(201));
    expect(answers.filter((a) => a.replayed === null)).toHaveLength(1);
    expect(await rows()).toBe(1);
  });

  it('refuses the id for other content or another reader with 409, and changes nothing', async () => {
    const id = crypto.randomUUID();
    await create({ ...note, id });
    expect((await create({ ...note, id, comment: 'something else' })).status).toBe(409);
    expect((await create({ ...note, id, targets: [targetOf('p2', 'ko', '회담을')] })).status).toBe(409);
    const bob = await create({ ...note, id }, { as: world.bob });
    expect(bob.status).toBe(409);
    expect(JSON.stringify(bob.json)).not.toContain('수도');
    expect(await world.prisma.annotation.findUniqueOrThrow({ where: { id } })).toMatchObject({ comment: '수도', authorId: world.alice.id });
  });

  it('answers 400 naming the field for an id that is not a UUID', async () => {
    const { status, json } = await create({ ...note, id: 'note-1' });
    expect(status).toBe(400);
    expect(json.issues).toEqual([{ path: 'id', message: 'id must be a UUID' }]);
  });
});

describe('a create with an Idempotency-Key header', () => {
  it('writes once per key and reader: the same key from another reader is another note', async () => {
    const headers = { 'idempotency-key': 'retry-me-7' };
    const first = await create(note, { headers });
    const again = await create(note, { headers });
    expect([first.status, again.status, again.replayed]).toEqual([201, 201, 'true']);
    expect(again.json.id).toBe(first.json.id);
    expect(first.json.id).toBe(idFromKey(world.alice.id, 'retry-me-7'));
    const bob = await create(note, { headers, as: world.bob });
    expect(bob.status).toBe(201);
    expect(bob.json.id).not.toBe(first.json.id);
    expect(await rows()).toBe(2);
  });

  it('refuses a key that is not printable ASCII, or that disagrees with the body’s id, with 400', async () => {
    expect((await create(note, { headers: { 'idempotency-key': ' ' } })).json.issues[0].path).toBe('Idempotency-Key');
    const both = await create({ ...note, id: crypto.randomUUID() }, { headers: { 'idempotency-key': 'k' } });
    expect([both.status, both.json.issues[0].path]).toEqual([400, 'id']);
    expect(await rows()).toBe(0);
  });

  it('names ids that any UUID check accepts', () => {
    expect(idSchema.safeParse(idFromKey(crypto.randomUUID(), 'x')).success).toBe(true);
    expect(idFromKey('a', 'x')).toBe(idFromKey('a', 'x'));
    expect(idFromKey('a', 'x')).not.toBe(idFromKey('b', 'x'));
  });
});

describe('a reply with a client-chosen id', () => {
  it('writes once when repeated, and refuses the id for another body with 409', async () => {
    const { json: parent } = await create(note);
    const id = crypto.randomUUID();
    const first = await reply(parent.id, { id, body: 'agreed' });
    const again = await reply(parent.id, { id, body: 'agreed' });
    expect([first.status, again.status, again.replayed]).toEqual([201, 201, 'true']);
    expect(again.json).toEqual(first.json);
    expect((await reply(parent.id, { id, body: 'changed my mind' })).status).toBe(409);
    expect((await reply(parent.id, { id, body: 'agreed' }, { as: world.bob })).status).toBe(409);
    expect(await world.prisma.reply.count({ where: { annotationId: parent.id } })).toBe(1);
  });
});
