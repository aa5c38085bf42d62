// Integration: the groups API (create, list, join by invite, invites, roles, ownership, leaving)
// through the route handlers as Next calls them, on the real PostgreSQL server.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as groupRoute from '@/app/api/groups/[id]/route';
import * as inviteRoute from '@/app/api/groups/[id]/invites/[inviteId]/route';
import * as invitesRoute from '@/app/api/groups/[id]/invites/route';
import * as leaveRoute from '@/app/api/groups/[id]/leave/route';
import * as ownerRoute from '@/app/api/groups/[id]/owner/route';
import * as joinRoute from '@/app/api/groups/join/route';
import * as groupsRoute from '@/app/api/groups/route';
import type { SessionUser } from '@/lib/auth/session';
import { setUpAnnotationWorld, type AnnotationTestWorld } from '@/lib/db/annotations-test-setup';
import { hashToken } from '@/lib/db/group-invites';
import type { PrismaClient } from '@/lib/generated/prisma/client';

const state = vi.hoisted(() => ({ prisma: undefined as PrismaClient | undefined, user: null as SessionUser | null }));
vi.mock('@/lib/db/client', () => ({ db: () => state.prisma }));
vi.mock('@/lib/auth/session', () => ({ getSessionUser: async () => state.user }));

const origin = 'http://localhost:3210';
type Handler<P> = (request: Request, context: { params: Promise<P> }) => Promise<Response>;

async function call<P>(handler: Handler<P>, method: string, params: P, as: { id: string } | null, body?: unknown) {
  state.user = as as SessionUser | null;
  const headers: Record<string, string> = method === 'GET' ? {} : { origin, 'content-type': 'application/json' };
  const response = await handler(new Request(`${origin}/api/groups`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) }), {
    params: Promise.resolve(params),
  });
  const text = await response.text();
  return { status: response.status, json: (text ? JSON.parse(text) : undefined) as Record<string, unknown> };
}

let world: AnnotationTestWorld;
let carol: { id: string };
beforeAll(async () => {
  vi.stubEnv('NEXTAUTH_URL', origin);
  world = await setUpAnnotationWorld();
  state.prisma = world.prisma;
  carol = await world.prisma.user.create({ data: { name: 'Carol', email: 'carol@example.org' }, select: { id: true } });
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await world?.drop();
});

const create = (name: unknown, as: { id: string } | null = world.alice) => call(groupsRoute.POST, 'POST', {}, as, { name });
const join = (invite: string, as: { id: string } | null) => call(joinRoute.POST, 'POST', {}, as, { invite });

describe('the groups API', () => {
  it('creates a group owned by its maker, with an invite whose token is stored only as a hash', async () => {
    const { status, json } = await create('  Reading Pyongyang 2002 ');
    expect(status).toBe(201);
    expect(json).toMatchObject({ name: 'Reading Pyongyang 2002', role: 'owner', memberCount: 1, joinPath: `/groups/join?invite=${json.invite}` });
    expect((json.invite as string).length).toBeGreaterThan(30);
    const stored = await world.prisma.groupInvite.findMany({ where: { groupId: json.id as string } });
    expect(stored.map((i) => i.tokenHash)).toEqual([hashToken(json.invite as string)]);
    expect(JSON.stringify(stored)).not.toContain(json.invite as string);
  });

  it('refuses a nameless, an over-long or an anonymous create', async () => {
    expect((await create('   ')).status).toBe(400);
    expect((await create('x'.repeat(101))).status).toBe(400);
    expect((await create('x'.repeat(100))).status).toBe(201);
    expect((await create('Anon', null)).status).toBe(401);
  });

  it('joins by invite: 201, then 200 when already a member; lists the caller’s groups', async () => {
    const group = (await create('Seminar')).json;
    expect((await join(group.invite as string, world.bob)).status).toBe(201);
    const again = await join(group.invite as string, world.bob);
    expect(again.status).toBe(200);
    expect(again.json).toMatchObject({ id: group.id, role: 'member', memberCount: 2 });
    const mine = await call(groupsRoute.GET, 'GET', {}, world.bob);
    expect((mine.json as unknown as { id: string }[]).map((g) => g.id)).toContain(group.id);
    expect((await call(groupsRoute.GET, 'GET', {}, null)).status).toBe(401);
  });

  it('refuses a wrong, a revoked, a rotated-out and an expired invite with 404', async () => {
    const group = (await create('Closed circle')).json;
    expect((await join('not-a-token', carol)).status).toBe(404);
    const rotated = await call(invitesRoute.POST, 'POST', { id: group.id as string }, world.alice, { expiresInDays: 7 });
    expect(rotated.status).toBe(201);
    expect((await join(group.invite as string, carol)).status).toBe(404);
    expect((await call(inviteRoute.DELETE, 'DELETE', { id: group.id as string, inviteId: rotated.json.id as string }, world.alice)).status).toBe(204);
    expect((await join(rotated.json.invite as string, carol)).status).toBe(404);
    const fresh = await call(invitesRoute.POST, 'POST', { id: group.id as string }, world.alice, {});
    await world.prisma.groupInvite.update({ where: { id: fresh.json.id as string }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await join(fresh.json.invite as string, carol)).status).toBe(404);
    const last = await call(invitesRoute.POST, 'POST', { id: group.id as string }, world.alice, {});
    expect((await join(last.json.invite as string, carol)).status).toBe(201);
    // A member may not make invites; an outsider does not see the group at all.
    expect((await call(invitesRoute.POST, 'POST', { id: group.id as string }, carol, {})).status).toBe(403);
    expect((await call(invitesRoute.POST, 'POST', { id: group.id as string }, world.bob, {})).status).toBe(404);
  });

  it('hands ownership over: the old owner stays as a moderator and may then leave; an owner may not leave', async () => {
    const group = (await create('Hand-over')).json;
    const id = group.id as string;
    await join(group.invite as string, world.bob);
    expect((await call(leaveRoute.POST, 'POST', { id }, world.alice)).status).toBe(409);
    expect((await call(ownerRoute.POST, 'POST', { id }, world.bob, { userId: world.bob.id })).status).toBe(403);
    expect((await call(ownerRoute.POST, 'POST', { id }, world.alice, { userId: carol.id })).status).toBe(404);
    expect((await call(ownerRoute.POST, 'POST', { id }, world.alice, { userId: world.bob.id })).status).toBe(204);
    const page = await call(groupRoute.GET, 'GET', { id }, world.alice);
    expect(page.json.members).toEqual([
      expect.objectContaining({ id: world.bob.id, role: 'owner' }),
      expect.objectContaining({ id: world.alice.id, role: 'moderator' }),
    ]);
    expect(page.json.invites).toEqual([expect.objectContaining({ active: true })]);
    expect((await call(leaveRoute.POST, 'POST', { id }, world.alice)).status).toBe(204);
    expect((await call(groupRoute.GET, 'GET', { id }, world.alice)).status).toBe(404);
  });

  it('shows the group page to members only, without invites for a plain member', async () => {
    const group = (await create('Page')).json;
    const id = group.id as string;
    await join(group.invite as string, world.bob);
    expect((await call(groupRoute.GET, 'GET', { id }, world.bob)).json).toMatchObject({ role: 'member', invites: null, recentNotes: [] });
    expect((await call(groupRoute.GET, 'GET', { id }, carol)).status).toBe(404);
    expect((await call(groupRoute.GET, 'GET', { id }, null)).status).toBe(404);
    expect((await call(groupRoute.GET, 'GET', { id: 'not-a-uuid' }, world.bob)).status).toBe(404);
  });
});
