// Integration: the authorisation matrix of a group's note, through the route handlers as Next
// calls them, on the real PostgreSQL server. Six readers stand in every role a reader can have
// towards a group (owner, moderator, member, ex-member, outsider, anonymous) and each one tries
// every read and write path: single read, list, counts, replies, exports in every format, the
// reader page's highlights, resolve, hide, edit and delete, and creating a note in the group; then
// an author who leaves the group, and a thread that would leave it.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as annotationRoute from '@/app/api/annotations/[id]/route';
import * as mentionCandidatesRoute from '@/app/api/annotations/[id]/mention-candidates/route';
import * as repliesRoute from '@/app/api/annotations/[id]/replies/route';
import * as documentAnnotationsRoute from '@/app/api/documents/[slug]/annotations/route';
import * as exportRoute from '@/app/api/documents/[slug]/export/route';
import * as groupRoute from '@/app/api/groups/[id]/route';
import * as inviteRoute from '@/app/api/groups/[id]/invites/[inviteId]/route';
import * as invitesRoute from '@/app/api/groups/[id]/invites/route';
import * as membersRoute from '@/app/api/groups/[id]/members/route';
import * as leaveRoute from '@/app/api/groups/[id]/leave/route';
import * as memberRoute from '@/app/api/groups/[id]/members/[userId]/route';
import * as joinRoute from '@/app/api/groups/join/route';
import * as groupsRoute from '@/app/api/groups/route';
import * as replyRoute from '@/app/api/replies/[id]/route';
import type { SessionUser } from '@/lib/auth/session';
import type { DocumentContent } from '@/lib/content';
import { listHighlights } from '@/lib/db/annotation-highlights';
import { sampleDocument, setUpAnnotationWorld, targetOf, type AnnotationTestWorld } from '@/lib/db/annotations-test-setup';
import { unpackHighlights } from '@/lib/annotations/highlight-wire';
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

const origin = 'http://localhost:3210';
type Handler<P> = (request: Request, context: { params: Promise<P> }) => Promise<Response>;

