// Integration: mentions and the inbox against a fresh database on the real PostgreSQL server.
import nodemailer from 'nodemailer';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DocumentContent } from '@/lib/content';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { createAnnotation, createReply, updateAnnotation } from '@/lib/db/annotations';
import { sampleDocument, setUpAnnotationWorld, targetOf, type AnnotationTestWorld } from '@/lib/db/annotations-test-setup';
import { joinByInvite } from '@/lib/db/group-invites';
import { createGroup } from '@/lib/db/groups';
import { groupMentionCandidates, mentionCandidates } from '@/lib/db/mentions';
import { listInbox, markRead, unreadCount, type Notified } from '@/lib/db/notifications';
import { mailNotifications } from '@/lib/mail/notification-mail';
import { createAnnotationSchema, replySchema } from '@/lib/validations/annotation';

const state = vi.hoisted(() => ({ prisma: undefined as PrismaClient | undefined, document: undefined as DocumentContent | undefined }));
vi.mock('@/lib/db/client', () => ({ db: () => state.prisma }));
vi.mock('@/lib/data/documents', () => ({
  getDocument: async (slug: string) => (state.document?.slug === slug ? state.document : undefined),
  getDocuments: async () => (state.document ? [state.document] : []),
}));

let world: AnnotationTestWorld;
let carol: { id: string; name: string };
beforeAll(async () => {
  world = await setUpAnnotationWorld();
  state.prisma = world.prisma;
  state.document = sampleDocument;
  carol = await world.prisma.user.create({ data: { name: 'Carol Lee', email: 'carol@example.org' }, select: { id: true, name: true } });
});
afterAll(() => world?.drop());
beforeEach(async () => {
  await world.prisma.annotation.deleteMany();
  await world.prisma.group.deleteMany();
});

const note = (visibility: 'private' | 'shared' | 'group', groupId?: string) =>
  createAnnotation(
    'sample',
    world.alice,
    createAnnotationSchema.parse({
      color: 'yellow',
      language: 'en',
      visibility,
      groupId,
      comment: 'On trust',
      targets: [targetOf('p1', 'en', 'mutual trust')],
    }),
  );
const reply = (annotationId: string, who: { id: string }, body: string) => createReply(annotationId, who, replySchema.parse({ body }));
const kindsOf = async (who: { id: string }) => (await listInbox(who)).items.map((item) => item.kind);

describe('notifications of replies and mentions', () => {
  it('tells the note’s author of a reply, once as a mention when the reply names them, and never the writer', async () => {
    const shared = await note('shared');
    await reply(shared.id, world.bob, 'I agree.');
    await reply(shared.id, world.bob, 'And @Alice Kim, see p2.');
    expect(await kindsOf(world.alice)).toEqual(['mention', 'reply']);
    expect(await kindsOf(world.bob)).toEqual([]);
    // Bob took part: Alice's answer naming him reaches him, Carol (not in the thread) is not offered.
    expect(await mentionCandidates(shared.id, world.alice)).toEqual([{ id: world.bob.id, name: world.bob.name }]);
    await reply(shared.id, world.alice, '@Bob Tanaka thanks; @Carol Lee too');
    expect(await kindsOf(world.bob)).toEqual(['mention']);
    expect(await kindsOf(carol)).toEqual([]);
  });

  it('tells no one who may not read the note: a private note’s mention reaches nobody', async () => {
    const hidden = await note('private');
    await reply(hidden.id, world.alice, '@Bob Tanaka look');
    expect(await unreadCount(world.bob)).toBe(0);
    await expect(mentionCandidates(hidden.id, world.bob)).rejects.toMatchObject({ kind: 'not-found' });
  });

  it('offers a group’s members in its notes, and tells a member mentioned but not an outsider', async () => {
    const group = await createGroup(world.alice, { name: 'Seminar', description: '' });
    await joinByInvite(group.invite, world.bob);
    const inGroup = await note('group', group.id);
    expect(await mentionCandidates(inGroup.id, world.alice)).toEqual([{ id: world.bob.id, name: world.bob.name }]);
    await reply(inGroup.id, world.alice, '@Bob Tanaka and @Carol Lee');
    expect(await kindsOf(world.bob)).toEqual(['mention']);
    expect(await kindsOf(carol)).toEqual([]);
    await expect(mentionCandidates(inGroup.id, carol)).rejects.toMatchObject({ kind: 'not-found' });
  });
});

describe('the inbox', () => {
  it('lists newest first with a link to the note, counts unread, marks some or all read, and only the reader’s own', async () => {
    const shared = await note('shared');
    await reply(shared.id, world.bob, 'first');
    await reply(shared.id, world.bob, 'second');
    const page = await listInbox(world.alice);
    expect(page.unread).toBe(2);
    expect(page.items.map((i) => i.excerpt)).toEqual(['second', 'first']);
    expect(page.items[0]).toMatchObject({
      kind: 'reply',
      read: false,
      actor: { id: world.bob.id, name: world.bob.name },
      annotationId: shared.id,
      document: { slug: 'sample', title: 'Sample Declaration' },
      href: `/documents/sample?note=${shared.id}#p1`,
    });
    expect(await markRead(world.bob, { ids: [page.items[0]!.id] })).toBe(0);
    expect(await unreadCount(world.alice)).toBe(2);
    expect(await markRead(world.alice, { ids: [page.items[0]!.id] })).toBe(1);
    expect(await markRead(world.alice, { all: true })).toBe(0);
    expect((await listInbox(world.alice)).items.every((i) => i.read)).toBe(true);
  });

  it('pages through `before`, and drops a note its reader may no longer read', async () => {
    const shared = await note('shared');
    await reply(shared.id, world.bob, 'one');
    await reply(shared.id, world.alice, '@Bob Tanaka two');
    await reply(shared.id, world.alice, '@Bob Tanaka three');
    const first = await listInbox(world.bob, { limit: 1 });
    expect(first.items.map((i) => i.excerpt)).toEqual(['@Bob Tanaka three']);
    const second = await listInbox(world.bob, { limit: 1, before: first.next! });
    expect(second).toMatchObject({ items: [{ excerpt: '@Bob Tanaka two' }], next: null });
    await updateAnnotation(shared.id, world.alice, { visibility: 'private' });
    expect(await listInbox(world.bob)).toMatchObject({ items: [], unread: 0 });
  });
});

