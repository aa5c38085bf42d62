// Integration: live events through two hubs (two app instances, each with its own pool and its own
// listening connection) on one database of the real PostgreSQL server, the writes made through a
// third connection, as another instance's would be.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DocumentContent } from '@/lib/content';
import { createPrismaClient } from '@/lib/db/create-client';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { createAnnotation, createReply, deleteAnnotation, updateAnnotation } from '@/lib/db/annotations';
import { sampleDocument, setUpAnnotationWorld, targetOf, type AnnotationTestWorld } from '@/lib/db/annotations-test-setup';
import { joinByInvite } from '@/lib/db/group-invites';
import { leaveGroup, removeMember, setRole } from '@/lib/db/group-roles';
import { settleAnchor } from '@/lib/db/annotation-anchor';
import { updateReply } from '@/lib/db/annotation-replies';
import { createGroup } from '@/lib/db/groups';
import { withClient } from '@/lib/db/prepare-database';
import { seedAnnotations } from '@/lib/db/seed';
import { bulkEvents, createLiveHub, type LiveHub } from '@/lib/live/hub';
import { liveStream, resetAfterMs } from '@/lib/live/stream';
import { replayPage } from '@/lib/db/live-events';
import type { LiveEvent } from '@/lib/live/events';
import { createAnnotationSchema, replySchema } from '@/lib/validations/annotation';

const state = vi.hoisted(() => ({ prisma: undefined as PrismaClient | undefined, document: undefined as DocumentContent | undefined }));
vi.mock('@/lib/db/client', () => ({ db: () => state.prisma }));
vi.mock('@/lib/data/documents', () => ({
  getDocument: async (slug: string) => (state.document?.slug === slug ? state.document : undefined),
  getDocuments: async () => (state.document ? [state.document] : []),
}));

let world: AnnotationTestWorld;
let documentId: number;
const instances: { prisma: PrismaClient; hub: LiveHub }[] = [];

function instance(listen = true) {
  const prisma = createPrismaClient(world.url, 2);
  const hub = createLiveHub({ prisma, listenUrl: listen ? world.url : null, log: () => {} });
  instances.push({ prisma, hub });
  return hub;
}

beforeAll(async () => {
  world = await setUpAnnotationWorld();
  state.prisma = world.prisma;
  state.document = sampleDocument;
  documentId = (await world.prisma.document.findUniqueOrThrow({ where: { slug: 'sample' } })).id;
});
afterAll(async () => {
  for (const { hub, prisma } of instances) {
    await hub.close();
    await prisma.$disconnect();
  }
  await world?.drop();
});
beforeEach(async () => {
  await world.prisma.annotation.deleteMany();
});