async function call<P>(handler: Handler<P>, method: string, path: string, params: P, as: SessionUser | null, body?: unknown) {
  state.user = as;
  const headers: Record<string, string> = method === 'GET' ? {} : { origin, 'content-type': 'application/json' };
  const response = await handler(new Request(`${origin}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) }), {
    params: Promise.resolve(params),
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = text;
  }
  return { status: response.status, json: json as Record<string, unknown> & unknown[], text };
}

const roles = ['owner', 'moderator', 'member', 'exMember', 'outsider', 'anonymous'] as const;
type Role = (typeof roles)[number];

let world: AnnotationTestWorld;
const people = {} as Record<Exclude<Role, 'anonymous'> | 'writer', SessionUser>;
const as = (role: Role | 'writer'): SessionUser | null => (role === 'anonymous' ? null : people[role]);
let groupId = '';
let noteId = '';
let replyId = '';

const highlight = { language: 'ko', color: 'yellow', targets: [targetOf('p1', 'ko', '평양에서')] };

beforeAll(async () => {
  vi.stubEnv('NEXTAUTH_URL', origin);
  world = await setUpAnnotationWorld();
  state.prisma = world.prisma;
  state.document = sampleDocument;
  for (const role of ['owner', 'moderator', 'member', 'exMember', 'outsider', 'writer'] as const) {
    const user = await world.prisma.user.create({ data: { name: role, email: `${role}@example.org` }, select: { id: true, name: true, email: true } });
    people[role] = { ...user, sessionVersion: 0 } as unknown as SessionUser;
  }
  const created = await call(groupsRoute.POST, 'POST', '/api/groups', {}, as('owner'), { name: 'Seminar on 2002' });
  expect(created.status).toBe(201);
  groupId = created.json.id as string;
  const invite = created.json.invite as string;
  for (const role of ['moderator', 'member', 'exMember', 'writer'] as const) {
    expect((await call(joinRoute.POST, 'POST', '/api/groups/join', {}, as(role), { invite })).status).toBe(201);
  }
  const promote = await call(memberRoute.PATCH, 'PATCH', '', { id: groupId, userId: people.moderator.id }, as('owner'), { role: 'moderator' });
  expect(promote.status).toBe(204);
  const note = await call(documentAnnotationsRoute.POST, 'POST', '/api/documents/sample/annotations', { slug: 'sample' }, as('writer'), {
    ...highlight,
    comment: 'for the seminar',
    visibility: 'group',
    groupId,
  });
  expect(note.status).toBe(201);
  noteId = note.json.id as string;
  const reply = await call(repliesRoute.POST, 'POST', '', { id: noteId }, as('exMember'), { body: 'said before leaving' });
  expect(reply.status).toBe(201);
  replyId = reply.json.id as string;
  expect((await call(leaveRoute.POST, 'POST', '', { id: groupId }, as('exMember'))).status).toBe(204);
}, 60_000);
afterAll(async () => {
  vi.unstubAllEnvs();
  await world?.drop();
});

const readers: Record<Role, boolean> = { owner: true, moderator: true, member: true, exMember: false, outsider: false, anonymous: false };

describe('managing the group', () => {
  const everyone: (Role | 'writer')[] = [...roles, 'writer'];
  const inGroup = { owner: true, moderator: true, member: true, exMember: false, outsider: false, anonymous: false, writer: true };

  for (const role of everyone) {
    it(`offers the ${role} the group's other members to mention: ${inGroup[role] ? 200 : 404}`, async () => {
      const response = await call(membersRoute.GET, 'GET', '', { id: groupId }, as(role));
      expect(response.status).toBe(inGroup[role] ? 200 : 404);
      if (response.status === 200) {
        const ids = (response.json.people as { id: string }[]).map((p) => p.id);
        expect(ids).not.toContain(people[role as 'owner'].id);
        expect(ids).toContain(people.writer.id === people[role as 'owner'].id ? people.owner.id : people.writer.id);
        expect(ids).not.toContain(people.exMember.id);
      }
    });
  }

  const ownerOnly: Record<Role | 'writer', number> = { owner: 200, moderator: 403, member: 403, exMember: 404, outsider: 404, anonymous: 401, writer: 403 };
  for (const role of everyone) {
    it(`answers the ${role} renaming and describing the group with ${ownerOnly[role]}`, async () => {
      const response = await call(groupRoute.PATCH, 'PATCH', '', { id: groupId }, as(role), {
        name: `Renamed by ${role}`,
        description: 'Reading the 2002 declaration',
      });
      expect(response.status).toBe(ownerOnly[role]);
      const page = await call(groupRoute.GET, 'GET', '', { id: groupId }, as('owner'));
      expect(page.json.name).toBe(response.status === 200 ? `Renamed by ${role}` : 'Seminar on 2002');
      await call(groupRoute.PATCH, 'PATCH', '', { id: groupId }, as('owner'), { name: 'Seminar on 2002', description: '' });
    });
  }

  const managers: Record<Role | 'writer', [number, number]> = {
    owner: [201, 204],
    moderator: [201, 204],
    member: [403, 403],
    exMember: [404, 404],
    outsider: [404, 404],
    anonymous: [401, 401],
    writer: [403, 403],
  };
  for (const role of everyone) {
    it(`answers the ${role} making an expiring invite link and revoking one with ${managers[role].join(' and ')}`, async () => {
      const made = await call(invitesRoute.POST, 'POST', '', { id: groupId }, as(role), { expiresInDays: 7, keepOthers: true });
      expect(made.status).toBe(managers[role][0]);
      const ownersInvite = await call(invitesRoute.POST, 'POST', '', { id: groupId }, as('owner'), { keepOthers: true });
      const revoked = await call(inviteRoute.DELETE, 'DELETE', '', { id: groupId, inviteId: ownersInvite.json.id as string }, as(role));
      expect(revoked.status).toBe(managers[role][1]);
      if (made.status === 201) expect(Date.parse(made.json.expiresAt as string) - Date.now()).toBeGreaterThan(6.9 * 86_400_000);
    });
  }

  it('keeps the other links working beside a new one with keepOthers, and replaces them without it', async () => {
    const first = await call(invitesRoute.POST, 'POST', '', { id: groupId }, as('moderator'), { keepOthers: true });
    const second = await call(invitesRoute.POST, 'POST', '', { id: groupId }, as('moderator'), { keepOthers: true });
    const activeIds = async () =>
      ((await call(groupRoute.GET, 'GET', '', { id: groupId }, as('owner'))).json.invites as { id: string; active: boolean }[])
        .filter((i) => i.active)
        .map((i) => i.id);
    expect(await activeIds()).toEqual(expect.arrayContaining([first.json.id, second.json.id]));
    const third = await call(invitesRoute.POST, 'POST', '', { id: groupId }, as('owner'), {});
    expect(await activeIds()).toEqual([third.json.id]);
    const badBody = await call(invitesRoute.POST, 'POST', '', { id: groupId }, as('owner'), { keepOthers: 'yes' });
    expect(badBody.status).toBe(400);
  });
});

