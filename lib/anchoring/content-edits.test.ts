// Named cases over the real declaration: a passage selected in content/, the content edited as
// fixtures/edits.json says, and where the note lands. The outcome of each is frozen in
// fixtures/edits-anchors.json (regenerate with UPDATE=1 after an intended change, and read the diff).
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { anchorTarget, type AnchorStatus } from '@/lib/anchoring/anchor-target';
import { sliceCodePoints } from '@/lib/anchoring/code-points';
import { describeSpan } from '@/lib/anchoring/selectors';
import { loadDocument } from '@/lib/content';

type Edit = { name: string; segmentId: string; language: string; quote: string; occurrence: number; replace: string; with: string; expect: AnchorStatus[] };

const fixtures = path.join(import.meta.dirname, 'fixtures');

async function outcomes() {
  const edits = JSON.parse(await readFile(path.join(fixtures, 'edits.json'), 'utf8')) as Edit[];
  const document = await loadDocument(path.join(process.cwd(), 'content', 'pyongyang-declaration'));
  return edits.map((edit) => {
    const text = document.segments.find((s) => s.id === edit.segmentId)?.texts[edit.language];
    if (text === undefined) throw new Error(`${edit.name}: no ${edit.language} text for ${edit.segmentId}`);
    let index = -1;
    for (let i = 0; i <= edit.occurrence; i++) index = text.indexOf(edit.quote, index + 1);
    if (index < 0 || !text.includes(edit.replace)) throw new Error(`${edit.name}: the quote or the edited passage is not in the text`);
    const start = Array.from(text.slice(0, index)).length;
    const target = describeSpan(edit.segmentId, text, start, start + Array.from(edit.quote).length);
    const edited = text.replace(edit.replace, edit.with);
    return { edit, target, edited, anchor: anchorTarget(edited, target) };
  });
}

describe('notes on the declaration after its text was edited', () => {
  it('land as frozen in the fixtures', async () => {
    const results = (await outcomes()).map(({ edit, anchor }) => ({ name: edit.name, anchor }));
    const file = path.join(fixtures, 'edits-anchors.json');
    if (process.env.UPDATE) await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
    expect(results).toEqual(JSON.parse(await readFile(file, 'utf8')));
  });

  for (const [i, name] of ['security', '確認した', 'Both sides', 'spacing', 'Japanese', 'Korean'].entries()) {
    it(`are never silently anchored on other words (${name})`, async () => {
      const { edit, target, edited, anchor } = (await outcomes())[i]!;
      expect(edit.expect).toContain(anchor.status);
      if (anchor.status === 'anchored') expect(sliceCodePoints(edited, anchor.start, anchor.end).replace(/\s+/gu, '')).toBe(target.exact.replace(/\s+/gu, ''));
    });
  }
});
