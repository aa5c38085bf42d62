// Against the real PostgreSQL server: changing a password and deleting an account, with the notes
// and replies around them.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DocumentContent } from '@/lib/content';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { changePassword, deleteAccount } from '@/lib/auth/account';
import { authorizeCredentials } from '@/lib/auth/credentials';
import { RateLimitedError } from '@/lib/auth/rate-limited';
import { findSessionUser } from '@/lib/auth/session-user';
import { createSignInLimiter } from '@/lib/auth/sign-in-limit';
import { createAccount } from '@/lib/auth/signup';
import { formerReader } from '@/lib/db/accounts';
import { createAnnotation, createReply, getAnnotation } from '@/lib/db/annotations';
import { sampleDocument, setUpAnnotationWorld, targetOf, type AnnotationTestWorld } from '@/lib/db/annotations-test-setup';
import { createAnnotationSchema, replySchema } from '@/lib/validations/annotation';

const state = vi.hoisted(() => ({ prisma: undefined as PrismaClient | undefined, document: undefined as DocumentContent | undefined }));
vi.mock('@/lib/db/client', () => ({ db: () => state.prisma }));
vi.mock('@/lib/data/documents', () => ({
  getDocument: async (slug: string) => (slug === 'sample' ? sampleDocument : undefined),
  getDocuments: async () => [sampleDocument],
}));

let world: AnnotationTestWorld;
beforeAll(async () => {
  world = await setUpAnnotationWorld();
  state.prisma = world.prisma;
});
afterAll(() => world?.drop());

const password = 'pyongyang-2002-talks';
const address = '192.0.2.1';
const limiter = () => createSignInLimiter({ freeFailures: 3, firstDelaySeconds: 30, maxDelaySeconds: 600, memorySeconds: 3600, perAddress: 100 });

let counter = 0;
async function newOwner(name = 'Leaving Reader') {
  const user = await createAccount({ email: `owner${++counter}@example.org`, name, password });
  if (!user) throw new Error('account not created');
  return user;
}

const note = (author: { id: string; name: string }, visibility: 'private' | 'shared', comment: string) =>
  createAnnotation(
    'sample',
    author,
    createAnnotationSchema.parse({ language: 'en', color: 'yellow', visibility, comment, targets: [targetOf('p1', 'en', 'Pyongyang')] }),
  );
const replyTo = (annotationId: string, author: { id: string }, body: string) => createReply(annotationId, author, replySchema.parse({ body }));

describe('changePassword', () => {
  it('asks for the current password, then signs in only with the new one and ends the old sessions', async () => {
    const owner = await newOwner();
    const before = await authorizeCredentials({ email: owner.email, password }, address, limiter());
    const version = await changePassword(owner, { currentPassword: password, newPassword: 'a-new-password-2002' }, address, limiter());

    expect(version).toBe(before!.sessionVersion + 1);
    expect(await findSessionUser({ id: owner.id, sessionVersion: before!.sessionVersion })).toBeNull();
    expect(await findSessionUser({ id: owner.id, sessionVersion: version })).toMatchObject({ id: owner.id });
    expect(await authorizeCredentials({ email: owner.email, password }, address, limiter())).toBeNull();
    expect(await authorizeCredentials({ email: owner.email, password: 'a-new-password-2002' }, address, limiter())).toMatchObject({ id: owner.id });
  });

  it('refuses a wrong current password under its field, changing nothing, and slows guesses down', async () => {
    const owner = await newOwner();
    const guesses = limiter();
    const wrong = { currentPassword: 'not-my-password', newPassword: 'a-new-password-2002' };
    await expect(changePassword(owner, wrong, address, guesses)).rejects.toMatchObject({
      kind: 'invalid',
      issues: [{ path: 'currentPassword', message: 'That is not your current password' }],
    });
    for (let i = 0; i < 2; i++) await changePassword(owner, wrong, address, guesses).catch(() => {});
    await expect(changePassword(owner, { ...wrong, currentPassword: password }, address, guesses)).rejects.toBeInstanceOf(RateLimitedError);
    expect(await authorizeCredentials({ email: owner.email, password }, '192.0.2.99', limiter())).toMatchObject({ id: owner.id });
  });
});

