// The browser's side of the groups API (docs/api.md, "Reading groups").
import { request } from '@/lib/annotations/client/api';
import type { CreatedGroup, GroupInvite, Role } from '@/lib/groups/types';

const groupPath = (id: string) => `/api/groups/${encodeURIComponent(id)}`;

export const createGroup = (name: string, description: string) => request<CreatedGroup>('POST', '/api/groups', { name, description });
export const rotateInvite = (groupId: string) => request<GroupInvite>('POST', `${groupPath(groupId)}/invites`, {});
export const revokeInvites = (groupId: string) => request<void>('DELETE', `${groupPath(groupId)}/invites`);
export const leaveGroup = (groupId: string) => request<void>('POST', `${groupPath(groupId)}/leave`);
export const setRole = (groupId: string, userId: string, role: Exclude<Role, 'owner'>) =>
  request<void>('PATCH', `${groupPath(groupId)}/members/${encodeURIComponent(userId)}`, { role });
export const removeMember = (groupId: string, userId: string) => request<void>('DELETE', `${groupPath(groupId)}/members/${encodeURIComponent(userId)}`);
export const transferOwnership = (groupId: string, userId: string) => request<void>('POST', `${groupPath(groupId)}/owner`, { userId });
