import 'server-only';
// Whether a session is still current: a JWT cannot be revoked, a user's session version can
// (sign-out everywhere and password changes bump it). Asking the database on every request made
// it a statement per request; a short-lived cache of each user's version answers instead, so an
// ended session stops working here at once (in every process of this server: see
// lib/server/session-ends.ts) and on another instance within `sessionCacheMs`.
import { LRUCache } from 'lru-cache';
import { db } from '@/lib/db/client';
import { announceSessionsEnded, onSessionsEndedElsewhere, sessionCacheMs } from '@/lib/server/session-ends';

export type SessionUser = { id: string; name: string; email: string };
type CachedUser = SessionUser & { sessionVersion: number };

type Caches = {
  // A cache only: a miss or an expired entry reads the row again. Users who are gone are kept as
  // `false` for the same short while.
  users: LRUCache<string, CachedUser | false>;
  // When this process last ended a user's sessions: a read that began before then may have seen
  // the old version, and is not kept (else it could outlive the end it raced with).
  endedAt: LRUCache<string, number>;
};
// On globalThis, because Next.js bundles route handlers and pages apart, each with its own copy of
// this module: a sign-out handled by one must be seen at once by the others in the same process.
const shared = globalThis as unknown as { accordSessionCaches?: Caches };
shared.accordSessionCaches ??= {
  users: new LRUCache({ max: 10_000, ttl: sessionCacheMs }),
  endedAt: new LRUCache({ max: 10_000, ttl: sessionCacheMs }),
};
const { users, endedAt } = shared.accordSessionCaches;

async function readUser(id: string): Promise<CachedUser | false> {
  const began = performance.now();
  const row = await db().user.findUnique({ where: { id }, select: { id: true, name: true, email: true, sessionVersion: true } });
  const found = row ?? false;
  if ((endedAt.get(id) ?? -Infinity) < began) users.set(id, found);
  return found;
}

/** The user of a session whose claims are these, or null when that session has ended. */
export async function sessionUser(claims: { id: string; sessionVersion: number }): Promise<SessionUser | null> {
  let user = users.get(claims.id) ?? (await readUser(claims.id));
  // Versions only grow, and a token carries one the database had: a newer one than the cache
  // holds (a sign-in right after a sign-out) means the cache is behind, not the token.
  if (user && user.sessionVersion < claims.sessionVersion) user = await readUser(claims.id);
  if (!user || user.sessionVersion !== claims.sessionVersion) return null;
  return { id: user.id, name: user.name, email: user.email };
}

function forget(userId: string): void {
  endedAt.set(userId, performance.now());
  users.delete(userId);
}
onSessionsEndedElsewhere(forget);

/**
 * Ends every session of this user, on every device; returns once that has committed and every
 * process of this server has forgotten the old version.
 */
export async function endSessions(userId: string): Promise<void> {
  await db().user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
  await forgetSessions(userId);
}

/**
 * After a committed change that ends a user's sessions (a new version, a deleted user): every
 * process of this server forgets what it cached, before this returns.
 */
export async function forgetSessions(userId: string): Promise<void> {
  forget(userId);
  await announceSessionsEnded(userId, sessionCacheMs);
}
