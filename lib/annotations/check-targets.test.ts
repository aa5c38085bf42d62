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
        { segmentId: 'p1', language: 'ja', start: 3, end: 10, exact: '𠮷野で会った。', prefix: '双方は', suffix: '', witness: 'default' },
        { segmentId: 'p2', language: 'ja', start: 0, end: 4, exact: '話し合っ', prefix: '', suffix: 'た。', witness: 'default' },
      ],
    });
  });

  it('names every problem with its path', () => {
    const result = checkTargets(document, 'ko', [
      { segmentId: 'p1', start: 0, end: 3, exact: '쌍방은' },
      { segmentId: 'p9', start: 0, end: 1, exact: 'x' },
      { segmentId: 'p2', start: 0, end: 99, exact: '회담하였다.' },
      { segmentId: 'p2', start: 0, end: 2, exact: '회담', language: 'en' },
      { segmentId: 'p2', start: 0, end: 2, exact: 'Th', language: 'fr' },
    ]);
    expect(result.ok ? [] : result.issues).toEqual([
      { path: 'targets.0.exact', message: 'the text at 0–3 of segment "p1" in "ko" is "양측은", not "쌍방은"' },
      { path: 'targets.1.segmentId', message: 'document "sample" has no segment "p9"' },
      { path: 'targets.2.end', message: 'end 99 is past the end of segment "p2" in "ko" (6 characters)' },
      { path: 'targets.3.exact', message: 'the text at 0–2 of segment "p2" in "en" is "Th", not "회담"' },
      { path: 'targets.4.language', message: 'document "sample" has no "fr" column (it has en, ko, ja)' },
    ]);
  });

  it('accepts a note that compares languages: each span checked against its own column’s text', () => {
    const result = checkTargets(document, 'en', [
      { segmentId: 'p1', start: 18, end: 27, exact: 'Pyongyang', language: 'en' },
      { segmentId: 'p1', start: 4, end: 6, exact: '평양', language: 'ko' },
      { segmentId: 'p1', start: 3, end: 5, exact: '𠮷野' },
    ]);
    expect(result.ok ? [] : result.issues).toEqual([{ path: 'targets.2.exact', message: 'the text at 3–5 of segment "p1" in "en" is "h ", not "𠮷野"' }]);
    const fixed = checkTargets(document, 'en', [
      { segmentId: 'p1', start: 18, end: 27, exact: 'Pyongyang' },
      { segmentId: 'p1', start: 3, end: 5, exact: '𠮷野', language: 'ja' },
    ]);
    expect(fixed.ok && fixed.targets.map((t) => [t.language, t.exact, t.prefix])).toEqual([
      ['en', 'Pyongyang', 'Both sides met in '],
      ['ja', '𠮷野', '双方は'],
    ]);
  });

  it('takes the annotation’s language from its first span: a first span in another column is refused', () => {
    const result = checkTargets(document, 'en', [
      { segmentId: 'p1', start: 3, end: 5, exact: '𠮷野', language: 'ja' },
      { segmentId: 'p1', start: 18, end: 27, exact: 'Pyongyang', language: 'en' },
    ]);
    expect(result.ok ? [] : result.issues.map((i) => i.path)).toEqual(['targets.0.language']);
  });

  it('keeps text order within a language, not across the languages of a comparison', () => {
    const across = checkTargets(document, 'en', [
      { segmentId: 'p2', start: 0, end: 4, exact: 'They' },
      { segmentId: 'p1', start: 0, end: 2, exact: '双方', language: 'ja' },
    ]);
    expect(across.ok).toBe(true);
    const within = checkTargets(document, 'en', [
      { segmentId: 'p2', start: 0, end: 4, exact: 'They' },
      { segmentId: 'p1', start: 0, end: 2, exact: '双方', language: 'ja' },
      { segmentId: 'p1', start: 0, end: 4, exact: 'Both' },
    ]);
    expect(within.ok ? [] : within.issues.map((i) => i.path)).toEqual(['targets.2']);
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
      targets: [{ segmentId: 'p1', language: 'ja', start: 3, end: 8, exact: '𠮷野で会見', prefix: '両側は', suffix: 'した。', witness: 'working' }],
    });
    // The same words are not in the language's own text, so the default witness refuses them.
    const own = checkTargets(document, 'ja', [{ segmentId: 'p1', start: 3, end: 8, exact: '𠮷野で会見' }]);
    expect(own.ok ? [] : own.issues).toEqual([
      { path: 'targets.0.exact', message: 'the text at 3–8 of segment "p1" in "ja" is "𠮷野で会っ", not "𠮷野で会見"' },
    ]);
  });

  it('checks each span of a comparison against its own language’s witness', () => {
    const result = checkTargets(document, 'en', [
      { segmentId: 'p1', start: 18, end: 27, exact: 'Pyongyang' },
      { segmentId: 'p1', start: 3, end: 8, exact: '𠮷野で会見', language: 'ja', witness: 'working' },
    ]);
    expect(result.ok && result.targets.map((t) => [t.language, t.witness, t.exact, t.prefix])).toEqual([
      ['en', 'default', 'Pyongyang', 'Both sides met in '],
      ['ja', 'working', '𠮷野で会見', '両側は'],
    ]);
    // The witness belongs to the span's language, not to the note's: English has no "working" text.
    const wrong = checkTargets(document, 'ja', [
      { segmentId: 'p1', start: 3, end: 8, exact: '𠮷野で会見', witness: 'working' },
      { segmentId: 'p1', start: 18, end: 27, exact: 'Pyongyang', language: 'en', witness: 'working' },
    ]);
    expect(wrong.ok ? [] : wrong.issues).toEqual([{ path: 'targets.1.witness', message: '"en" has no text "working" (it has default)' }]);
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
