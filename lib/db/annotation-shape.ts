import 'server-only';
// Rows in, the app's Annotation out (lib/annotations/types.ts): every annotation leaves the data
// layer with the anchors content sync stored for its spans, orphaned ones included, never dropped.
import { worstStatus } from '@/lib/anchoring/anchor-target';
import { storedAnchor } from '@/lib/anchoring/stored-anchor';
import type { Annotation, AnnotationTarget, ImportedFrom, Reply } from '@/lib/annotations/types';
import type { DocumentContent } from '@/lib/content';
import { segmentTexts, textKey } from '@/lib/content/text-keys';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Color, Visibility } from '@/lib/validations/annotation';

const person = { select: { id: true, name: true } } as const;

export const replyInclude = { author: person } as const satisfies Prisma.ReplyInclude;

export const annotationInclude = {
  author: person,
  group: { select: { id: true, name: true } },
  resolvedBy: person,
  reopenedBy: person,
  document: { select: { slug: true } },
  targets: { orderBy: { ordinal: 'asc' }, include: { segment: { select: { key: true, position: true } } } },
  replies: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], include: replyInclude },
} as const satisfies Prisma.AnnotationInclude;

export type AnnotationRow = Prisma.AnnotationGetPayload<{ include: typeof annotationInclude }>;
export type ReplyRow = Prisma.ReplyGetPayload<{ include: typeof replyInclude }>;

export type StoredVisibility = 'PRIVATE' | 'SHARED' | 'GROUP';
export const toVisibility = (stored: StoredVisibility) => stored.toLowerCase() as Visibility;
export const fromVisibility = (visibility: Visibility) => visibility.toUpperCase() as StoredVisibility;

type ImportedFromColumns = {
  importedFromId: string | null;
  importedFromCreator: string | null;
  importedFromCreatorName: string | null;
  importedFromCreated: Date | string | null;
};

/** The credit of an imported row, as an object spread into the wire shape: nothing when it has none. */
export function importedFromOf(row: ImportedFromColumns): { importedFrom?: ImportedFrom } {
  if (row.importedFromId === null) return {};
  const created = row.importedFromCreated;
  return {
    importedFrom: {
      id: row.importedFromId,
      creatorName: row.importedFromCreatorName,
      creatorId: row.importedFromCreator,
      created: created === null ? null : typeof created === 'string' ? created : created.toISOString(),
    },
  };
}

export function toReply(row: ReplyRow): Reply {
  return {
    id: row.id,
    author: row.author,
    body: row.body,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    ...importedFromOf(row),
    hidden: row.hiddenAt !== null,
  };
}

/**
 * `document` is the current content of the annotation's document (undefined if it left content/);
 * `viewer` is who asked, with whether they moderate its group and take part in its thread: the
 * replies a moderator hid, and a group's replies for an author who left it, are left out for all
 * but their own authors (canReadReply).
 */
export function toAnnotation(
  row: AnnotationRow,
  document: DocumentContent | undefined,
  viewer: { id: string; moderates: boolean; inThread: boolean },
): Annotation {
  const texts = document ? segmentTexts(document) : new Map<string, Record<string, string>>();
  const targets = row.targets.map((target): AnnotationTarget => ({
    segmentId: target.segment.key,
    segmentPosition: target.segment.position,
    language: target.language,
    witness: target.witness,
    start: target.start,
    end: target.end,
    exact: target.exact,
    prefix: target.prefix,
    suffix: target.suffix,
    anchor: storedAnchor(
      target,
      { status: target.anchorStatus, start: target.anchorStart, end: target.anchorEnd },
      texts.get(target.segment.key)?.[textKey(target.language, target.witness)],
    ),
  }));
  return {
    id: row.id,
    documentSlug: row.document.slug,
    language: row.language,
    color: row.color as Color,
    comment: row.comment,
    tags: row.tags,
    visibility: toVisibility(row.visibility),
    group: row.group,
    groupId: row.group?.id ?? null,
    author: row.author,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    resolved: row.resolvedAt !== null,
    resolvedAt: row.resolvedAt?.toISOString() ?? null,
    resolvedBy: row.resolvedAt ? row.resolvedBy : null,
    reopenedAt: row.reopenedAt?.toISOString() ?? null,
    reopenedBy: row.reopenedAt ? row.reopenedBy : null,
    hidden: row.hiddenAt !== null,
    deleted: row.deletedAt !== null,
    status: worstStatus(targets.map((target) => target.anchor.status)),
    targets,
    replies: row.replies.filter((reply) => reply.authorId === viewer.id || (viewer.inThread && (reply.hiddenAt === null || viewer.moderates))).map(toReply),
    ...importedFromOf(row),
  };
}
