import { writeRoute } from '@/lib/api/route';
import { assertId, notFound } from '@/lib/annotations/errors';
import { revokeInvites } from '@/lib/db/group-invites';

/** Revokes one invite: 204 (404 when the group has no such working invite). */
export const DELETE = writeRoute<{ id: string; inviteId: string }, null>(null, async ({ params, user }) => {
  assertId(params.inviteId, 'Invite');
  if ((await revokeInvites(params.id, user, params.inviteId)) === 0) throw notFound('Invite');
  return new Response(null, { status: 204 });
});
