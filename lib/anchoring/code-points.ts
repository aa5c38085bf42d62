// W3C TextPositionSelector offsets count Unicode code points, JavaScript strings count UTF-16 code
// units: a character outside the Basic Multilingual Plane (an emoji, 𠮷) is one of the first and
// two of the second. These conversions are the only place where the two meet; everything stored
// or sent over the API is in code points, everything handed to the DOM is in UTF-16 units.
// Texts are expected in NFC (the content loader and `toNfc` below make them so).

export const toNfc = (text: string): string => text.normalize('NFC');

const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLowSurrogate = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

/** True when `index` falls between the two halves of a surrogate pair. */
function splitsPair(text: string, index: number): boolean {
  return index > 0 && index < text.length && isLowSurrogate(text.charCodeAt(index)) && isHighSurrogate(text.charCodeAt(index - 1));
}

export function codePointLength(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    if (!splitsPair(text, i + 1)) count++;
  }
  return count;
}

/**
 * Code points before UTF-16 index `index`. An index between the halves of a pair is moved to the
 * pair's start ('floor', right for the start of a span) or past its end ('ceil', right for an end),
 * so that a span never cuts a character in two.
 */
export function utf16ToCodePoint(text: string, index: number, round: 'floor' | 'ceil' = 'floor'): number {
  if (!Number.isInteger(index) || index < 0 || index > text.length) {
    throw new RangeError(`UTF-16 index ${index} is outside a text of ${text.length} units`);
  }
  let end = index;
  if (splitsPair(text, end)) end += round === 'ceil' ? 1 : -1;
  let count = 0;
  for (let i = 0; i < end; i++) {
    if (!splitsPair(text, i + 1)) count++;
  }
  return count;
}

/** UTF-16 index of code point `codePoint`; `codePointLength(text)` maps to `text.length`. */
export function codePointToUtf16(text: string, codePoint: number): number {
  if (!Number.isInteger(codePoint) || codePoint < 0) throw new RangeError(`code point offset ${codePoint} is not a natural number`);
  let index = 0;
  for (let seen = 0; seen < codePoint; seen++) {
    if (index >= text.length) throw new RangeError(`code point offset ${codePoint} is past the end of the text`);
    index += isHighSurrogate(text.charCodeAt(index)) && isLowSurrogate(text.charCodeAt(index + 1)) ? 2 : 1;
  }
  return index;
}

/** The text between two code point offsets. */
export function sliceCodePoints(text: string, start: number, end?: number): string {
  const from = codePointToUtf16(text, start);
  return end === undefined ? text.slice(from) : text.slice(from, codePointToUtf16(text, end));
}
