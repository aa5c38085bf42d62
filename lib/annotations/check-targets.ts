// Checks a new annotation's selection against the current content, before anything is written:
// each span's column exists, every segment exists, the text (witness) of that column named exists,
// offsets lie inside the segment, and the text there, in that witness, is the quote the client saw.
// A span is in the annotation's language unless it names its own (a note that compares languages:
// "Compare with…" in the reader), and on its language's own file unless it names another witness.
// Returns the targets as the server describes them (its own prefix and suffix, each with its
// language and witness), or every problem found, each with the path of the field it concerns.
import { z } from 'zod';
import { codePointLength, sliceCodePoints } from '@/lib/anchoring/code-points';
import { describeSpan, type SpanSelector } from '@/lib/anchoring/selectors';
import type { Issue } from '@/lib/annotations/errors';
import { defaultWitnessId, type DocumentContent } from '@/lib/content/types';
import { hasWitness, segmentTexts, textKey, witnessIds } from '@/lib/content/text-keys';
import { createAnnotationSchema, type CreateAnnotationInput, type TargetInput } from '@/lib/validations/annotation';

/**
 * A span checked against the current text, with the column it was selected in and the text of
 * that language it was made on (`default`: the language's own file).
 */
export type CheckedTarget = SpanSelector & { language: string; witness: string };

export type CheckedTargets = { ok: true; targets: CheckedTarget[] } | { ok: false; issues: Issue[] };

const shorten = (text: string, max = 40) => {
  const points = Array.from(text);
  return points.length > max ? `${points.slice(0, max).join('')}…` : text;
};

/** Whether the spans cover more than one language (the note compares languages). */
export const isCrossLanguage = (targets: readonly { language: string }[]) => new Set(targets.map((t) => t.language)).size > 1;

export function checkTargets(document: DocumentContent, language: string, targets: readonly TargetInput[]): CheckedTargets {
  const codes = document.languages.map((l) => l.code);
  const noColumn = (code: string) => `document "${document.slug}" has no "${code}" column (it has ${codes.join(', ')})`;
  if (!codes.includes(language)) return { ok: false, issues: [{ path: 'language', message: noColumn(language) }] };
  const positions = new Map(document.segments.map((segment, index) => [segment.id, index]));
  const issues: Issue[] = [];
  const checked: CheckedTarget[] = [];
  const texts = segmentTexts(document);
  // Text order is kept within each language; a comparison's spans in other columns may follow in any order.
  const previous = new Map<string, { position: number; end: number }>();

  targets.forEach((target, i) => {
    const at = (field: string) => `targets.${i}${field ? `.${field}` : ''}`;
    const problemsBefore = issues.length;
    const position = positions.get(target.segmentId);
    if (position === undefined) {
      issues.push({ path: at('segmentId'), message: `document "${document.slug}" has no segment "${target.segmentId}"` });
      return;
    }
    const lang = target.language ?? language;
    if (!codes.includes(lang)) {
      issues.push({ path: at('language'), message: noColumn(lang) });
      return;
    }
    // The annotation's language is its first span's: a note is listed and filed under the column it was begun in.
    if (i === 0 && lang !== language) {
      issues.push({
        path: at('language'),
        message: `the first span is in "${lang}" but the annotation is in "${language}": the annotation's language is its first span's`,
      });
      return;
    }
    // The span's witness is one of its own language's texts, and its quote is checked against that text.
    const witness = target.witness ?? defaultWitnessId;
    if (!hasWitness(document, lang, witness)) {
      issues.push({ path: at('witness'), message: `"${lang}" has no text "${witness}" (it has ${witnessIds(document, lang).join(', ')})` });
      return;
    }
    const of = witness === defaultWitnessId ? `"${lang}"` : `"${lang}" (${witness})`;
    const text = texts.get(target.segmentId)?.[textKey(lang, witness)];
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
    const before = previous.get(lang);
    if (before && (position < before.position || (position === before.position && target.start < before.end))) {
      issues.push({ path: at(''), message: 'targets in one language must follow the text order without overlapping' });
    }
    if (issues.length === problemsBefore) checked.push({ ...described, language: lang });
    previous.set(lang, { position, end: target.end });
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
  const results = new WeakMap<object, CheckedTarget[]>();
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
export type CheckedAnnotationInput = Omit<CreateAnnotationInput, 'targets'> & { targets: CheckedTarget[]; checkedAgainst: DocumentContent };
