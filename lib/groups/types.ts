// The wire shapes of the groups API (app/api/groups), shared by the server and the pages.

export const groupRoles = ['owner', 'moderator', 'member'] as const;
export type Role = (typeof groupRoles)[number];

/** One of the reader's groups, with their role in it. */
export type GroupSummary = {
  id: string;
  name: string;
  description: string;
  role: Role;
  memberCount: number;
  createdAt: string;
};

/** A new invite: `invite` is the token to share (shown this once; only its hash is kept), `joinUrl` the link that holds it. */
export type GroupInvite = { id: string; invite: string; joinPath: string; expiresAt: string | null };

/** `POST /api/groups`: the group, and its first invite. */
export type CreatedGroup = GroupSummary & GroupInvite & { inviteId: string };

export type GroupMember = { id: string; name: string; role: Role; joinedAt: string };

/** An invite as the group's page lists it (never its token). */
export type InviteSummary = { id: string; createdAt: string; expiresAt: string | null; revokedAt: string | null; active: boolean };

/** A recent note shared with the group, on any document. */
export type GroupNote = {
  id: string;
  documentSlug: string;
  documentTitle: string;
  author: { id: string; name: string };
  excerpt: string;
  createdAt: string;
  resolved: boolean;
  hidden: boolean;
};

/** `GET /api/groups/<id>`: what the group's page shows its members. Invites only to its moderators and owner. */
export type GroupPage = GroupSummary & { members: GroupMember[]; invites: InviteSummary[] | null; recentNotes: GroupNote[] };

export const toRole = (stored: 'OWNER' | 'MODERATOR' | 'MEMBER') => stored.toLowerCase() as Role;
export const fromRole = (role: Role) => role.toUpperCase() as 'OWNER' | 'MODERATOR' | 'MEMBER';

/** Where an invite token is accepted by a person (the join page). */
export const joinPathOf = (token: string) => `/groups/join?invite=${encodeURIComponent(token)}`;
