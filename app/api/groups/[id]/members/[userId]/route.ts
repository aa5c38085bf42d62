import { writeRoute } from '@/lib/api/route';
import { removeMember, setRole } from '@/lib/db/group-roles';
import { memberRoleSchema } from '@/lib/validations/group';

type Params = { id: string; userId: string };

/** The owner makes a member a moderator or a moderator a member: `{ "role": "moderator" | "member" }`, 204. */
export const PATCH = writeRoute<Params, typeof memberRoleSchema>(memberRoleSchema, async ({ params, user, body }) => {
  await setRole(params.id, user, params.userId, body.role);
  return new Response(null, { status: 204 });
});

/** The owner removes a member or moderator, a moderator a member: 204, and the group's notes stop showing to them at once. */
export const DELETE = writeRoute<Params, null>(null, async ({ params, user }) => {
  await removeMember(params.id, user, params.userId);
  return new Response(null, { status: 204 });
});
