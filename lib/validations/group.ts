// The boundary of the groups API: every body crosses these schemas.
import { z } from 'zod';
import { groupRoles } from '@/lib/groups/types';
import { limits } from '@/lib/validations/annotation-limits';
import { userText as text } from '@/lib/validations/text';

const name = text('name', limits.groupName, { trim: true, min: 1, singleLine: true });
const description = text('description', limits.groupDescription, { trim: true });

/** Days an invite stays good; none given, it stays good until revoked. */
const expiresInDays = z.number({ error: 'expiresInDays must be a number of days' }).int().min(1).max(365).optional();

export const createGroupSchema = z.strictObject({ name, description: description.default(''), expiresInDays });

export const updateGroupSchema = z
  .strictObject({ name: name.optional(), description: description.optional() })
  .refine((value) => value.name !== undefined || value.description !== undefined, 'nothing to change');

export const joinGroupSchema = z.strictObject({ invite: z.string({ error: 'invite must be the invitation token' }).trim().min(1).max(200) });

/** `keepOthers`: the group's other working links go on working (without it, a new link replaces them). */
export const newInviteSchema = z.strictObject({ expiresInDays, keepOthers: z.boolean({ error: 'keepOthers must be true or false' }).optional() });

// The owner's role is handed over (transferSchema), never set here.
export const memberRoleSchema = z.strictObject({
  role: z.enum(groupRoles.filter((role) => role !== 'owner') as ['moderator', 'member'], { error: 'role must be moderator or member' }),
});

export const transferSchema = z.strictObject({ userId: z.uuid({ error: 'userId must be the id of a member' }) });

export type CreateGroupInput = z.infer<typeof createGroupSchema>;
export type UpdateGroupInput = z.infer<typeof updateGroupSchema>;
