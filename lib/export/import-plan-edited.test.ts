// Importing a file made before the text changed (issue 12): the passage is found as the reader
// finds it, by its quote and context with the position only a hint, and the plan says how each
// note will stand once written.
import { describe, expect, it } from 'vitest';
import { anchorTarget } from '@/lib/anchoring';
import type { DocumentContent } from '@/lib/content';
import { sampleDocument } from '@/lib/export/fixtures/sample';
import { parseAnnotationFile } from '@/lib/export/import-parse';
import { planImport } from '@/lib/export/import-plan';

const carol = '33333333-3333-4333-8333-333333333333';

function withText(en: string): DocumentContent {
  return { ...sampleDocument, segments: sampleDocument.segments.map((s) => (s.id === 's1-p1' ? { ...s, texts: { ...s.texts, en } } : s)) };
}

function plan(document: DocumentContent, file: unknown) {
  const parsed = parseAnnotationFile(file);
  const planned = planImport(document, parsed, carol, new Date('2026-12-01T00:00:00Z'));
  return { ...planned.plan, problems: [...parsed.problems, ...planned.problems] };
}

const note = (id: string, selector: unknown[], extra: Record<string, unknown> = {}) => ({
  id,
  type: 'Annotation',
  target: { source: { id: 'https://other.example/documents/sample-declaration#s1-p1', language: 'en' }, selector },
  ...extra,
});

describe('planImport after the text changed', () => {
  it('places a note on the words its context names, not on the same word now at its stated position', () => {
    // Made on "Both sides spoke of security. The pact covers security guarantees." (the second one, at 46).
    const edited = withText('The pact covers security guarantees. Spoke of security at length.');
    expect(edited.segments[1]!.texts.en!.slice(46, 54)).toBe('security');
    const result = plan(edited, [
      note('https://other.example/anno/1', [
        { type: 'TextQuoteSelector', exact: 'security', prefix: 'The pact covers ', suffix: ' guarantees.' },
        { type: 'TextPositionSelector', start: 46, end: 54 },
      ]),
    ]);
    expect(result.problems).toEqual([]);
    expect(result.annotations[0]!.targets[0]).toMatchObject({ start: 16, end: 24, prefix: 'The pact covers ' });
    expect(result.annotations[0]!.status).toBe('anchored');
  });

  it('says a close match without context is uncertain, and writes it so that the reader finds it uncertain too', () => {
    const document = withText(sampleDocument.segments[1]!.texts.en!);
    const result = plan(document, [note('https://other.example/anno/2', [{ type: 'TextQuoteSelector', exact: 'Pyongyamg' }])]);
    expect(result.problems).toEqual([]);
    const [annotation] = result.annotations;
    expect(annotation!.status).toBe('uncertain');
    // The quote stays the file's; lib/db/reanchor.ts anchors what is written, and must agree.
    expect(annotation!.targets[0]).toMatchObject({ exact: 'Pyongyamg' });
    expect(anchorTarget(document.segments[1]!.texts.en!, annotation!.targets[0]!)).toMatchObject({ status: 'uncertain', found: 'Pyongyang' });
  });

  it('keeps a note whose context changed as uncertain, with the context its author chose', () => {
    const document = withText('Pyongyang hosted them, at last.');
    const result = plan(document, [
      note('https://other.example/anno/3', [
        { type: 'TextQuoteSelector', exact: 'Pyongyang', prefix: '1. Both sides met in ', suffix: ', "the capital"' },
        { type: 'TextPositionSelector', start: 21, end: 30 },
      ]),
    ]);
    expect(result.problems).toEqual([]);
    expect(result.annotations[0]!.status).toBe('uncertain');
    expect(result.annotations[0]!.targets[0]).toMatchObject({ start: 21, end: 30, prefix: '1. Both sides met in ' });
  });
});

describe('planImport of a file holding copies', () => {
  it('writes a note and a credited copy of it once, and leaves the copy’s replies out', () => {
    const quote = [{ type: 'TextQuoteSelector', exact: 'Pyongyang' }];
    const result = plan(sampleDocument, [
      note('https://other.example/anno/1', quote),
      note('https://else.example/anno/7', quote, { 'accord:importedFrom': { id: 'https://other.example/anno/1' } }),
      {
        id: 'https://else.example/reply/1',
        type: 'Annotation',
        motivation: 'replying',
        body: { type: 'TextualBody', value: 'hi' },
        target: 'https://else.example/anno/7',
      },
    ]);
    expect(result.problems).toEqual([]);
    expect(result.annotations.map((a) => a.sourceId)).toEqual(['https://other.example/anno/1']);
    expect(result.copies).toBe(1);
    expect(result.skippedReplies).toBe(1);
  });
});
