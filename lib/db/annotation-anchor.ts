import 'server-only';
// The author settles a note whose text changed: confirms its uncertain spans where they now are
// (each then describes the text there, and is anchored), or selects the passage again (the spans
// replaced in their language, checked against the current text as a new selection is; a note that
// compares languages keeps its other languages' spans). Either way the spans are
// anchored on the text the segment holds now (its hash), so the next sync leaves them be.
import { inThread, moderates } from '@/lib/annotations/access';
import { checkTargets, isCrossLanguage } from '@/lib/annotations/check-targets';
import { assertId, invalid, AnnotationError } from '@/lib/annotations/errors';
import type { Annotation } from '@/lib/annotations/types';
import { codePointLength } from '@/lib/anchoring/code-points';
import { describeSpan, type SpanSelector } from '@/lib/anchoring/selectors';
import { segmentTexts, textKey } from '@/lib/content/text-keys';
import { documentContext, type DocumentContext } from '@/lib/db/annotation-documents';
import { lockForEdit } from '@/lib/db/annotation-lock';
import { annotationInclude, toAnnotation, type AnnotationRow } from '@/lib/db/annotation-shape';
import { db } from '@/lib/db/client';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { SettleAnchorInput } from '@/lib/validations/anchor';

export async function settleAnchor(id: string, user: { id: string }, input: SettleAnchorInput): Promise<Annotation> {
  assertId(id, 'Annotation');
  let viewer = { id: user.id, moderates: false, inThread: false };
  const row = await db().$transaction(async (tx) => {
    const locked = await lockForEdit(tx, id, user);
    viewer = { id: user.id, moderates: moderates(locked.viewerRole), inThread: inThread(locked, user) };
    const annotation = await tx.annotation.findUniqueOrThrow({ where: { id }, include: annotationInclude });
    const document = await documentContext(annotation.document.slug);
    const texts = segmentTexts(document.content);
    // A span's text is its own language's, on the witness it was made on.
    const textOf = (key: string, language: string, witness: string) => texts.get(key)?.[textKey(language, witness)];

    if (input.targets) {
      await placeAgain(tx, annotation, document, input.targets);
    } else {
      const uncertain = annotation.targets.filter((target) => target.anchorStatus === 'uncertain');
      for (const target of uncertain) {
        const text = textOf(target.segment.key, target.language, target.witness);
        const [start, end] = [target.anchorStart ?? target.start, target.anchorEnd ?? target.end];
        if (text === undefined || end > codePointLength(text)) {
          throw new AnnotationError('conflict', 'The text changed again since this note was last placed; reload and try again.');
        }
        const here: SpanSelector = describeSpan(target.segment.key, text, start, end);
        await tx.$executeRaw`
          UPDATE "AnnotationTarget" SET start = ${here.start}, "end" = ${here.end}, exact = ${here.exact}, prefix = ${here.prefix}, suffix = ${here.suffix},
            "anchorStatus" = 'anchored', "anchorStart" = NULL, "anchorEnd" = NULL
          WHERE id = ${target.id}::uuid`;
        if (target.ordinal === 0) await tx.$executeRaw`UPDATE "Annotation" SET "firstStart" = ${here.start} WHERE id = ${id}::uuid`;
      }
    }
    return tx.annotation.findUniqueOrThrow({ where: { id }, include: annotationInclude });
  });
  return toAnnotation(row, (await documentContext(row.document.slug)).content, viewer);
}

type Row = AnnotationRow;

/**
 * The passage selected again: the given spans replace the note's spans in their language (the
 * first given span's, when it names one; else the note's). A note that compares languages keeps
 * its spans in the other languages as they are, anchor state and all: selecting the Japanese
 * again does not drop the English. The note's own language stays first; ordinals follow.
 */
async function placeAgain(tx: Prisma.TransactionClient, annotation: Row, document: DocumentContext, targets: SettleAnchorInput['targets'] & object) {
  const checked = checkTargets(document.content, targets[0]?.language ?? annotation.language, targets);
  if (!checked.ok) throw invalid(checked.issues);
  const segments = checked.targets.map((target, i) => {
    const segment = document.segments.get(target.segmentId);
    if (!segment || segment.removed)
      throw invalid([{ path: `targets.${i}.segmentId`, message: `segment "${target.segmentId}" is not in the database yet; try again shortly` }]);
    return segment;
  });
  const replaced = new Set(checked.targets.map((t) => t.language));
  const kept = annotation.targets.filter((t) => !replaced.has(t.language));
  // Languages in the note's order (its own first), then any new one; within a language, as they come.
  const languages = [...new Set([annotation.language, ...annotation.targets.map((t) => t.language), ...replaced])];
  const spans = [
    ...kept.map((t) => ({ kept: t.id, language: t.language, segmentId: t.segmentId, start: t.anchorStart ?? t.start })),
    ...checked.targets.map((t, i) => ({ kept: null, language: t.language, segmentId: segments[i]!.id, start: t.start, at: i })),
  ].sort((x, y) => languages.indexOf(x.language) - languages.indexOf(y.language));
  const ordinal = (span: (typeof spans)[number]) => spans.indexOf(span);
  const keptSpans = spans.filter((span) => span.kept !== null);
  const newSpans = spans.filter((span): span is (typeof spans)[number] & { at: number } => span.kept === null);

  await tx.annotationTarget.deleteMany({ where: { annotationId: annotation.id, language: { in: [...replaced] } } });
  // Kept spans move to their new ordinals through negative ones (the ordinals are unique per note).
  await tx.$executeRaw`UPDATE "AnnotationTarget" SET ordinal = -1 - ordinal WHERE "annotationId" = ${annotation.id}::uuid`;
  await tx.$executeRaw`UPDATE "AnnotationTarget" t SET ordinal = v.ordinal FROM unnest(${keptSpans.map((s) => s.kept!)}::uuid[], ${keptSpans.map(ordinal)}::int[]) AS v(id, ordinal)
    WHERE t.id = v.id`;
  const given = newSpans.map((span) => checked.targets[span.at]!);
  await tx.$executeRaw`
    INSERT INTO "AnnotationTarget" (id, "annotationId", "segmentId", language, ordinal, start, "end", exact, prefix, suffix, witness, "textHash")
    SELECT gen_random_uuid(), ${annotation.id}::uuid, span.segment, span.language, span.ordinal, span.start, span."end", span.exact, span.prefix, span.suffix, span.witness,
      (SELECT s."textHashes" ->> span.text FROM "Segment" s WHERE s.id = span.segment)
    FROM unnest(${newSpans.map((s) => s.segmentId)}::int[], ${given.map((t) => t.language)}::text[], ${newSpans.map(ordinal)}::int[], ${given.map((t) => t.start)}::int[],
      ${given.map((t) => t.end)}::int[], ${given.map((t) => t.exact)}::text[], ${given.map((t) => t.prefix)}::text[], ${given.map((t) => t.suffix)}::text[],
      ${given.map((t) => t.witness)}::text[], ${given.map((t) => textKey(t.language, t.witness))}::text[])
      AS span(segment, language, ordinal, start, "end", exact, prefix, suffix, witness, text)`;
  // Raw, so that the note's updatedAt says when its words last changed, not its place.
  const first = spans[0]!;
  await tx.$executeRaw`UPDATE "Annotation" SET "firstSegmentId" = ${first.segmentId}, "firstStart" = ${first.start},
    "crossLanguage" = ${isCrossLanguage(spans)} WHERE id = ${annotation.id}::uuid`;
}
