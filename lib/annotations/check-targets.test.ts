import { describe, expect, it } from 'vitest';
import { checkTargets } from '@/lib/annotations/check-targets';
import type { DocumentContent } from '@/lib/content';

const language = (code: string) => ({
  code,
  name: code,
  nativeName: code,
  title: 't',
  source: 's',
  status: 'working-translation' as const,
  date: '2002-09-17',
  file: `${code}.md`,
});
const document: DocumentContent = {
  slug: 'sample',
  title: 'Sample',
  languages: [language('en'), language('ko'), language('ja')],
  witnesses: [
    {
      id: 'working',
      code: 'ja',
      title: 't',
      source: 'our working translation',
      status: 'working-translation',
      file: 'ja.working.md',
      texts: { p1: '両側は𠮷野で会見した。', p2: '話し合った。' },
    },
  ],
  alignments: [],
  segments: [
    { id: 'p1', kind: 'paragraph', texts: { en: 'Both sides met in Pyongyang.', ko: '양측은 평양에서 만났다.', ja: '双方は𠮷野で会った。' } },
    { id: 'p2', kind: 'paragraph', texts: { en: 'They talked.', ko: '회담하였다.', ja: '話し合った。' } },
  ],
};

describe('checkTargets', () => {
  it('accepts a selection across two segments and describes it with the server’s own context', () => {
    const result = checkTargets(document, 'ja', [
      { segmentId: 'p1', start: 3, end: 10, exact: '𠮷野で会った。', prefix: 'は' },
      { segmentId: 'p2', start: 0, end: 4, exact: '話し合っ', language: 'ja' },
    ]);
    expect(result).toEqual({
      ok: true,
      targets: [
        { segmentId: 'p1', start: 3, end: 10, exact: '𠮷野で会った。', prefix: '双方は', suffix: '', witness: 'default' },
        { segmentId: 'p2', start: 0, end: 4, exact: '話し合っ', prefix: '', suffix: 'た。', witness: 'default' },
      ],
    });
  });

  it('names every problem with its path', () => {
    const result = checkTargets(document, 'ko', [
      { segmentId: 'p1', start: 0, end: 3, exact: '쌍방은' },
      { segmentId: 'p9', start: 0, end: 1, exact: 'x' },
      { segmentId: 'p2', start: 0, end: 99, exact: '회담하였다.' },
      { segmentId: 'p2', start: 0, end: 2, exact: '회담', language: 'en' },
    ]);
    expect(result.ok ? [] : result.issues).toEqual([
      { path: 'targets.0.exact', message: 'the text at 0–3 of segment "p1" in "ko" is "양측은", not "쌍방은"' },
      { path: 'targets.1.segmentId', message: 'document "sample" has no segment "p9"' },
      { path: 'targets.2.end', message: 'end 99 is past the end of segment "p2" in "ko" (6 characters)' },
      {
        path: 'targets.3.language',
        message: 'this span is in the "en" column but the annotation is in "ko": a selection belongs to one column',
      },
    ]);
  });

  it('refuses a language the document does not have', () => {
    expect(checkTargets(document, 'fr', [{ segmentId: 'p1', start: 0, end: 4, exact: 'Both' }])).toEqual({
      ok: false,
      issues: [{ path: 'language', message: 'document "sample" has no "fr" column (it has en, ko, ja)' }],
    });
  });

  it('refuses targets out of text order or overlapping, and context that does not match', () => {
    const result = checkTargets(document, 'en', [
      { segmentId: 'p2', start: 0, end: 4, exact: 'They' },
      { segmentId: 'p1', start: 0, end: 4, exact: 'Both', suffix: ' parties' },
    ]);
    expect(result.ok ? [] : result.issues.map((i) => i.path)).toEqual(['targets.1.suffix', 'targets.1']);
  });

  it('checks a span made on another text of the language against that text, and keeps which text it was', () => {
    const result = checkTargets(document, 'ja', [{ segmentId: 'p1', start: 3, end: 8, exact: '𠮷野で会見', witness: 'working' }]);
    expect(result).toEqual({
      ok: true,
      targets: [{ segmentId: 'p1', start: 3, end: 8, exact: '𠮷野で会見', prefix: '両側は', suffix: 'した。', witness: 'working' }],
    });
    // The same words are not in the language's own text, so the default witness refuses them.
    const own = checkTargets(document, 'ja', [{ segmentId: 'p1', start: 3, end: 8, exact: '𠮷野で会見' }]);
    expect(own.ok ? [] : own.issues).toEqual([
      { path: 'targets.0.exact', message: 'the text at 3–8 of segment "p1" in "ja" is "𠮷野で会っ", not "𠮷野で会見"' },
    ]);
  });

  it('refuses a witness the language does not have, naming those it has', () => {
    const result = checkTargets(document, 'ja', [{ segmentId: 'p1', start: 0, end: 2, exact: '双方', witness: 'authentic' }]);
    expect(result.ok ? [] : result.issues).toEqual([{ path: 'targets.0.witness', message: '"ja" has no text "authentic" (it has default, working)' }]);
    const korean = checkTargets(document, 'ko', [{ segmentId: 'p1', start: 0, end: 2, exact: '양측', witness: 'working' }]);
    expect(korean.ok ? [] : korean.issues.map((i) => i.message)).toEqual(['"ko" has no text "working" (it has default)']);
  });

  it('names the witness in a quote that is not in its text', () => {
    const result = checkTargets(document, 'ja', [{ segmentId: 'p1', start: 0, end: 2, exact: '双方', witness: 'working' }]);
    expect(result.ok ? [] : result.issues).toEqual([
      { path: 'targets.0.exact', message: 'the text at 0–2 of segment "p1" in "ja" (working) is "両側", not "双方"' },
    ]);
  });
});