describe('mailNotifications', () => {
  it('sends one mail per notification, to the recipient, naming who wrote what and linking the note', async () => {
    const shared = await note('shared');
    await reply(shared.id, world.bob, '@Alice Kim see this');
    const rows = await world.prisma.notification.findMany();
    const notified: Notified[] = rows.map((n) => ({ ...n, actorId: n.actorId! }));
    const transport = nodemailer.createTransport({ jsonTransport: true });
    const sent: { to: string; subject: string; text: string }[] = [];
    const spy = vi.spyOn(transport, 'sendMail').mockImplementation(async (mail) => {
      sent.push(mail as (typeof sent)[number]);
      return {} as never;
    });
    await mailNotifications(notified, { transport, siteUrl: 'https://accord.example', from: 'Accord <a@accord.example>' });
    expect(spy).toHaveBeenCalledTimes(1);
    expect(sent[0]).toMatchObject({ to: 'alice@example.org', subject: 'Bob Tanaka mentioned you on “Sample Declaration”' });
    expect(sent[0]!.text).toContain(`https://accord.example/documents/sample?note=${shared.id}#p1`);
  });

  it('logs a failing mail server and costs the writer nothing', async () => {
    const shared = await note('shared');
    const written = await reply(shared.id, world.bob, 'hello');
    expect(written.body).toBe('hello');
    const [row] = await world.prisma.notification.findMany();
    const failing = nodemailer.createTransport({ jsonTransport: true });
    vi.spyOn(failing, 'sendMail').mockRejectedValue(new Error('connection refused'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await expect(mailNotifications([{ ...row!, actorId: row!.actorId! }], { transport: failing })).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('connection refused'));
    warn.mockRestore();
  });
});

describe('mentions in a note’s own comment', () => {
  const written = (visibility: 'private' | 'group', comment: string, groupId?: string) =>
    createAnnotation(
      'sample',
      world.alice,
      createAnnotationSchema.parse({ color: 'yellow', language: 'en', visibility, groupId, comment, targets: [targetOf('p1', 'en', 'mutual trust')] }),
    );
  const mentionsOf = async (who: { id: string }) =>
    (await listInbox(who)).items.filter((item) => item.kind === 'mention').map((item) => ({ annotationId: item.annotationId, replyId: item.replyId }));

  it('tells a group member a new note names, once however often the note is edited, and not an outsider named', async () => {
    const group = await createGroup(world.alice, { name: 'Seminar', description: '' });
    await joinByInvite(group.invite, world.bob);
    const made = await written('group', `@${world.bob.name} and @Carol Lee, look here.`, group.id);
    expect(await mentionsOf(world.bob)).toEqual([{ annotationId: made.id, replyId: null }]);
    expect(await mentionsOf(carol)).toEqual([]);
    await updateAnnotation(made.id, world.alice, { comment: `Still for @${world.bob.name} (and @Carol Lee).` });
    expect(await mentionsOf(world.bob)).toHaveLength(1);
    // Carol joins: a later edit naming her tells her, and Bob still only once.
    await joinByInvite(group.invite, carol);
    await updateAnnotation(made.id, world.alice, { comment: `For @${world.bob.name} and @Carol Lee.` });
    expect(await mentionsOf(carol)).toEqual([{ annotationId: made.id, replyId: null }]);
    expect(await mentionsOf(world.bob)).toHaveLength(1);
    expect(await mentionsOf(world.alice)).toEqual([]);
  });

  it('tells no one of a private note’s mention, and tells the member once the note is shared with their group', async () => {
    const group = await createGroup(world.alice, { name: 'Later', description: '' });
    await joinByInvite(group.invite, world.bob);
    const made = await written('private', `A thought for @${world.bob.name}.`);
    expect(await mentionsOf(world.bob)).toEqual([]);
    await updateAnnotation(made.id, world.alice, { visibility: 'group', groupId: group.id });
    expect(await mentionsOf(world.bob)).toEqual([{ annotationId: made.id, replyId: null }]);
  });

  it('offers a group’s other members to one of them writing a new note, and nothing to an outsider', async () => {
    const group = await createGroup(world.alice, { name: 'Offered', description: '' });
    await joinByInvite(group.invite, world.bob);
    expect(await groupMentionCandidates(group.id, world.alice)).toEqual([{ id: world.bob.id, name: world.bob.name }]);
    await expect(groupMentionCandidates(group.id, carol)).rejects.toMatchObject({ kind: 'not-found' });
  });
});
