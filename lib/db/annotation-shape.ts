import 'server-only';
// Rows in, the app's Annotation out (lib/annotations/types.ts): every annotation leaves the data
// layer with the anchors content sync stored for its spans, orphaned ones included, never dropped.
import { worstStatus } from '@/lib/anchoring/anchor-target';
import { storedAnchor } from '@/lib/anchoring/stored-anchor';
import type { Annotation, AnnotationTarget, ImportedFrom, Reply } from '@/lib/annotations/types';
import type { DocumentContent } from '@/lib/content';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Color } from '@/lib/validations/annotation';

const person = { select: { id: true, name: true } } as const;

export const replyInclude = { author: person } as const satisfies Prisma.ReplyInclude;

export const annotationInclude = {
  author: person,
  document: { select: { slug: true } },
  targets: { orderBy: { ordinal: 'asc' }, include: { segment: { select: { key: true, position: true } } } },
  replies: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], include: replyInclude },
} as const satisfies Prisma.AnnotationInclude;

export type AnnotationRow = Prisma.AnnotationGetPayload<{ include: typeof annotationInclude }>;
export type ReplyRow = Prisma.ReplyGetPayload<{ include: typeof replyInclude }>;

export const toVisibility = (stored: 'PRIVATE' | 'SHARED') => (stored === 'SHARED' ? 'shared' : 'private');
export const fromVisibility = (visibility: 'private' | 'shared') => (visibility === 'shared' ? 'SHARED' : 'PRIVATE');

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
  };
}

/** `document` is the current content of the annotation's document (undefined if it left content/). */
export function toAnnotation(row: AnnotationRow, document: DocumentContent | undefined): Annotation {
  const texts = new Map(document?.segments.map((segment) => [segment.id, segment.texts]));
  const targets = row.targets.map((target): AnnotationTarget => ({
    segmentId: target.segment.key,
    segmentPosition: target.segment.position,
    language: row.language,
    start: target.start,
    end: target.end,
    exact: target.exact,
    prefix: target.prefix,
    suffix: target.suffix,
    anchor: storedAnchor(
      target,
      { status: target.anchorStatus, start: target.anchorStart, end: target.anchorEnd },
      texts.get(target.segment.key)?.[row.language],
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
    author: row.author,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    deleted: row.deletedAt !== null,
    status: worstStatus(targets.map((target) => target.anchor.status)),
    targets,
    replies: row.replies.map(toReply),
    ...importedFromOf(row),
  };
}