describe('deleteAccount', () => {
  it('refuses without the right password and deletes nothing', async () => {
    const owner = await newOwner();
    await expect(deleteAccount(owner, { notes: 'delete', password: 'not-my-password' }, address, limiter())).rejects.toMatchObject({
      issues: [{ path: 'password', message: 'That is not your password' }],
    });
    await expect(deleteAccount(owner, { notes: 'delete' }, address, limiter())).rejects.toMatchObject({ issues: [{ path: 'password' }] });
    expect(await world.prisma.user.count({ where: { id: owner.id } })).toBe(1);
  });

  it('deleting the notes removes them, but a note others replied to stays, emptied, with their replies', async () => {
    const owner = await newOwner();
    const lonely = await note(owner, 'shared', 'no one answered');
    const answered = await note(owner, 'shared', 'a question for all');
    await replyTo(answered.id, owner, 'my own follow-up');
    await replyTo(answered.id, world.bob, 'Bob’s answer');
    const onBobs = await note(world.bob, 'shared', 'Bob’s note');
    await replyTo(onBobs.id, owner, 'my reply to Bob');

    await deleteAccount(owner, { notes: 'delete', password }, address, limiter());

    expect(await world.prisma.user.count({ where: { id: owner.id } })).toBe(0);
    expect(await world.prisma.annotation.count({ where: { id: lonely.id } })).toBe(0);
    const kept = await getAnnotation(answered.id, world.bob);
    expect(kept).toMatchObject({ author: { id: formerReader.id, name: 'a former reader' }, comment: '', deleted: true });
    expect(kept.replies.map((r) => r.body)).toEqual(['Bob’s answer']);
    expect((await getAnnotation(onBobs.id, world.bob)).replies).toEqual([]);
    expect(await findSessionUser({ id: owner.id, sessionVersion: 0 })).toBeNull();
  });

  it('keeping the shared notes keeps them and the replies on them under "a former reader"; private notes go', async () => {
    const owner = await newOwner();
    const shared = await note(owner, 'shared', 'worth keeping');
    await replyTo(shared.id, world.bob, 'Bob agrees');
    const secret = await note(owner, 'private', 'my own memo');
    const onBobs = await note(world.bob, 'shared', 'Bob’s second note');
    await replyTo(onBobs.id, owner, 'a reply worth keeping');

    await deleteAccount(owner, { notes: 'keep-shared', password }, address, limiter());

    const kept = await getAnnotation(shared.id, null);
    expect(kept).toMatchObject({ author: { name: 'a former reader' }, comment: 'worth keeping', deleted: false });
    expect(kept.replies.map((r) => r.body)).toEqual(['Bob agrees']);
    expect(await world.prisma.annotation.count({ where: { id: secret.id } })).toBe(0);
    expect((await getAnnotation(onBobs.id, null)).replies).toMatchObject([{ body: 'a reply worth keeping', author: { name: 'a former reader' } }]);
  });

  it('keeping the shared notes keeps those shared with a group in it, and hands the groups the reader owned to a moderator', async () => {
    const owner = await newOwner();
    const group = await world.prisma.group.create({
      data: {
        name: 'Seminar',
        memberships: {
          create: [
            { userId: owner.id, role: 'OWNER' },
            { userId: world.alice.id, role: 'MEMBER', joinedAt: new Date('2026-01-01') },
            { userId: world.bob.id, role: 'MODERATOR', joinedAt: new Date('2026-02-01') },
          ],
        },
      },
    });
    const forGroup = await createAnnotation(
      'sample',
      owner,
      createAnnotationSchema.parse({
        language: 'en',
        color: 'yellow',
        visibility: 'group',
        groupId: group.id,
        comment: 'for the seminar',
        targets: [targetOf('p1', 'en', 'Pyongyang')],
      }),
    );

    await deleteAccount(owner, { notes: 'keep-shared', password }, address, limiter());

    expect(await getAnnotation(forGroup.id, world.alice)).toMatchObject({ author: { name: 'a former reader' }, comment: 'for the seminar' });
    const roles = await world.prisma.membership.findMany({ where: { groupId: group.id }, select: { userId: true, role: true }, orderBy: { role: 'asc' } });
    expect(roles).toEqual([
      { userId: world.bob.id, role: 'OWNER' },
      { userId: world.alice.id, role: 'MEMBER' },
    ]);
  });

  it('hands a group without moderators to its longest-standing member', async () => {
    const owner = await newOwner();
    const carol = await newOwner('Carol Lee');
    const group = await world.prisma.group.create({
      data: {
        name: 'No moderators',
        memberships: {
          create: [
            { userId: owner.id, role: 'OWNER', joinedAt: new Date('2025-01-01') },
            { userId: world.alice.id, role: 'MEMBER', joinedAt: new Date('2026-03-01') },
            { userId: carol.id, role: 'MEMBER', joinedAt: new Date('2026-02-01') },
          ],
        },
      },
    });
    await deleteAccount(owner, { notes: 'delete', password }, address, limiter());
    const roles = await world.prisma.membership.findMany({ where: { groupId: group.id }, select: { userId: true, role: true }, orderBy: { role: 'asc' } });
    expect(roles).toEqual([
      { userId: carol.id, role: 'OWNER' },
      { userId: world.alice.id, role: 'MEMBER' },
    ]);
  });

  it('deletes a group no one is left in, with its notes, and a former member’s note in it stays theirs, private', async () => {
    const owner = await newOwner();
    const group = await world.prisma.group.create({ data: { name: 'Alone', memberships: { create: [{ userId: owner.id, role: 'OWNER' }] } } });
    const inGroup = (author: { id: string; name: string }, comment: string) =>
      createAnnotation(
        'sample',
        author,
        createAnnotationSchema.parse({
          language: 'en',
          color: 'yellow',
          visibility: 'group',
          groupId: group.id,
          comment,
          targets: [targetOf('p1', 'en', 'Pyongyang')],
        }),
      );
    const owners = await inGroup(owner, 'the owner’s');
    // Bob wrote in it while a member, then left.
    await world.prisma.membership.create({ data: { groupId: group.id, userId: world.bob.id } });
    const bobs = await inGroup(world.bob, 'Bob’s, from before he left');
    await world.prisma.membership.delete({ where: { userId_groupId: { userId: world.bob.id, groupId: group.id } } });

    await deleteAccount(owner, { notes: 'keep-shared', password }, address, limiter());

    expect(await world.prisma.group.count({ where: { id: group.id } })).toBe(0);
    expect(await world.prisma.annotation.count({ where: { id: owners.id } })).toBe(0);
    expect(await getAnnotation(bobs.id, world.bob)).toMatchObject({ visibility: 'private', group: null, comment: 'Bob’s, from before he left' });
    await expect(getAnnotation(bobs.id, world.alice)).rejects.toMatchObject({ kind: 'not-found' });
  });

  it('no one can sign in as "a former reader"', async () => {
    expect(await authorizeCredentials({ email: formerReader.email, password: '' }, address, limiter())).toBeNull();
    const row = await world.prisma.user.findUniqueOrThrow({ where: { id: formerReader.id } });
    expect(row.passwordHash).toBeNull();
  });
});
