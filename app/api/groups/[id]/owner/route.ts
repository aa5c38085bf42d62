import { writeRoute } from '@/lib/api/route';
import { transferOwnership } from '@/lib/db/group-roles';
import { transferSchema } from '@/lib/validations/group';

/** The owner hands the group to another member (`{ "userId": "…" }`) and stays as a moderator: 204. */
export const POST = writeRoute<{ id: string }, typeof transferSchema>(transferSchema, async ({ params, user, body }) => {
  await transferOwnership(params.id, user, body.userId);
  return new Response(null, { status: 204 });
});
