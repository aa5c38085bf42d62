// Freezes the selectors generated for a few passages of the real declaration, so that a change in
// how selectors are built (or in the content) shows up as a diff to review. After an intended
// change, regenerate with: UPDATE=1 npx vitest run lib/anchoring/baseline.test.ts
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { anchorTarget } from '@/lib/anchoring/anchor-target';
import { describeSelection, type SelectedSpan } from '@/lib/anchoring/describe-selection';
import { loadDocument } from '@/lib/content';

const baselineFile = path.join(import.meta.dirname, 'fixtures', 'baseline.json');

/** A passage picked as a reader would: from a phrase in one segment to a phrase in a later one. */
type Pick = { name: string; language: string; from: [segmentId: string, phrase: string]; to?: [segmentId: string, phrase: string] };

const picks: Pick[] = [
  { name: 'the apology', language: 'en', from: ['s2-p1', 'expressed deep remorse and heartfelt apology'] },
  { name: 'a phrase repeated in many paragraphs', language: 'en', from: ['s4-p2', 'Both sides confirmed'] },
  { name: 'a date', language: 'en', from: ['s2-p3', 'August 15, 1945'] },
  { name: 'across two paragraphs', language: 'en', from: ['s1-p2', 'based upon their mutual trust'], to: ['s2-p1', 'in a spirit of humility'] },
  { name: 'the apology in Korean', language: 'ko', from: ['s2-p1', '통절한 반성과 마음으로부터의 사죄'] },
  { name: 'the talks resumed, in Korean', language: 'ko', from: ['s1-p1', '조일국교정상화회담'] },
  { name: 'the apology in Japanese', language: 'ja', from: ['s2-p1', '痛切な反省と心からのお詫び'] },
  { name: 'Northeast Asia, in Japanese, across two paragraphs', language: 'ja', from: ['s4-p1', '北東アジア'], to: ['s4-p2', '双方は'] },
];

async function generate() {
  const document = await loadDocument(path.join(process.cwd(), 'content', 'pyongyang-declaration'));
  const order = document.segments.map((s) => s.id);
  const textOf = (id: string, language: string) => {
    const text = document.segments.find((s) => s.id === id)?.texts[language];
    if (text === undefined) throw new Error(`no ${language} text for segment ${id}`);
    return text;
  };
  const results = picks.map((pick) => {
    const [fromId, fromPhrase] = pick.from;
    const [toId, toPhrase] = pick.to ?? pick.from;
    const ids = order.slice(order.indexOf(fromId), order.indexOf(toId) + 1);
    const spans: SelectedSpan[] = ids.map((id) => {
      const text = textOf(id, pick.language);
      const start = id === fromId ? text.indexOf(fromPhrase) : 0;
      const end = id === toId ? text.indexOf(toPhrase) + toPhrase.length : text.length;
      if (start < 0 || end < toPhrase.length) throw new Error(`phrase of "${pick.name}" not found in ${id}`);
      return { segmentId: id, text, start, end };
    });
    return { name: pick.name, language: pick.language, targets: describeSelection(spans) };
  });
  return { results, textOf };
}

describe('selectors generated for passages of the declaration', () => {
  it('match the frozen baseline', async () => {
    const { results } = await generate();
    if (process.env.UPDATE) await writeFile(baselineFile, `${JSON.stringify(results, null, 2)}\n`);
    const frozen: unknown = JSON.parse(await readFile(baselineFile, 'utf8'));
    expect(results).toEqual(frozen);
  });

  it('anchor where they were made', async () => {
    const { results, textOf } = await generate();
    for (const { language, targets } of results) {
      for (const target of targets) {
        expect(anchorTarget(textOf(target.segmentId, language), target)).toEqual({
          status: 'anchored',
          start: target.start,
          end: target.end,
          moved: false,
        });
      }
    }
  });
});
