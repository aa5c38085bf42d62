import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareTexts, compareWitnesses, witnessesOf, witnessTexts } from '@/lib/content/compare-witnesses';
import { loadDocument } from '@/lib/content/load';
import type { DocumentContent } from '@/lib/content/types';

let document: DocumentContent;
beforeAll(async () => {
  document = await loadDocument(path.resolve(import.meta.dirname, 'fixtures/two-witnesses'));
});

describe('comparing two texts of one language', () => {
  it('lists the language’s own text first, then its other texts', () => {
    expect(witnessesOf(document, 'ja').map((w) => `${w.id}: ${w.source}`)).toEqual([
      'default: Accord test fixture, revised working translation',
      'first: Accord test fixture, first working translation',
    ]);
    expect(witnessesOf(document, 'en').map((w) => w.id)).toEqual(['default']);
    expect(witnessTexts(document, 'ja', 'nope')).toBeUndefined();
    expect(witnessTexts(document, 'ko', 'default')).toBeUndefined();
  });

  it('names the changed passages and what changed in them, word by word', () => {
    const segments = compareWitnesses(document, 'ja', witnessTexts(document, 'ja', 'first')!, witnessTexts(document, 'ja', 'default')!);
    expect(segments.map((s) => `${s.segmentId} ${s.changed}`)).toEqual(['title false', 'p1 false', 'p2 true']);
    const p2 = segments[2]!.diff;
    expect(p2.filter((d) => d.op !== 'equal')).toEqual([
      { op: 'delete', text: '深い' },
      { op: 'insert', text: '痛切な' },
    ]);
    // The parts read back as either text.
    expect(
      p2
        .filter((d) => d.op !== 'insert')
        .map((d) => d.text)
        .join(''),
    ).toBe('日本側は、深い反省と心からのお詫びを表明した。');
    expect(
      p2
        .filter((d) => d.op !== 'delete')
        .map((d) => d.text)
        .join(''),
    ).toBe('日本側は、痛切な反省と心からのお詫びを表明した。');
  });

  it('finds words in a spaced script', () => {
    expect(compareTexts('en', 'deep remorse and apology', 'deep regret and apology').filter((d) => d.op !== 'equal')).toEqual([
      { op: 'delete', text: 'remorse' },
      { op: 'insert', text: 'regret' },
    ]);
  });
});
