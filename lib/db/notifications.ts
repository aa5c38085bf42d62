import 'server-only';
// The inbox. A reply tells the note's author ("reply") and everyone it mentions ("mention", which
// wins when both hold), never its own writer, and only those who may read the note: written in the
// reply's own transaction, so that a reply and its notifications commit together. A note's own
// comment tells those it mentions the same way (notifyComment). Reading the inbox
// asks the predicate again, so that a note one can no longer read (made private, a group left)
// drops out of it.
import { readableBy } from '@/lib/db/annotation-filters';
import { db } from '@/lib/db/client';
import { mentionCandidates, whoTakePart } from '@/lib/db/mentions';
import { Prisma } from '@/lib/generated/prisma/client';
import { excerptOf } from '@/lib/markdown/plain-text';
import { mentionedIds } from '@/lib/mentions/parse';
import type { InboxItem, InboxPage } from '@/lib/notifications/types';

type Client = Prisma.TransactionClient;

export type Notified = { id: string; recipientId: string; kind: 'mention' | 'reply'; annotationId: string; replyId: string | null; actorId: string };

type ReplyWritten = { annotationId: string; annotationAuthorId: string; replyId: string; body: string; actor: { id: string } };

export async function notifyReply(tx: Client, { annotationId, annotationAuthorId, replyId, body, actor }: ReplyWritten): Promise<Notified[]> {
  const kinds = new Map<string, Notified['kind']>();
  kinds.set(annotationAuthorId, 'reply');
  if (body.includes('@')) for (const id of mentionedIds(body, await mentionCandidates(annotationId, actor, tx))) kinds.set(id, 'mention');
  kinds.delete(actor.id);
  const recipients = await whoTakePart(tx, annotationId, [...kinds.keys()]);
  if (!recipients.length) return [];
  const notified = recipients.map((recipientId) => ({
    id: crypto.randomUUID(),
    recipientId,
    kind: kinds.get(recipientId)!,
    annotationId,
    replyId,
    actorId: actor.id,
  }));
  await tx.notification.createMany({
    data: notified.map(({ id, recipientId, kind }) => ({ id, recipientId, kind, annotationId, replyId, actorId: actor.id })),
  });
  return notified;
}

type CommentWritten = { annotationId: string; comment: string; actor: { id: string } };

/**
 * A note's own comment, made or changed: everyone it mentions who may read the note is told
 * ("mention"), once: an edit that keeps a mention tells no one again. The candidates are those of
 * the note's thread (its group's members, for a group's note), asked of the note as it now is, so
 * that a private note, or a member who may not read it, is told nothing. Idempotent: a create
 * repeated with the same id (a retry) tells no one twice.
 */
export async function notifyComment(tx: Client, { annotationId, comment, actor }: CommentWritten): Promise<Notified[]> {
  if (!comment.includes('@')) return [];
  const mentioned = mentionedIds(comment, await mentionCandidates(annotationId, actor, tx)).filter((id) => id !== actor.id);
  if (!mentioned.length) return [];
  const told = await tx.$queryRaw<{ id: string }[]>`
    SELECT "recipientId"::text AS id FROM "Notification"
    WHERE "annotationId" = ${annotationId}::uuid AND "replyId" IS NULL AND kind = 'mention' AND "recipientId" = ANY(${mentioned}::uuid[])`;
  const already = new Set(told.map((row) => row.id));
  const recipients = await whoTakePart(
    tx,
    annotationId,
    mentioned.filter((id) => !already.has(id)),
  );
  if (!recipients.length) return [];
  const notified = recipients.map((recipientId) => ({
    id: crypto.randomUUID(),
    recipientId,
    kind: 'mention' as const,
    annotationId,
    replyId: null,
    actorId: actor.id,
  }));
  await tx.notification.createMany({ data: notified.map(({ id, recipientId }) => ({ id, recipientId, kind: 'mention', annotationId, actorId: actor.id })) });
  return notified;
}

type Row = {
  id: string;
  kind: 'mention' | 'reply';
  createdAt: Date;
  readAt: Date | null;
  annotationId: string;
  replyId: string | null;
  actorId: string | null;
  actorName: string | null;
  slug: string;
  title: string;
  segmentKey: string;
  text: string | null;
};

const excerptLength = 200;

