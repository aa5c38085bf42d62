import { describe, expect, it } from 'vitest';
import { contextLength, describeSpan, positionSelector, quoteSelector } from '@/lib/anchoring/selectors';

describe('describeSpan', () => {
  it('describes a Korean passage by position and quote', () => {
    const text = '양측은 평양에서 만나 회담을 가졌다.';
    expect(describeSpan('preamble-1', text, 4, 8)).toEqual({
      segmentId: 'preamble-1',
      start: 4,
      end: 8,
      exact: '평양에서',
      prefix: '양측은 ',
      suffix: ' 만나 회담을 가졌다.',
    });
  });

  it(`keeps ${contextLength} code points of context on each side, counting an astral character once`, () => {
    const before = '🙂'.repeat(40);
    const after = '𠮷'.repeat(40);
    const span = describeSpan('s', `${before}日朝${after}`, 40, 42);
    expect(span.exact).toBe('日朝');
    expect(Array.from(span.prefix)).toHaveLength(contextLength);
    expect(span.prefix).toBe('🙂'.repeat(contextLength));
    expect(span.suffix).toBe('𠮷'.repeat(contextLength));
  });

  it('refuses an empty span or one outside the text', () => {
    expect(() => describeSpan('s', 'abc', 1, 1)).toThrow(RangeError);
    expect(() => describeSpan('s', '𠮷', 0, 2)).toThrow(RangeError);
  });
});

describe('the W3C selector objects', () => {
  it('are plain tagged objects', () => {
    const span = describeSpan('s', 'ab𠮷cd', 2, 3);
    expect(positionSelector(span)).toEqual({ type: 'TextPositionSelector', start: 2, end: 3 });
    expect(quoteSelector(span)).toEqual({ type: 'TextQuoteSelector', exact: '𠮷', prefix: 'ab', suffix: 'cd' });
  });
});
