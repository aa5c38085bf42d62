import { describe, expect, it } from 'vitest';
import type { DocumentContent, DocumentLanguage } from '@/lib/content';
import { subsetCharacters } from '@/lib/fonts/charsets';

function language(code: string, title: string, nativeName = title): DocumentLanguage {
  return { code, name: code, nativeName, title, source: 'Source', status: 'working-translation', date: '2002-09-17', file: `${code}.md` };
}

const document: DocumentContent = {
  slug: 'sample',
  title: 'Sample',
  languages: [language('en', 'Sample', 'English'), language('ko', '조선', '한국어'), language('ja', '宣言', '日本語')],
  witnesses: [],
  alignments: [],
  segments: [
    { id: 'title', kind: 'heading', level: 1, texts: { en: 'Sample', ko: '평양', ja: '平壌' } },
    { id: 'p1', kind: 'paragraph', texts: { en: 'The word 회담 and 会談 “quoted”', ko: '회담을 진행하였다', ja: 'かいだん、会談' } },
  ],
};

const faces = subsetCharacters([document], 'label ← next → · ◆ “quoted”');

describe('subsetCharacters', () => {
  it('gives every face printable ASCII, for digits and Latin words inside Korean and Japanese text', () => {
    for (const chars of Object.values(faces)) for (const char of 'a~ 0Z') expect(chars).toContain(char);
  });

  it('gives both weights of a language every character of its text, headings and quoted passages alike', () => {
    for (const face of ['noto-sans-kr-400', 'noto-sans-kr-600']) for (const char of '진평조한') expect(faces[face]).toContain(char);
    for (const face of ['noto-sans-jp-400', 'noto-sans-jp-600']) for (const char of 'か壌宣語') expect(faces[face]).toContain(char);
  });

  it('keeps Korean out of the Japanese faces and Japanese out of the Korean ones', () => {
    expect(faces['noto-sans-jp-400']).not.toMatch(/[가-힣]/u);
    expect(faces['noto-sans-kr-400']).not.toMatch(/[かい、壌]/u);
  });

  it('sends Hangul inside English text to the Korean face, ideographs to the Japanese face, as the stacks do', () => {
    expect(faces['noto-sans-kr-400']).toContain('담');
    expect(faces['noto-sans-jp-400']).toContain('談');
    expect(faces['noto-sans-kr-400']).not.toContain('談');
  });

  it('adds the interface’s symbols to every face, for the quotes it sets around Korean and Japanese text', () => {
    for (const face of Object.keys(faces)) for (const char of '“”·') expect(faces[face]).toContain(char);
    expect(faces['noto-sans-jp-400']).toContain('←');
    expect(faces['noto-sans-jp-600']).toContain('◆');
  });

  it('takes no letters from the interface’s source, only its symbols', () => {
    const faces = subsetCharacters([], '// 한국어 日本語 Ελλάδα ŏ label “x”');
    expect(faces['noto-sans-kr-400']).not.toContain('한');
    expect(faces['noto-sans-jp-400']).not.toContain('語');
    expect(faces['noto-sans-jp-400']).not.toMatch(/[λŏ]/u);
    expect(faces['noto-sans-kr-400']).toContain('“');
  });

  it('takes every character of the interface’s Korean and Japanese messages into their own faces', () => {
    const faces = subsetCharacters([], '', [
      { lang: 'ko', text: '로그인' },
      { lang: 'ja', text: 'ログイン（試訳）' },
    ]);
    for (const char of '로그인') expect(faces['noto-sans-kr-600']).toContain(char);
    for (const char of 'ログイン（試訳）') expect(faces['noto-sans-jp-400']).toContain(char);
    expect(faces['noto-sans-jp-400']).not.toContain('로');
  });

  it('lists each character once, in code point order', () => {
    const chars = [...(faces['noto-sans-kr-400'] ?? '')];
    expect(new Set(chars).size).toBe(chars.length);
    expect([...chars].sort((a, b) => (a.codePointAt(0) ?? 0) - (b.codePointAt(0) ?? 0))).toEqual(chars);
  });
});