describe('a note shared with a group', () => {
  for (const role of roles) {
    const reads = readers[role];
    it(`is ${reads ? '' : 'not '}readable by the ${role} by id, in lists, counts, replies, exports and the page`, async () => {
      const viewer = as(role);
      expect((await call(annotationRoute.GET, 'GET', `/api/annotations/${noteId}`, { id: noteId }, viewer)).status).toBe(reads ? 200 : 404);
      const list = await call(documentAnnotationsRoute.GET, 'GET', '/api/documents/sample/annotations', { slug: 'sample' }, viewer);
      expect((list.json.items as { id: string }[]).map((a) => a.id).includes(noteId)).toBe(reads);
      expect((list.json.counts as { visible: number }).visible).toBe(reads ? 1 : 0);
      const byGroup = await call(documentAnnotationsRoute.GET, 'GET', `/api/documents/sample/annotations?group=${groupId}`, { slug: 'sample' }, viewer);
      expect([byGroup.json.total, (byGroup.json.items as unknown[]).length]).toEqual(reads ? [1, 1] : [0, 0]);
      expect((await call(replyRoute.GET, 'GET', `/api/replies/${replyId}`, { id: replyId }, viewer)).status).toBe(reads ? 200 : 404);
      for (const format of ['jsonld', 'csv', 'markdown', 'tmx']) {
        const exported = await call(exportRoute.GET, 'GET', `/api/documents/sample/export?format=${format}`, { slug: 'sample' }, viewer);
        expect(exported.status).toBe(200);
        expect([format, exported.text.includes('for the seminar')]).toEqual([format, reads]);
      }
      const page = await listHighlights('sample', viewer, { limit: 100 });
      expect(unpackHighlights(page.packed).some((h) => h.id === noteId && h.visibility === 'group')).toBe(reads);
    });
  }

  const replyStatus: Record<Role, number> = { owner: 201, moderator: 201, member: 201, exMember: 404, outsider: 404, anonymous: 401 };
  for (const role of roles) {
    it(`answers the ${role}'s reply with ${replyStatus[role]}`, async () => {
      const response = await call(repliesRoute.POST, 'POST', '', { id: noteId }, as(role), { body: `${role} replies` });
      expect(response.status).toBe(replyStatus[role]);
    });
  }

  const createStatus: Record<Role, number> = { owner: 201, moderator: 201, member: 201, exMember: 400, outsider: 400, anonymous: 401 };
  for (const role of roles) {
    it(`lets the ${role} share a new note with the group: ${createStatus[role]}`, async () => {
      const response = await call(documentAnnotationsRoute.POST, 'POST', '/api/documents/sample/annotations', { slug: 'sample' }, as(role), {
        ...highlight,
        visibility: 'group',
        groupId,
      });
      expect(response.status).toBe(createStatus[role]);
      if (response.status === 201) {
        expect(response.json).toMatchObject({ visibility: 'group', groupId, group: { id: groupId, name: 'Seminar on 2002' } });
        expect((await call(annotationRoute.DELETE, 'DELETE', '', { id: response.json.id as string }, as(role))).status).toBe(204);
      } else if (response.status === 400) {
        expect(JSON.stringify(response.json)).toContain('groupId');
      }
    });
  }

  const editStatus: Record<Role | 'writer', number> = { owner: 403, moderator: 403, member: 403, exMember: 404, outsider: 404, anonymous: 401, writer: 200 };
  for (const role of [...roles, 'writer'] as const) {
    it(`answers the ${role} changing or deleting the note with ${editStatus[role]} (its author's alone)`, async () => {
      const response = await call(annotationRoute.PATCH, 'PATCH', '', { id: noteId }, as(role), { comment: 'for the seminar' });
      expect(response.status).toBe(editStatus[role]);
      if (role === 'writer') return;
      expect((await call(annotationRoute.DELETE, 'DELETE', '', { id: noteId }, as(role))).status).toBe(editStatus[role]);
    });
  }

  it('keeps who resolved a thread and when, when it is resolved again, and who reopened it and when', async () => {
    const first = await call(annotationRoute.PATCH, 'PATCH', '', { id: noteId }, as('moderator'), { resolved: true });
    const again = await call(annotationRoute.PATCH, 'PATCH', '', { id: noteId }, as('owner'), { resolved: true });
    expect(again.json).toMatchObject({ resolved: true, resolvedBy: { id: people.moderator.id }, resolvedAt: first.json.resolvedAt });
    const reopened = await call(annotationRoute.PATCH, 'PATCH', '', { id: noteId }, as('owner'), { resolved: false });
    // Reopening an open thread keeps who reopened it, and when; lists say it too.
    const reopenedAgain = await call(annotationRoute.PATCH, 'PATCH', '', { id: noteId }, as('moderator'), { resolved: false });
    expect(reopenedAgain.json).toMatchObject({ reopenedBy: { id: people.owner.id }, reopenedAt: reopened.json.reopenedAt });
    const listed = await call(documentAnnotationsRoute.GET, 'GET', '/api/documents/sample/annotations', { slug: 'sample' }, as('member'));
    expect((listed.json.items as { id: string }[]).find((a) => a.id === noteId)).toMatchObject({
      reopenedBy: { id: people.owner.id, name: 'owner' },
      reopenedAt: reopened.json.reopenedAt,
    });
  });

  const resolveStatus: Record<Role | 'writer', number> = { owner: 200, moderator: 200, member: 403, exMember: 404, outsider: 404, anonymous: 401, writer: 200 };
  for (const role of [...roles, 'writer'] as const) {
    it(`answers the ${role} resolving the thread with ${resolveStatus[role]}, keeping who and when`, async () => {
      const response = await call(annotationRoute.PATCH, 'PATCH', '', { id: noteId }, as(role), { resolved: true });
      expect(response.status).toBe(resolveStatus[role]);
      if (response.status === 200) {
        expect(response.json).toMatchObject({ resolved: true, resolvedBy: { id: people[role as 'owner'].id } });
        expect(Date.parse(response.json.resolvedAt as string)).toBeGreaterThan(Date.now() - 60_000);
        const open = await call(documentAnnotationsRoute.GET, 'GET', '/api/documents/sample/annotations?resolved=false', { slug: 'sample' }, as(role));
        expect((open.json.items as unknown[]).length).toBe(0);
        const reopened = await call(annotationRoute.PATCH, 'PATCH', '', { id: noteId }, as(role), { resolved: false });
        expect(reopened.json).toMatchObject({ resolved: false, resolvedBy: null, resolvedAt: null, reopenedBy: { id: people[role as 'owner'].id } });
        expect(Date.parse(reopened.json.reopenedAt as string)).toBeGreaterThan(Date.now() - 60_000);
      }
    });
  }

  const hideStatus: Record<Role | 'writer', number> = { owner: 200, moderator: 200, member: 403, exMember: 404, outsider: 404, anonymous: 401, writer: 403 };
  for (const role of [...roles, 'writer'] as const) {
    it(`answers the ${role} hiding the note with ${hideStatus[role]}`, async () => {
      const response = await call(annotationRoute.PATCH, 'PATCH', '', { id: noteId }, as(role), { hidden: true });
      expect(response.status).toBe(hideStatus[role]);
      if (response.status === 200) await call(annotationRoute.PATCH, 'PATCH', '', { id: noteId }, as(role), { hidden: false });
    });
  }

  it('once hidden, is gone for members, kept for its author (marked hidden) and the moderators, until unhidden', async () => {
    expect((await call(annotationRoute.PATCH, 'PATCH', '', { id: noteId }, as('moderator'), { hidden: true })).json).toMatchObject({ hidden: true });
    const status = async (role: Role | 'writer') => (await call(annotationRoute.GET, 'GET', '', { id: noteId }, as(role))).status;
    expect([await status('member'), await status('writer'), await status('moderator'), await status('owner')]).toEqual([404, 200, 200, 200]);
    const forMember = await call(documentAnnotationsRoute.GET, 'GET', '/api/documents/sample/annotations', { slug: 'sample' }, as('member'));
    expect([(forMember.json.items as unknown[]).length, (forMember.json.counts as { visible: number }).visible]).toEqual([0, 0]);
    expect((await call(annotationRoute.GET, 'GET', '', { id: noteId }, as('writer'))).json).toMatchObject({ hidden: true });
    await call(annotationRoute.PATCH, 'PATCH', '', { id: noteId }, as('owner'), { hidden: false });
    expect(await status('member')).toBe(200);
  });

  it('hides a reply from members but not from its author or the moderators', async () => {
    const reply = await call(repliesRoute.POST, 'POST', '', { id: noteId }, as('writer'), { body: 'off topic' });
    const id = reply.json.id as string;
    expect((await call(replyRoute.PATCH, 'PATCH', '', { id }, as('member'), { hidden: true })).status).toBe(403);
    expect((await call(replyRoute.PATCH, 'PATCH', '', { id }, as('moderator'), { hidden: true })).json).toMatchObject({ hidden: true });
    const repliesFor = async (role: Role | 'writer') =>
      ((await call(annotationRoute.GET, 'GET', '', { id: noteId }, as(role))).json.replies as { id: string }[]).some((r) => r.id === id);
    expect([await repliesFor('member'), await repliesFor('writer'), await repliesFor('moderator')]).toEqual([false, true, true]);
    expect((await call(replyRoute.GET, 'GET', '', { id }, as('member'))).status).toBe(404);
  });

  it('is hidden at once from a member the owner removes', async () => {
    expect((await call(annotationRoute.GET, 'GET', '', { id: noteId }, as('member'))).status).toBe(200);
    expect((await call(memberRoute.DELETE, 'DELETE', '', { id: groupId, userId: people.member.id }, as('owner'))).status).toBe(204);
    expect((await call(annotationRoute.GET, 'GET', '', { id: noteId }, as('member'))).status).toBe(404);
    expect((await call(groupRoute.GET, 'GET', '', { id: groupId }, as('member'))).status).toBe(404);
  });
});

