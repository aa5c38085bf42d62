import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { codePointLength, codePointToUtf16, sliceCodePoints, toNfc, utf16ToCodePoint } from '@/lib/anchoring/code-points';

describe('codePointLength', () => {
  it('counts Korean and Japanese of the Basic Multilingual Plane one per character', () => {
    expect(codePointLength('한국어')).toBe(3);
    expect(codePointLength('日朝平壌宣言')).toBe(6);
  });

  it('counts a character outside the Basic Multilingual Plane once, not twice', () => {
    expect('𠮷野家'.length).toBe(4);
    expect(codePointLength('𠮷野家')).toBe(3);
    expect(codePointLength('평화🕊️')).toBe(4); // dove + variation selector
    expect(codePointLength('👍🏽')).toBe(2); // thumbs up + skin tone: two code points, one grapheme
  });

  it('counts Hangul as one code point per syllable only once normalised to NFC', () => {
    const decomposed = '한'.normalize('NFD');
    expect(codePointLength(decomposed)).toBe(3);
    expect(codePointLength(toNfc(decomposed))).toBe(1);
  });
});

describe('utf16ToCodePoint', () => {
  const text = 'a𠮷b😀c';

  it('converts UTF-16 offsets on character boundaries', () => {
    expect([0, 1, 3, 4, 6, 7].map((i) => utf16ToCodePoint(text, i))).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('moves an offset inside a surrogate pair to the start of the character, or past it when asked', () => {
    expect(utf16ToCodePoint(text, 2)).toBe(1);
    expect(utf16ToCodePoint(text, 2, 'ceil')).toBe(2);
    expect(utf16ToCodePoint(text, 5, 'ceil')).toBe(4);
  });

  it('refuses an offset outside the text', () => {
    expect(() => utf16ToCodePoint(text, 8)).toThrow(RangeError);
    expect(() => utf16ToCodePoint(text, -1)).toThrow(RangeError);
  });
});

describe('codePointToUtf16', () => {
  it('converts code point offsets to UTF-16 offsets', () => {
    expect([0, 1, 2, 3, 4, 5].map((i) => codePointToUtf16('a𠮷b😀c', i))).toEqual([0, 1, 3, 4, 6, 7]);
  });

  it('refuses an offset past the end', () => {
    expect(() => codePointToUtf16('𠮷', 2)).toThrow(RangeError);
  });

  it('is the inverse of utf16ToCodePoint for every code point offset of any text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }).chain((text) => fc.tuple(fc.constant(text), fc.nat({ max: codePointLength(text) }))),
        ([text, offset]) => {
          expect(utf16ToCodePoint(text, codePointToUtf16(text, offset))).toBe(offset);
          expect(codePointLength(text)).toBe(Array.from(text).length);
        },
      ),
    );
  });
});

describe('sliceCodePoints', () => {
  it('cuts by code points, keeping astral characters whole', () => {
    expect(sliceCodePoints('𠮷野家で牛丼🍚を', 0, 1)).toBe('𠮷');
    expect(sliceCodePoints('𠮷野家で牛丼🍚を', 4, 7)).toBe('牛丼🍚');
    expect(sliceCodePoints('𠮷野家で牛丼🍚を', 7)).toBe('を');
  });
});
