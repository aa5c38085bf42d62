// Not 'server-only': content sync runs it from the launcher too (scripts/start.ts), outside Next.
// Re-anchors the notes of a document whose texts changed, once, and stores the outcome beside the
// selectors the author made (AnnotationTarget.anchorStatus, anchorStart, anchorEnd), so that
// reads never anchor. A span needs it when the hash of the text it was anchored on (textHash)
// is not the hash of its segment's text now, in the text it was made on (its own language, and
// its witness: lib/content/text-keys.ts); afterwards it is, so a
// second run finds nothing to do, and a run cut short goes on where it stopped.
//
// In batches, each its own short transaction: one read of the spans to do, one UPDATE of their
// state, one of their notes' first start (list order follows the current position of the first
// span; an orphaned one keeps where it was).
import { anchorTarget, type Anchor } from '@/lib/anchoring/anchor-target';
import type { DocumentContent } from '@/lib/content';
import type { TextHashes } from '@/lib/content/segment-hash';
import { segmentTexts } from '@/lib/content/text-keys';
import { Prisma, type PrismaClient } from '@/lib/generated/prisma/client';

/**
 * The key of the text a span of "AnnotationTarget" t was made on, in SQL (`ja`, `ja.working`): its
 * own language (a comparison's spans are in several), and its witness in that language.
 */
export const spanTextKey = Prisma.sql`(t.language || CASE WHEN t.witness = 'default' THEN '' ELSE '.' || t.witness END)`;

type Pending = { id: string; key: string; text: string; start: number; end: number; exact: string; prefix: string; suffix: string; hash: string | null };

const batchSize = 1_000;

/**
 * `hashes` are the segments' text hashes by segment key as content has them now (a segment or
 * language missing from them is gone: its spans are orphaned). Returns how many spans it stored.
 */
export async function reanchorDocument(
  prisma: PrismaClient,
  documentId: number,
  content: DocumentContent,
  hashes: Record<string, TextHashes>,
): Promise<number> {
  const texts = segmentTexts(content);
  let done = 0;
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const batch = await prisma.$queryRaw<Pending[]>`
      SELECT t.id::text AS id, s.key, ${spanTextKey} AS text, t.start, t."end", t.exact, t.prefix, t.suffix,
        ${JSON.stringify(hashes)}::jsonb -> s.key ->> ${spanTextKey} AS hash
      FROM "AnnotationTarget" t JOIN "Segment" s ON s.id = t."segmentId"
      WHERE s."documentId" = ${documentId} AND t.id > ${after}::uuid
        AND t."textHash" IS DISTINCT FROM (${JSON.stringify(hashes)}::jsonb -> s.key ->> ${spanTextKey})
      ORDER BY t.id LIMIT ${batchSize}`;
    if (batch.length === 0) return done;
    const results = batch.map((span) => ({ span, anchor: anchorTarget(span.hash === null ? undefined : texts.get(span.key)?.[span.text], span) }));
    await prisma.$transaction((tx) => store(tx, results));
    done += batch.length;
    after = batch.at(-1)!.id;
  }
}

/**
 * Moves spans to the text they were anchored on when that text now lives under another name of its
 * language: the authentic Japanese text dropped in as `ja.md`, our working translation renamed
 * `ja.working.md`. A span whose own text changed, where another text of its language in the same
 * passage is now exactly the text it was anchored on (its textHash), belongs to that text: it moves
 * there, positions and state as they were, and re-anchoring then finds nothing to do for it. A text
 * that did not change keeps its spans, even when a copy of it appears beside it. Run before
 * reanchorDocument, with the same hashes. Returns how many spans it moved.
 */
export async function followMovedTexts(prisma: PrismaClient, documentId: number, hashes: Record<string, TextHashes>): Promise<number> {
  const now = JSON.stringify(hashes);
  return prisma.$executeRaw`
    UPDATE "AnnotationTarget" target SET witness = moved.witness
    FROM (
      SELECT t.id, found.witness
      FROM "AnnotationTarget" t JOIN "Segment" s ON s.id = t."segmentId"
      CROSS JOIN LATERAL (
        SELECT CASE WHEN k.key = t.language THEN 'default' ELSE substr(k.key, length(t.language) + 2) END AS witness
        FROM jsonb_each_text(${now}::jsonb -> s.key) AS k(key, value)
        WHERE k.value = t."textHash" AND (k.key = t.language OR k.key LIKE t.language || '.%') AND k.key <> ${spanTextKey}
        ORDER BY k.key LIMIT 1
      ) found
      WHERE s."documentId" = ${documentId} AND t."textHash" IS NOT NULL
        AND t."textHash" IS DISTINCT FROM (${now}::jsonb -> s.key ->> ${spanTextKey})
    ) moved
    WHERE target.id = moved.id`;
}

/**
 * Anchors the spans of the given notes against the current text, whatever they were anchored on:
 * for notes written with selectors made elsewhere (an import), which may not fit this text. Run
 * inside the transaction that wrote them, so that they are never seen without their state.
 */
export async function anchorAnnotations(tx: Prisma.TransactionClient, content: DocumentContent, annotationIds: readonly string[]): Promise<void> {
  const texts = segmentTexts(content);
  for (let i = 0; i < annotationIds.length; i += batchSize) {
    const batch = await tx.$queryRaw<Pending[]>`
      SELECT t.id::text AS id, s.key, ${spanTextKey} AS text, t.start, t."end", t.exact, t.prefix, t.suffix, s."textHashes" ->> ${spanTextKey} AS hash
      FROM "AnnotationTarget" t JOIN "Segment" s ON s.id = t."segmentId"
      WHERE t."annotationId" = ANY(${annotationIds.slice(i, i + batchSize)}::uuid[])`;
    await store(
      tx,
      batch.map((span) => ({ span, anchor: anchorTarget(texts.get(span.key)?.[span.text], span) })),
    );
  }
}

async function store(tx: Prisma.TransactionClient, results: { span: Pending; anchor: Anchor }[]) {
  const placed = (anchor: Anchor) => anchor.status !== 'orphaned';
  const ids = results.map(({ span }) => span.id);
  const statuses = results.map(({ anchor }) => anchor.status);
  // Null where the span is where it was made, or nowhere: reads then use the stored selector.
  const starts = results.map(({ anchor }) => (placed(anchor) && anchor.moved ? anchor.start : null));
  const ends = results.map(({ anchor }) => (placed(anchor) && anchor.moved ? anchor.end : null));
  const hashes = results.map(({ span }) => span.hash);
  await tx.$executeRaw`
      UPDATE "AnnotationTarget" t SET "anchorStatus" = v.status::"AnchorStatus", "anchorStart" = v.start, "anchorEnd" = v."end", "textHash" = v.hash
      FROM unnest(${ids}::uuid[], ${statuses}::text[], ${starts}::int[], ${ends}::int[], ${hashes}::text[]) AS v(id, status, start, "end", hash)
      WHERE t.id = v.id`;
  // The first span's current start orders the lists; only rows whose value changes are written.
  await tx.$executeRaw`
      UPDATE "Annotation" a SET "firstStart" = coalesce(t."anchorStart", t.start)
      FROM "AnnotationTarget" t
      WHERE t.id = ANY(${ids}::uuid[]) AND t.ordinal = 0 AND a.id = t."annotationId" AND a."firstStart" <> coalesce(t."anchorStart", t.start)`;
}
