import 'server-only';
// The author settles a note whose text changed: confirms its uncertain spans where they now are
// (each then describes the text there, and is anchored), or selects the passage again (the spans
// replaced, checked against the current text as a new selection is). Either way the spans are
// anchored on the text the segment holds now (its hash), so the next sync leaves them be.
import { moderates } from '@/lib/annotations/access';
import { checkTargets } from '@/lib/annotations/check-targets';
import { assertId, invalid, AnnotationError } from '@/lib/annotations/errors';
import type { Annotation } from '@/lib/annotations/types';
import { codePointLength } from '@/lib/anchoring/code-points';
import { describeSpan, type SpanSelector } from '@/lib/anchoring/selectors';
import { segmentTexts, textKey } from '@/lib/content/text-keys';
import { documentContext } from '@/lib/db/annotation-documents';
import { lockForEdit } from '@/lib/db/annotation-lock';
import { annotationInclude, toAnnotation } from '@/lib/db/annotation-shape';
import { db } from '@/lib/db/client';
import type { SettleAnchorInput } from '@/lib/validations/anchor';

export async function settleAnchor(id: string, user: { id: string }, input: SettleAnchorInput): Promise<Annotation> {
  assertId(id, 'Annotation');
  let moderator = false;
  const row = await db().$transaction(async (tx) => {
    const locked = await lockForEdit(tx, id, user);
    moderator = moderates(locked.viewerRole);
    const annotation = await tx.annotation.findUniqueOrThrow({ where: { id }, include: annotationInclude });
    const document = await documentContext(annotation.document.slug);
    const texts = segmentTexts(document.content);
    const textOf = (key: string, witness: string) => texts.get(key)?.[textKey(annotation.language, witness)];

    if (input.targets) {
      const checked = checkTargets(document.content, annotation.language, input.targets);
      if (!checked.ok) throw invalid(checked.issues);
      const segments = checked.targets.map((target, i) => {
        const segment = document.segments.get(target.segmentId);
        if (!segment || segment.removed)
          throw invalid([{ path: `targets.${i}.segmentId`, message: `segment "${target.segmentId}" is not in the database yet; try again shortly` }]);
        return segment;
      });
      await tx.annotationTarget.deleteMany({ where: { annotationId: id } });
      await tx.$executeRaw`
        INSERT INTO "AnnotationTarget" (id, "annotationId", "segmentId", ordinal, start, "end", exact, prefix, suffix, witness, "textHash")
        SELECT gen_random_uuid(), ${id}::uuid, span.segment, span.ordinal - 1, span.start, span."end", span.exact, span.prefix, span.suffix, span.witness,
          (SELECT s."textHashes" ->> span.text FROM "Segment" s WHERE s.id = span.segment)
        FROM unnest(${segments.map((s) => s.id)}::int[], ${checked.targets.map((t) => t.start)}::int[], ${checked.targets.map((t) => t.end)}::int[],
          ${checked.targets.map((t) => t.exact)}::text[], ${checked.targets.map((t) => t.prefix)}::text[], ${checked.targets.map((t) => t.suffix)}::text[],
          ${checked.targets.map((t) => t.witness)}::text[], ${checked.targets.map((t) => textKey(annotation.language, t.witness))}::text[])
          WITH ORDINALITY AS span(segment, start, "end", exact, prefix, suffix, witness, text, ordinal)`;
      // Raw, so that the note's updatedAt says when its words last changed, not its place.
      await tx.$executeRaw`UPDATE "Annotation" SET "firstSegmentId" = ${segments[0]!.id}, "firstStart" = ${checked.targets[0]!.start} WHERE id = ${id}::uuid`;
    } else {
      const uncertain = annotation.targets.filter((target) => target.anchorStatus === 'uncertain');
      for (const target of uncertain) {
        const text = textOf(target.segment.key, target.witness);
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
  return toAnnotation(row, (await documentContext(row.document.slug)).content, { id: user.id, moderates: moderator });
}
