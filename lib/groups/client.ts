// The browser's side of the groups API (docs/api.md, "Reading groups").
import { request } from '@/lib/annotations/client/api';
import type { Person } from '@/lib/annotations/types';
import type { CreatedGroup, GroupInvite, GroupSummary, Role } from '@/lib/groups/types';

const groupPath = (id: string) => `/api/groups/${encodeURIComponent(id)}`;

export const createGroup = (name: string, description: string) => request<CreatedGroup>('POST', '/api/groups', { name, description });
/** A new invite link beside the working ones, good for `expiresInDays` (or until revoked). */
export const createInvite = (groupId: string, expiresInDays?: number) =>
  request<GroupInvite>('POST', `${groupPath(groupId)}/invites`, { keepOthers: true, ...(expiresInDays ? { expiresInDays } : {}) });
export const revokeInvite = (groupId: string, inviteId: string) => request<void>('DELETE', `${groupPath(groupId)}/invites/${encodeURIComponent(inviteId)}`);
export const updateGroup = (groupId: string, changes: { name?: string; description?: string }) => request<GroupSummary>('PATCH', groupPath(groupId), changes);
export const revokeInvites = (groupId: string) => request<void>('DELETE', `${groupPath(groupId)}/invites`);
export const leaveGroup = (groupId: string) => request<void>('POST', `${groupPath(groupId)}/leave`);
export const setRole = (groupId: string, userId: string, role: Exclude<Role, 'owner'>) =>
  request<void>('PATCH', `${groupPath(groupId)}/members/${encodeURIComponent(userId)}`, { role });
export const removeMember = (groupId: string, userId: string) => request<void>('DELETE', `${groupPath(groupId)}/members/${encodeURIComponent(userId)}`);
export const transferOwnership = (groupId: string, userId: string) => request<void>('POST', `${groupPath(groupId)}/owner`, { userId });
/** The members of a group whom its member may mention in a note shared with it (all but the asker). */
export const groupMentionCandidates = async (groupId: string) => (await request<{ people: Person[] }>('GET', `${groupPath(groupId)}/members`)).people;
