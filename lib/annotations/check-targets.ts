// Checks a new annotation's selection against the current content, before anything is written:
// the column exists, every segment exists, the text (witness) named exists, offsets lie inside the
// segment, and the text there, in that witness, is the quote the client saw. Returns the targets as the server describes them (its own prefix and
// suffix), or every problem found, each with the path of the field it concerns.
import { z } from 'zod';
import { codePointLength, sliceCodePoints } from '@/lib/anchoring/code-points';
import { describeSpan, type SpanSelector } from '@/lib/anchoring/selectors';
import type { Issue } from '@/lib/annotations/errors';
import { defaultWitnessId, type DocumentContent } from '@/lib/content/types';
import { hasWitness, segmentTexts, textKey, witnessIds } from '@/lib/content/text-keys';
import { createAnnotationSchema, type CreateAnnotationInput, type TargetInput } from '@/lib/validations/annotation';

/** A checked span, with the text of its language it was made on (`default`: the language's own file). */
export type CheckedSpan = SpanSelector & { witness: string };

export type CheckedTargets = { ok: true; targets: CheckedSpan[] } | { ok: false; issues: Issue[] };

const shorten = (text: string, max = 40) => {
  const points = Array.from(text);
  return points.length > max ? `${points.slice(0, max).join('')}…` : text;
};

export function checkTargets(document: DocumentContent, language: string, targets: readonly TargetInput[]): CheckedTargets {
  if (!document.languages.some((l) => l.code === language)) {
    const codes = document.languages.map((l) => l.code).join(', ');
    return { ok: false, issues: [{ path: 'language', message: `document "${document.slug}" has no "${language}" column (it has ${codes})` }] };
  }
  const positions = new Map(document.segments.map((segment, index) => [segment.id, index]));
  const issues: Issue[] = [];
  const checked: CheckedSpan[] = [];
  const texts = segmentTexts(document);
  let previous: { position: number; end: number } | undefined;

  targets.forEach((target, i) => {
    const at = (field: string) => `targets.${i}${field ? `.${field}` : ''}`;
    const problemsBefore = issues.length;
    const position = positions.get(target.segmentId);
    if (position === undefined) {
      issues.push({ path: at('segmentId'), message: `document "${document.slug}" has no segment "${target.segmentId}"` });
      return;
    }
    if (target.language !== undefined && target.language !== language) {
      issues.push({
        path: at('language'),
        message: `this span is in the "${target.language}" column but the annotation is in "${language}": a selection belongs to one column`,
      });
      return;
    }
    const witness = target.witness ?? defaultWitnessId;
    if (!hasWitness(document, language, witness)) {
      issues.push({ path: at('witness'), message: `"${language}" has no text "${witness}" (it has ${witnessIds(document, language).join(', ')})` });
      return;
    }
    const of = witness === defaultWitnessId ? `"${language}"` : `"${language}" (${witness})`;
    const text = texts.get(target.segmentId)?.[textKey(language, witness)];
    if (text === undefined) {
      issues.push({ path: at('segmentId'), message: `segment "${target.segmentId}" has no ${of} text` });
      return;
    }
    const length = codePointLength(text);
    if (target.end > length) {
      issues.push({
        path: at('end'),
        message: `end ${target.end} is past the end of segment "${target.segmentId}" in ${of} (${length} characters)`,
      });
      return;
    }
    const actual = sliceCodePoints(text, target.start, target.end);
    if (actual !== target.exact) {
      issues.push({
        path: at('exact'),
        message: `the text at ${target.start}–${target.end} of segment "${target.segmentId}" in ${of} is "${shorten(actual)}", not "${shorten(target.exact)}"`,
      });
      return;
    }
    const described = { ...describeSpan(target.segmentId, text, target.start, target.end), witness };
    if (target.prefix !== undefined && !sliceCodePoints(text, 0, target.start).endsWith(target.prefix)) {
      issues.push({ path: at('prefix'), message: 'prefix is not the text just before the quote' });
    }
    if (target.suffix !== undefined && !sliceCodePoints(text, target.end).startsWith(target.suffix)) {
      issues.push({ path: at('suffix'), message: 'suffix is not the text just after the quote' });
    }
    if (previous && (position < previous.position || (position === previous.position && target.start < previous.end))) {
      issues.push({ path: at(''), message: 'targets must follow the text order without overlapping' });
    }
    if (issues.length === problemsBefore) checked.push(described);
    previous = { position, end: target.end };
  });

  return issues.length ? { ok: false, issues } : { ok: true, targets: checked };
}

/**
 * The create schema for one document: the shape of the request and, where the language and
 * targets are well formed, their fit to the current text, so that a 400 names every problem at
 * once (a wrong colour and a quote that is not in the text). Its output carries the checked
 * targets, so that the selection is checked once per request.
 */
export function createAnnotationSchemaFor(document: DocumentContent) {
  let schema = schemas.get(document);
  if (!schema) schemas.set(document, (schema = schemaFor(document)));
  return schema;
}

// Built once per content object (a process start, or a request in development).
const schemas = new WeakMap<DocumentContent, ReturnType<typeof schemaFor>>();

function schemaFor(document: DocumentContent) {
  // The refinement's result, handed to the transform that follows it on the same input object.
  const results = new WeakMap<object, CheckedSpan[]>();
  return createAnnotationSchema
    .superRefine(
      (input, ctx) => {
        const checked = checkTargets(document, input.language, input.targets);
        if (checked.ok) {
          results.set(input, checked.targets);
          return;
        }
        for (const issue of checked.issues) {
          ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)) });
        }
      },
      // Only on a language and targets of the right shape, inside a body that is an object at all (`null` is not).
      {
        when: (payload) =>
          typeof payload.value === 'object' &&
          payload.value !== null &&
          !payload.issues.some((issue) => issue.path?.[0] === 'language' || issue.path?.[0] === 'targets'),
      },
    )
    .transform((input): CheckedAnnotationInput => {
      const targets = results.get(input);
      // Zod still runs a transform after an issue that does not stop parsing (an unknown key): when
      // the refinement was skipped there were issues already, and the result is refused whatever it is.
      if (!targets) return z.NEVER;
      return { ...input, targets, checkedAgainst: document };
    });
}

/**
 * A create request already checked against `checkedAgainst` (the content the route read): the
 * data layer writes it as it is rather than checking the same selection a second time.
 */
export type CheckedAnnotationInput = Omit<CreateAnnotationInput, 'targets'> & { targets: CheckedSpan[]; checkedAgainst: DocumentContent };