describe('an author who leaves the group, and a thread that would leave it', () => {
  it('keeps the note for its author who left, but not the group’s replies, the reply box, mentions or the inbox', async () => {
    const group = await call(groupsRoute.POST, 'POST', '/api/groups', {}, as('owner'), { name: 'Reading group' });
    const id = group.json.id as string;
    for (const role of ['writer', 'moderator'] as const) await call(joinRoute.POST, 'POST', '/api/groups/join', {}, as(role), { invite: group.json.invite });
    const note = await call(documentAnnotationsRoute.POST, 'POST', '/api/documents/sample/annotations', { slug: 'sample' }, as('writer'), {
      ...highlight,
      comment: 'left behind',
      visibility: 'group',
      groupId: id,
    });
    const noteOf = note.json.id as string;
    const own = await call(repliesRoute.POST, 'POST', '', { id: noteOf }, as('writer'), { body: 'my own reply' });
    const theirs = await call(repliesRoute.POST, 'POST', '', { id: noteOf }, as('moderator'), { body: 'a member replies' });
    expect((await call(leaveRoute.POST, 'POST', '', { id }, as('writer'))).status).toBe(204);

    const read = await call(annotationRoute.GET, 'GET', '', { id: noteOf }, as('writer'));
    expect(read.status).toBe(200);
    expect((read.json.replies as { id: string }[]).map((r) => r.id)).toEqual([own.json.id]);
    expect((await call(replyRoute.GET, 'GET', '', { id: theirs.json.id as string }, as('writer'))).status).toBe(404);
    const listed = await call(documentAnnotationsRoute.GET, 'GET', '/api/documents/sample/annotations?scope=mine', { slug: 'sample' }, as('writer'));
    const mine = (listed.json.items as { id: string; replies: { id: string }[] }[]).find((a) => a.id === noteOf)!;
    expect(mine.replies.map((r) => r.id)).toEqual([own.json.id]);
    const exported = await call(exportRoute.GET, 'GET', '/api/documents/sample/export?format=jsonld&scope=mine', { slug: 'sample' }, as('writer'));
    expect([exported.text.includes('my own reply'), exported.text.includes('a member replies')]).toEqual([true, false]);
    expect((await call(repliesRoute.POST, 'POST', '', { id: noteOf }, as('writer'), { body: 'still here?' })).status).toBe(403);
    expect((await call(mentionCandidatesRoute.GET, 'GET', '', { id: noteOf }, as('writer'))).status).toBe(404);

    // A reply by a member tells the author who left nothing; the members still read every reply.
    const before = await world.prisma.notification.count({ where: { recipientId: people.writer.id } });
    await call(repliesRoute.POST, 'POST', '', { id: noteOf }, as('moderator'), { body: 'after they left' });
    expect(await world.prisma.notification.count({ where: { recipientId: people.writer.id } })).toBe(before);
    const forMember = await call(annotationRoute.GET, 'GET', '', { id: noteOf }, as('moderator'));
    expect((forMember.json.replies as unknown[]).length).toBe(3);
  });

  it('refuses to move a group’s note out of the group once others replied in it, and lets its author move it before', async () => {
    const group = await call(groupsRoute.POST, 'POST', '/api/groups', {}, as('owner'), { name: 'Translation circle' });
    const id = group.json.id as string;
    await call(joinRoute.POST, 'POST', '/api/groups/join', {}, as('writer'), { invite: group.json.invite });
    const make = async () =>
      (
        await call(documentAnnotationsRoute.POST, 'POST', '/api/documents/sample/annotations', { slug: 'sample' }, as('writer'), {
          ...highlight,
          visibility: 'group',
          groupId: id,
        })
      ).json.id as string;
    const quiet = await make();
    const moved = await call(annotationRoute.PATCH, 'PATCH', '', { id: quiet }, as('writer'), { visibility: 'private', groupId: null });
    expect(moved.json).toMatchObject({ visibility: 'private', group: null, groupId: null });

    const answered = await make();
    await call(repliesRoute.POST, 'POST', '', { id: answered }, as('owner'), { body: 'for the circle only' });
    for (const change of [{ visibility: 'shared' }, { visibility: 'private' }, { visibility: 'group', groupId }]) {
      const response = await call(annotationRoute.PATCH, 'PATCH', '', { id: answered }, as('writer'), change);
      expect([change.visibility, response.status]).toEqual([change.visibility, 409]);
    }
    expect((await call(annotationRoute.GET, 'GET', '', { id: answered }, null)).status).toBe(404);
  });
});
