import { writeRoute } from '@/lib/api/route';
import { leaveGroup } from '@/lib/db/group-roles';

/** 204; the group's notes stop showing to the caller at once. The owner hands ownership over first (409). */
export const POST = writeRoute<{ id: string }, null>(null, async ({ params, user }) => {
  await leaveGroup(params.id, user);
  return new Response(null, { status: 204 });
});