/** A listener's events as they arrive, and a wait for the next ones (failing after `ms`). */
function listen(hub: LiveHub, viewer: { id: string } | null) {
  const events: LiveEvent[] = [];
  const resets: bigint[] = [];
  const unsubscribe = hub.subscribe({ documentId, viewer, deliver: (batch) => events.push(...batch), reset: (upTo) => resets.push(upTo) });
  return {
    events,
    resets,
    unsubscribe,
    async next(count = 1, ms = 1_000): Promise<LiveEvent[]> {
      const began = Date.now();
      while (events.length < count) {
        if (Date.now() - began > ms) throw new Error(`${events.length} of ${count} events within ${ms} ms: ${JSON.stringify(events)}`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      return events.splice(0, count);
    },
  };
}

/** `count` notes by the seed's authors (about half shared) in one bulk write, as `npm run seed` makes them. */
const seedNotes = (count: number, seed: number) =>
  withClient(world.url, (client) => seedAnnotations(client, [sampleDocument], { count, document: 'sample', seed }));

/** Lets the hub hear what was written so far, so that a listener subscribed next starts after it. */
const heard = () => new Promise((resolve) => setTimeout(resolve, 150));

const note = (visibility: 'private' | 'shared', comment = 'a note') =>
  createAnnotation(
    'sample',
    world.alice,
    createAnnotationSchema.parse({ color: 'yellow', language: 'en', visibility, comment, targets: [targetOf('p1', 'en', 'mutual trust')] }),
  );

describe('live events across two instances', () => {
  it('brings a shared note made through one instance to a listener of the other within a second', async () => {
    const hubA = instance();
    const hubB = instance();
    await Promise.all([hubA.ready(), hubB.ready()]);
    const alice = listen(hubA, world.alice);
    const bob = listen(hubB, world.bob);
    const began = Date.now();
    const created = await note('shared');
    const [event] = await bob.next();
    expect(Date.now() - began).toBeLessThan(1_000);
    expect(event).toMatchObject({ type: 'annotation', kind: 'created', annotationId: created.id });
    expect((await alice.next())[0]).toMatchObject({ kind: 'created', annotationId: created.id });
    alice.unsubscribe();
    bob.unsubscribe();
  });

  it('never tells a listener of another reader’s private note, its change, its replies or its deletion', async () => {
    const hub = instance();
    await hub.ready();
    const bob = listen(hub, world.bob);
    const anonymous = listen(hub, null);
    const alice = listen(hub, world.alice);
    const hidden = await note('private', 'secret');
    await updateAnnotation(hidden.id, world.alice, { comment: 'still secret' });
    await createReply(hidden.id, world.alice, replySchema.parse({ body: 'to myself' }));
    await deleteAnnotation(hidden.id, world.alice);
    const shared = await note('shared');
    // The author hears all five (deleted with a reply, the note stays as a placeholder: a change);
    // the others only the shared note, which came last.
    expect((await alice.next(5)).map((e) => `${e.type}.${e.kind}`)).toEqual([
      'annotation.created',
      'annotation.changed',
      'reply.created',
      'annotation.changed',
      'annotation.created',
    ]);
    expect(await bob.next()).toMatchObject([{ kind: 'created', annotationId: shared.id }]);
    expect(await anonymous.next()).toMatchObject([{ kind: 'created', annotationId: shared.id }]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect([...bob.events, ...anonymous.events]).toEqual([]);
  });

  it('tells a listener that a note they could see was made private, as gone, and a deleted shared note as deleted', async () => {
    const hub = instance();
    await hub.ready();
    const shared = await note('shared');
    const other = await note('shared');
    await new Promise((resolve) => setTimeout(resolve, 200));
    const bob = listen(hub, world.bob);
    await updateAnnotation(shared.id, world.alice, { visibility: 'private' });
    await deleteAnnotation(other.id, world.alice);
    expect(await bob.next(2)).toMatchObject([
      { type: 'annotation', kind: 'deleted', annotationId: shared.id },
      { type: 'annotation', kind: 'deleted', annotationId: other.id },
    ]);
  });

  it('tells a group’s note to its members only, and stops the moment a member leaves', async () => {
    const hub = instance();
    await hub.ready();
    const carol = await world.prisma.user.create({ data: { name: 'Carol Lee', email: `carol-${Date.now()}@example.org` }, select: { id: true } });
    const group = await createGroup(world.alice, { name: 'Seminar', description: '' });
    await joinByInvite(group.invite, world.bob);
    const bob = listen(hub, world.bob);
    const outsider = listen(hub, carol);
    const anonymous = listen(hub, null);
    const inGroup = await createAnnotation(
      'sample',
      world.alice,
      createAnnotationSchema.parse({ color: 'yellow', language: 'en', visibility: 'group', groupId: group.id, targets: [targetOf('p2', 'en', 'resume')] }),
    );
    expect(await bob.next()).toMatchObject([{ kind: 'created', annotationId: inGroup.id }]);
    await leaveGroup(group.id, world.bob);
    // At once: the group's note is gone from bob's page, and the group from its choices.
    expect(await bob.next(2)).toEqual([
      expect.objectContaining({ type: 'annotation', kind: 'deleted', annotationId: inGroup.id }),
      expect.objectContaining({ type: 'membership', kind: 'deleted', groupId: group.id }),
    ]);
    await updateAnnotation(inGroup.id, world.alice, { comment: 'after bob left' });
    const shared = await note('shared');
    for (const listener of [bob, outsider, anonymous]) expect(await listener.next()).toMatchObject([{ kind: 'created', annotationId: shared.id }]);
  });

  it('tells a removed member, and no one else, that the group’s notes are gone, leaving them their own', async () => {
    const hub = instance();
    await hub.ready();
    const group = await createGroup(world.alice, { name: 'Removal', description: '' });
    await joinByInvite(group.invite, world.bob);
    const inGroup = (author: typeof world.alice, exact: string) =>
      createAnnotation(
        'sample',
        author,
        createAnnotationSchema.parse({ color: 'yellow', language: 'en', visibility: 'group', groupId: group.id, targets: [targetOf('p2', 'en', exact)] }),
      );
    const alices = await inGroup(world.alice, 'resume');
    const bobs = await inGroup(world.bob, 'resume');
    await heard();
    const bob = listen(hub, world.bob);
    const alice = listen(hub, world.alice);
    const anonymous = listen(hub, null);
    await removeMember(group.id, world.alice, world.bob.id);
    const told = await bob.next(2);
    expect(told).toEqual([
      expect.objectContaining({ type: 'annotation', kind: 'deleted', annotationId: alices.id }),
      expect.objectContaining({ type: 'membership', groupId: group.id }),
    ]);
    expect(JSON.stringify(told)).not.toContain(bobs.id);
    const shared = await note('shared');
    for (const listener of [alice, anonymous, bob]) expect(await listener.next()).toMatchObject([{ kind: 'created', annotationId: shared.id }]);
  });

  it('tells a moderator made a member, and no one else, that the hidden notes are gone and a note’s hidden reply changed, and again when made moderator', async () => {
    const hub = instance();
    await hub.ready();
    const carol = await world.prisma.user.create({ data: { name: 'Carol Lee', email: 'carol-roles@example.org' }, select: { id: true, name: true } });
    const group = await createGroup(world.alice, { name: 'Roles', description: '' });
    await joinByInvite(group.invite, world.bob);
    await joinByInvite(group.invite, carol);
    await setRole(group.id, world.alice, world.bob.id, 'moderator');
    const inGroup = (author: { id: string; name: string }, exact: string) =>
      createAnnotation(
        'sample',
        author,
        createAnnotationSchema.parse({ color: 'yellow', language: 'en', visibility: 'group', groupId: group.id, targets: [targetOf('p2', 'en', exact)] }),
      );
    const carols = await inGroup(carol, 'resume');
    await updateAnnotation(carols.id, world.alice, { hidden: true });
    const alices = await inGroup(world.alice, 'resume');
    const reply = await createReply(alices.id, carol, replySchema.parse({ body: 'a reply' }));
    await updateReply(reply.id, world.alice, { hidden: true });
    await inGroup(world.alice, 'resume'); // nothing hidden: no news for anyone
    await heard();
    const bob = listen(hub, world.bob);
    const alice = listen(hub, world.alice);
    await setRole(group.id, world.alice, world.bob.id, 'member');
    expect(await bob.next(2)).toEqual([
      expect.objectContaining({ type: 'annotation', kind: 'deleted', annotationId: carols.id }),
      expect.objectContaining({ type: 'annotation', kind: 'changed', annotationId: alices.id }),
    ]);
    await setRole(group.id, world.alice, world.bob.id, 'moderator');
    expect(await bob.next(2)).toEqual([
      expect.objectContaining({ type: 'annotation', kind: 'changed', annotationId: carols.id }),
      expect.objectContaining({ type: 'annotation', kind: 'changed', annotationId: alices.id }),
    ]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(alice.events).toEqual([]);
    expect(bob.events).toEqual([]);
  });

  it('tells a note whose passage was selected again or moved by content sync, but not a new text hash alone', async () => {
    const hub = instance();
    await hub.ready();
    const shared = await note('shared');
    await heard();
    const bob = listen(hub, world.bob);
    await settleAnchor(shared.id, world.alice, { targets: [targetOf('p2', 'en', 'resume')] });
    expect(await bob.next()).toEqual([expect.objectContaining({ kind: 'changed', annotationId: shared.id })]);
    await world.prisma.$executeRaw`UPDATE "AnnotationTarget" SET "textHash" = 'another' WHERE "annotationId" = ${shared.id}::uuid`;
    await world.prisma
      .$executeRaw`UPDATE "AnnotationTarget" SET "anchorStatus" = 'uncertain', "anchorStart" = 1, "anchorEnd" = 4 WHERE "annotationId" = ${shared.id}::uuid`;
    expect(await bob.next()).toEqual([expect.objectContaining({ kind: 'changed', annotationId: shared.id })]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(bob.events).toEqual([]);
  });

  it('tells the group of a note hidden, unhidden, resolved and reopened, and of a reply hidden', async () => {
    const hub = instance();
    await hub.ready();
    const group = await createGroup(world.alice, { name: 'Moderated', description: '' });
    await joinByInvite(group.invite, world.bob);
    const bobs = await createAnnotation(
      'sample',
      world.bob,
      createAnnotationSchema.parse({ color: 'yellow', language: 'en', visibility: 'group', groupId: group.id, targets: [targetOf('p2', 'en', 'resume')] }),
    );
    const reply = await createReply(bobs.id, world.alice, replySchema.parse({ body: 'a reply' }));
    await heard();
    const bob = listen(hub, world.bob);
    for (const change of [{ hidden: true }, { hidden: false }, { resolved: true }, { resolved: false }]) {
      await updateAnnotation(bobs.id, world.alice, change);
      expect(await bob.next()).toEqual([expect.objectContaining({ type: 'annotation', kind: 'changed', annotationId: bobs.id })]);
    }
    await updateReply(reply.id, world.alice, { hidden: true });
    expect(await bob.next()).toEqual([expect.objectContaining({ type: 'reply', kind: 'changed', annotationId: bobs.id, replyId: reply.id })]);
  });

  it('tells a reader on every document’s stream that their inbox changed, and no one else', async () => {
    const hub = instance();
    await hub.ready();
    const shared = await note('shared');
    await heard();
    const alice = listen(hub, world.alice);
    const bob = listen(hub, world.bob);
    await createReply(shared.id, world.bob, replySchema.parse({ body: 'an answer' }));
    expect(await alice.next(2)).toEqual([
      expect.objectContaining({ type: 'reply', kind: 'created' }),
      expect.objectContaining({ type: 'inbox', kind: 'changed' }),
    ]);
    expect(await bob.next()).toEqual([expect.objectContaining({ type: 'reply', kind: 'created' })]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(bob.events).toEqual([]);
  });

  it('listens again after the database ends its connection, and delivers what was written meanwhile', async () => {
    const hub = instance();
    await hub.ready();
    const bob = listen(hub, world.bob);
    const [terminated] = await world.prisma.$queryRaw<{ done: boolean }[]>`
      SELECT pg_terminate_backend(pid) AS done FROM pg_stat_activity WHERE datname = current_database() AND query = 'LISTEN accord_live'
      ORDER BY backend_start DESC LIMIT 1`;
    expect(terminated?.done).toBe(true);
    const meanwhile = await note('shared', 'while away');
    expect(await bob.next(1, 5_000)).toMatchObject([{ kind: 'created', annotationId: meanwhile.id }]);
    const after = await note('shared', 'after');
    expect(await bob.next()).toMatchObject([{ kind: 'created', annotationId: after.id }]);
  });

  it('tells a listener to read the notes again after a bulk write, rather than each of its events, and reads nothing with no one listening', async () => {
    const hub = instance();
    await hub.ready();
    // Heard with no listener (a seed while no page is open): the hub only moves on.
    const reads = vi.spyOn(instances.at(-1)!.prisma, '$queryRaw');
    await seedNotes(bulkEvents + 50, 1);
    await heard();
    expect(reads).not.toHaveBeenCalled();
    reads.mockRestore();
    const bob = listen(hub, world.bob);
    // About half of them shared: more than the bulk size that Bob may read.
    await seedNotes(4 * bulkEvents, 2);
    const newest = (await world.prisma.liveEvent.aggregate({ _max: { id: true } }))._max.id!;
    for (const began = Date.now(); !bob.resets.includes(newest) && Date.now() - began < 5_000;) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(bob.resets).toContain(newest);
    expect(bob.events).toEqual([]);
    // A few notes again come one by one.
    const one = await note('shared', 'after the bulk');
    expect(await bob.next()).toMatchObject([{ kind: 'created', annotationId: one.id }]);
    bob.unsubscribe();
  });

  it('polls the log where it cannot listen (embedded mode), within a second', async () => {
    const hub = instance(false);
    await hub.ready();
    const bob = listen(hub, world.bob);
    const began = Date.now();
    const created = await note('shared');
    expect(await bob.next()).toMatchObject([{ kind: 'created', annotationId: created.id }]);
    expect(Date.now() - began).toBeLessThan(1_000);
  });
});

/** Reads an SSE stream's text until `until` holds or `ms` pass, then stops it. */
async function readStream(stream: ReadableStream<Uint8Array>, abort: AbortController, until: (text: string) => boolean, ms = 2_000) {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let text = '';
  const deadline = setTimeout(() => abort.abort(), ms);
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
    if (until(text)) break;
  }
  clearTimeout(deadline);
  abort.abort();
  await reader.cancel().catch(() => {});
  return text;
}

describe('liveStream', () => {
  it('resumes after Last-Event-ID from the log, with only the notes the listener may see, then goes on live', async () => {
    const hub = instance();
    await hub.ready();
    const first = await note('shared', 'first');
    const { id: firstEventId } = await world.prisma.liveEvent.findFirstOrThrow({ where: { annotationId: first.id }, select: { id: true } });
    await note('private', 'not for bob');
    const missed = await note('shared', 'missed while away');
    const abort = new AbortController();
    const stream = liveStream({ hub, documentId, viewer: world.bob, after: firstEventId, signal: abort.signal });
    let later = '';
    let writing = false;
    const text = await readStream(stream, abort, (t) => {
      if (t.includes(missed.id) && !writing) {
        writing = true;
        void note('shared', 'live').then((n) => (later = n.id));
      }
      return later !== '' && t.includes(later);
    });
    const events = text
      .split('\n\n')
      .filter((block) => block.startsWith('id: '))
      .map((block) => JSON.parse(block.split('\ndata: ')[1]!) as { annotationId: string });
    expect(events.map((e) => e.annotationId)).toEqual([missed.id, later]);
    expect(text).not.toContain(first.id);
  });

  it('pages a replay by the log’s rows, so that a page of notes the listener may not see is not the end', async () => {
    const start = (await world.prisma.liveEvent.aggregate({ _max: { id: true } }))._max.id ?? 0n;
    const first = await note('private', 'not for bob');
    await note('private', 'nor this');
    const shared = await note('shared', 'for everyone');
    const pages: string[][] = [];
    for (let from: bigint | null = start; from !== null;) {
      const { events, next } = await replayPage(world.bob, documentId, from, 2);
      pages.push(events.map((event) => ('annotationId' in event ? event.annotationId : event.id)));
      from = next;
    }
    expect(pages).toEqual([[], [shared.id]]);
    expect((await replayPage(world.alice, documentId, start, 2)).events.map((e) => ('annotationId' in e ? e.annotationId : ''))).toContain(first.id);
  });

  it('sends a membership and an inbox event as named events, which a notes-only client ignores', async () => {
    const hub = instance();
    await hub.ready();
    const group = await createGroup(world.alice, { name: 'Named', description: '' });
    await joinByInvite(group.invite, world.bob);
    const start = (await world.prisma.liveEvent.aggregate({ _max: { id: true } }))._max.id ?? 0n;
    await leaveGroup(group.id, world.bob);
    const abort = new AbortController();
    const text = await readStream(liveStream({ hub, documentId, viewer: world.bob, after: start, signal: abort.signal }), abort, (t) =>
      t.includes('event: membership'),
    );
    expect(text).toContain(`\nevent: membership\ndata: {"groupId":"${group.id}"}\n\n`);
  });

  it('sends one reset, not hundreds of events, to a listener that missed a bulk write or hears one', async () => {
    const hub = instance();
    await hub.ready();
    const start = (await world.prisma.liveEvent.aggregate({ _max: { id: true } }))._max.id ?? 0n;
    await seedNotes(4 * bulkEvents, 3);
    const abort = new AbortController();
    const stream = liveStream({ hub, documentId, viewer: world.bob, after: start, signal: abort.signal });
    let wrote = false;
    const text = await readStream(
      stream,
      abort,
      (t) => {
        if (t.includes('event: reset') && !wrote) {
          wrote = true;
          void seedNotes(4 * bulkEvents, 4);
        }
        return t.split('event: reset').length === 3;
      },
      5_000 + resetAfterMs,
    );
    const newest = (await world.prisma.liveEvent.aggregate({ _max: { id: true } }))._max.id!;
    expect(text.split('event: reset').length).toBe(3);
    expect(text).toContain(`id: ${newest}\nevent: reset\n`);
    expect(text).not.toContain('data: {"type"');
  });

  it('sends a reset still waiting before the next event, so that Last-Event-ID never passes a bulk write unannounced', async () => {
    const hub = instance();
    await hub.ready();
    const abort = new AbortController();
    let wrote = false;
    let single = '';
    const stream = liveStream({ hub, documentId, viewer: world.bob, after: null, signal: abort.signal });
    const text = await readStream(
      stream,
      abort,
      (t) => {
        if (t.includes('event: ready') && !wrote) {
          wrote = true;
          void seedNotes(4 * bulkEvents, 5)
            .then(() => note('shared', 'right after the bulk'))
            .then((n) => (single = n.id));
        }
        return single !== '' && t.includes(single);
      },
      5_000,
    );
    const reset = text.indexOf('event: reset');
    expect(reset).toBeGreaterThan(-1);
    expect(reset).toBeLessThan(text.indexOf(single));
  });

  it('starts a listener without Last-Event-ID at the newest event, which a reconnect then resumes from', async () => {
    const hub = instance();
    await hub.ready();
    await note('shared');
    const newest = (await world.prisma.liveEvent.aggregate({ _max: { id: true } }))._max.id!;
    const abort = new AbortController();
    const text = await readStream(liveStream({ hub, documentId, viewer: null, after: null, signal: abort.signal }), abort, (t) => t.includes('event: ready'));
    expect(text).toContain(`id: ${newest}\nevent: ready\n`);
  });
});
