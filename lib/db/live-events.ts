import 'server-only';
// Reads of the live event log (the LiveEvent table, written by triggers: see its migration), always
// through the one visibility predicate, so that a listener is told only of notes they may read.
// A note that changed may have been readable before and not now (made private, or its group left):
// the listener is told it is gone ("deleted"), which says nothing they did not know. A deleted
// note is told to those who could read it just before; its row is gone, so that is asked of the
// row as the log kept it (`before`). Everyone else hears nothing at all, not even an id.
// Some events are for one reader only (`userId`): when their membership ends, each of the group's
// notes is told to them as gone (no `before` is needed: they were in the group), and on no
// document, that they are out of it; when their role changes between moderating and not, each
// note that is hidden or has a hidden reply, as it now reads to them; likewise that their inbox
// changed.
import type { Viewer } from '@/lib/annotations/access';
import { readableBy } from '@/lib/db/annotation-filters';
import { db } from '@/lib/db/client';
import { Prisma, type PrismaClient } from '@/lib/generated/prisma/client';
import type { LiveEvent, NoteEvent } from '@/lib/live/events';

type Row = {
  id: bigint;
  kind: string;
  annotationId: string | null;
  replyId: string | null;
  groupId: string | null;
  forOne: boolean;
  readableNow: boolean;
  readableBefore: boolean;
};

/** Events kept this long: a reader away for longer reloads (the stream says `reset`). */
export const keptForMs = 24 * 60 * 60 * 1000;

function toEvent(row: Row): LiveEvent | null {
  const id = String(row.id);
  if (row.kind === 'membership.deleted') return row.groupId ? { id, type: 'membership', kind: 'deleted', groupId: row.groupId } : null;
  if (row.kind === 'inbox.changed') return { id, type: 'inbox', kind: 'changed' };
  if (!row.annotationId) return null;
  const [type, kind] = row.kind.split('.') as [NoteEvent['type'], NoteEvent['kind']];
  const base = { id, type, annotationId: row.annotationId, ...(row.replyId ? { replyId: row.replyId } : {}) };
  if (row.readableNow) return { ...base, kind };
  // An event for one reader (a membership ended, a role changed) tells them a note they may no longer read is gone from their view.
  if (type === 'annotation' && (row.readableBefore || row.forOne)) return { ...base, kind: 'deleted' };
  return null;
}

function readRows(viewer: Viewer, documentId: number, which: { ids: bigint[] } | { after: bigint }, client: PrismaClient, limit: number) {
  const where = 'ids' in which ? Prisma.sql`e.id = ANY(${which.ids.map(String)}::bigint[])` : Prisma.sql`e.id > ${which.after}`;
  const whose = viewer
    ? Prisma.sql`((e."documentId" = ${documentId} AND (e."userId" IS NULL OR e."userId" = ${viewer.id}::uuid))
        OR (e."documentId" IS NULL AND e."userId" = ${viewer.id}::uuid))`
    : Prisma.sql`(e."documentId" = ${documentId} AND e."userId" IS NULL)`;
  return client.$queryRaw<Row[]>`
    SELECT e.id, e.kind, e."annotationId"::text AS "annotationId", e."replyId"::text AS "replyId", e."groupId"::text AS "groupId",
      e."userId" IS NOT NULL AS "forOne",
      EXISTS (SELECT 1 FROM "Annotation" a WHERE a.id = e."annotationId" AND ${readableBy(viewer)}) AS "readableNow",
      (e.before IS NOT NULL AND EXISTS (SELECT 1 FROM jsonb_populate_record(NULL::"Annotation", e.before) a WHERE ${readableBy(viewer)})) AS "readableBefore"
    FROM "LiveEvent" e
    WHERE ${whose} AND ${where}
    ORDER BY e.id
    LIMIT ${limit}`;
}

/**
 * The events of a document that `viewer` may hear of, in order, of these ids. Events meant for one
 * reader reach only them; those on no document (their memberships, their inbox) reach each of
 * their streams.
 */
export async function readableEvents(viewer: Viewer, documentId: number, ids: bigint[], client: PrismaClient = db()): Promise<LiveEvent[]> {
  const rows = await readRows(viewer, documentId, { ids }, client, ids.length);
  return rows.map(toEvent).filter((event) => event !== null);
}

/**
 * One page of a replay: what `viewer` may hear of among the next `limit` events of the log after
 * `after`, and where the next page starts (null at the end). The page is counted in the log's
 * rows, not in what is readable, so that a page of events this reader may not hear of is not
 * taken for the end of the log.
 */
export async function replayPage(
  viewer: Viewer,
  documentId: number,
  after: bigint,
  limit: number,
  client: PrismaClient = db(),
): Promise<{ events: LiveEvent[]; next: bigint | null }> {
  const rows = await readRows(viewer, documentId, { after }, client, limit);
  return { events: rows.map(toEvent).filter((event) => event !== null), next: rows.length === limit ? rows.at(-1)!.id : null };
}

/** Which documents these events are of (one read for every listener of a process). */
/** Where an event goes: its document (null for none), and the one reader it is for (null for anyone who may read it). */
export type EventPlace = { id: bigint; documentId: number | null; userId: string | null };

export async function eventDocuments(ids: bigint[], client: PrismaClient = db()): Promise<EventPlace[]> {
  if (!ids.length) return [];
  return client.$queryRaw`SELECT id, "documentId", "userId"::text AS "userId" FROM "LiveEvent" WHERE id = ANY(${ids.map(String)}::bigint[]) ORDER BY id`;
}

/** Events logged after `after` (polling, and catching up after the listening connection was lost). */
export async function eventsAfter(after: bigint, client: PrismaClient = db(), limit = 1000): Promise<EventPlace[]> {
  return client.$queryRaw`SELECT id, "documentId", "userId"::text AS "userId" FROM "LiveEvent" WHERE id > ${after} ORDER BY id LIMIT ${limit}`;
}

/** The newest event's id (0 for none): where a new listener starts. */
export async function latestEventId(client: PrismaClient = db()): Promise<bigint> {
  const [row] = await client.$queryRaw<{ id: bigint | null }[]>`SELECT max(id) AS id FROM "LiveEvent"`;
  return row?.id ?? 0n;
}

/** Whether events after `after` may have been pruned (then the listener must reload rather than resume). */
export async function prunedSince(after: bigint, client: PrismaClient = db()): Promise<boolean> {
  const [row] = await client.$queryRaw<{ oldest: bigint | null; newest: bigint | null }[]>`SELECT min(id) AS oldest, max(id) AS newest FROM "LiveEvent"`;
  // An empty log after events were seen: all of them were pruned.
  if (row?.newest == null) return after > 0n;
  return after < (row.oldest ?? 0n) - 1n;
}

export async function pruneEvents(client: PrismaClient = db()): Promise<number> {
  return client.$executeRaw`DELETE FROM "LiveEvent" WHERE at < ${new Date(Date.now() - keptForMs)}`;
}