function toItem(row: Row): InboxItem {
  return {
    id: row.id,
    kind: row.kind,
    createdAt: row.createdAt.toISOString(),
    read: row.readAt !== null,
    actor: row.actorId ? { id: row.actorId, name: row.actorName ?? '' } : null,
    annotationId: row.annotationId,
    replyId: row.replyId,
    document: { slug: row.slug, title: row.title },
    // The words of the reply or comment, from the same parse as its rendered view, not its Markdown.
    excerpt: excerptOf(row.text ?? '', excerptLength),
    href: `/documents/${encodeURIComponent(row.slug)}?note=${row.annotationId}#${encodeURIComponent(row.segmentKey)}`,
  };
}

/** The reader's notifications, newest first, a page at a time (`before`: the last id of the previous page). */
export async function listInbox(user: { id: string }, { limit = 30, before }: { limit?: number; before?: string } = {}): Promise<InboxPage> {
  const after = before
    ? Prisma.sql`AND (n."createdAt", n.id) < (SELECT b."createdAt", b.id FROM "Notification" b WHERE b.id = ${before}::uuid AND b."recipientId" = ${user.id}::uuid)`
    : Prisma.empty;
  const rows = await db().$queryRaw<Row[]>`
    SELECT n.id::text AS id, n.kind::text AS kind, n."createdAt", n."readAt", n."annotationId"::text AS "annotationId", n."replyId"::text AS "replyId",
      n."actorId"::text AS "actorId", actor.name AS "actorName", d.slug, d.title, s.key AS "segmentKey",
      CASE WHEN r.id IS NULL THEN a.comment WHEN r."hiddenAt" IS NULL THEN r.body ELSE '' END AS text
    FROM "Notification" n
    JOIN "Annotation" a ON a.id = n."annotationId"
    JOIN "Document" d ON d.id = a."documentId"
    JOIN "Segment" s ON s.id = a."firstSegmentId"
    LEFT JOIN "Reply" r ON r.id = n."replyId"
    LEFT JOIN "User" actor ON actor.id = n."actorId"
    WHERE n."recipientId" = ${user.id}::uuid AND ${readableBy(user)} ${after}
    ORDER BY n."createdAt" DESC, n.id DESC
    LIMIT ${limit + 1}`;
  const items = rows.slice(0, limit).map(toItem);
  return { items, next: rows.length > limit ? (items.at(-1)?.id ?? null) : null, unread: await unreadCount(user) };
}

/** How many of the reader's notifications are unread (of notes they may still read). */
export async function unreadCount(user: { id: string }): Promise<number> {
  const [row] = await db().$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM "Notification" n JOIN "Annotation" a ON a.id = n."annotationId"
    WHERE n."recipientId" = ${user.id}::uuid AND n."readAt" IS NULL AND ${readableBy(user)}`;
  return row?.n ?? 0;
}

/** Marks some of the reader's notifications read (`ids`), or all of them; answers how many stay unread. */
export async function markRead(user: { id: string }, which: { ids: string[] } | { all: true }): Promise<number> {
  const only = 'ids' in which ? Prisma.sql`AND id = ANY(${which.ids}::uuid[])` : Prisma.empty;
  await db().$executeRaw`UPDATE "Notification" SET "readAt" = CURRENT_TIMESTAMP WHERE "recipientId" = ${user.id}::uuid AND "readAt" IS NULL ${only}`;
  return unreadCount(user);
}

export type MailDetails = { email: string; recipientName: string; actorName: string; item: InboxItem };

/** What mail about these notifications says and where it goes, for those whose note is still theirs to read. */
export async function mailDetails(notified: readonly Notified[]): Promise<MailDetails[]> {
  if (!notified.length) return [];
  const rows = await db().$queryRaw<(Row & { email: string; recipientName: string; recipientId: string })[]>`
    SELECT n.id::text AS id, n.kind::text AS kind, n."createdAt", n."readAt", n."annotationId"::text AS "annotationId", n."replyId"::text AS "replyId",
      n."actorId"::text AS "actorId", actor.name AS "actorName", d.slug, d.title, s.key AS "segmentKey", coalesce(r.body, a.comment) AS text,
      u.email, u.name AS "recipientName", u.id::text AS "recipientId"
    FROM "Notification" n JOIN "User" u ON u.id = n."recipientId" JOIN "Annotation" a ON a.id = n."annotationId"
    JOIN "Document" d ON d.id = a."documentId" JOIN "Segment" s ON s.id = a."firstSegmentId"
    LEFT JOIN "Reply" r ON r.id = n."replyId" LEFT JOIN "User" actor ON actor.id = n."actorId"
    WHERE n.id = ANY(${notified.map((n) => n.id)}::uuid[])`;
  return rows.map((row) => ({ email: row.email, recipientName: row.recipientName, actorName: row.actorName ?? 'Someone', item: toItem(row) }));
}
