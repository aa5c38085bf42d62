// Which characters each subset font must hold so that content/ renders in its Noto face at first
// paint. The stacks in app/globals.css decide where a character lands: Korean blocks use Noto Sans
// KR first, Japanese blocks Noto Sans JP, every other language Noto Sans, then JP, then KR.
// Anything left out here still renders, from the full unicode-range files (app/fonts/full-coverage.css), later.
import type { DocumentContent } from '@/lib/content';

export type SubsetFace = {
  /** File name stem under app/fonts/subset/. */
  name: string;
  /** Primary language subtag of the blocks that use this face first. */
  lang: 'ko' | 'ja';
  weight: 400 | 600;
  /** The full font, from npm, that the subset is cut from. */
  source: string;
};

export const subsetFaces: SubsetFace[] = [
  { name: 'noto-sans-kr-400', lang: 'ko', weight: 400, source: '@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf' },
  { name: 'noto-sans-kr-600', lang: 'ko', weight: 600, source: '@expo-google-fonts/noto-sans-kr/600SemiBold/NotoSansKR_600SemiBold.ttf' },
  { name: 'noto-sans-jp-400', lang: 'ja', weight: 400, source: '@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf' },
  { name: 'noto-sans-jp-600', lang: 'ja', weight: 600, source: '@expo-google-fonts/noto-sans-jp/600SemiBold/NotoSansJP_600SemiBold.ttf' },
];

/** Printable ASCII: digits and Latin inside Korean and Japanese text, and what next/font measures for its fallback. */
const ascii = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCodePoint(0x20 + i)).join('');
const hangul = /[\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7af\ud7b0-\ud7ff]/u;

/** The Latin face's range (the @fontsource "latin" slice, declared again in app/fonts/faces.ts). */
export const latinRange =
  'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
const latinSpans = latinRange.split(',').map((part) => {
  const [from = '', to = from] = part.slice(2).split('-');
  return [parseInt(from, 16), parseInt(to, 16)] as const;
});
function inLatinFace(char: string): boolean {
  const cp = char.codePointAt(0) ?? 0;
  return latinSpans.some(([from, to]) => cp >= from && cp <= to);
}

export type Run = { lang: string; text: string };

/** Every text the reader shows from a document, with its language. */
function runsOf(document: DocumentContent): Run[] {
  const runs: Run[] = [];
  for (const language of document.languages) {
    const lang = language.code.split('-')[0] ?? language.code;
    for (const text of [language.title, language.nativeName, language.place, language.source, language.statusNote]) if (text) runs.push({ lang, text });
  }
  for (const segment of document.segments) {
    for (const [code, text] of Object.entries(segment.texts)) runs.push({ lang: code.split('-')[0] ?? code, text });
  }
  // A language's other texts show in its column when chosen.
  for (const witness of document.witnesses) {
    const lang = witness.code.split('-')[0] ?? witness.code;
    for (const text of [witness.title, witness.place, witness.source, witness.statusNote, ...Object.values(witness.texts)]) if (text) runs.push({ lang, text });
  }
  return runs;
}

function wanted(face: SubsetFace, run: Run, char: string): boolean {
  if (run.lang === face.lang) return true;
  // Hangul falls through the Japanese and Latin stacks to Noto Sans KR.
  if (face.lang === 'ko') return hangul.test(char);
  // Ideographs and kana in a block of neither language fall through Noto Sans to Noto Sans JP.
  return run.lang !== 'ko' && !inLatinFace(char) && !hangul.test(char);
}

/**
 * The characters of each face, sorted by code point, as one string. Both weights get the same
 * characters: headings are semibold, and so is any passage a comment quotes in **bold**.
 * `interfaceText` is the source of the app's own labels. Its symbols go into every face: the app
 * sets them around Korean and Japanese text too (a note's quote is “…” inside the quote's lang), and
 * beside English text those beyond the Latin face (← → ◆) fall to Noto Sans JP.
 * `interfaceMessages` are the interface's Korean and Japanese messages (messages/*.json), set in
 * their language's stack whatever the document.
 */
export function subsetCharacters(documents: DocumentContent[], interfaceText = '', interfaceMessages: Run[] = []): Record<string, string> {
  const result: Record<string, string> = {};
  // Symbols and punctuation only: letters in the source are in comments, not on screen.
  const symbols = [...new Set(interfaceText)].filter((char) => char > '\u007f' && !/[\p{L}\p{N}\p{M}]/u.test(char)).join('');
  const runs = documents.flatMap(runsOf);
  runs.push({ lang: 'ko', text: symbols }, { lang: 'ja', text: symbols }, ...interfaceMessages);
  for (const face of subsetFaces) {
    const chars = new Set(ascii);
    for (const run of runs) for (const char of run.text) if (char !== '\n' && wanted(face, run, char)) chars.add(char);
    result[face.name] = [...chars].sort((a, b) => (a.codePointAt(0) ?? 0) - (b.codePointAt(0) ?? 0)).join('');
  }
  return result;
}
