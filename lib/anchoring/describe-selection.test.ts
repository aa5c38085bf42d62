import { describe, expect, it } from 'vitest';
import { describeSelection } from '@/lib/anchoring/describe-selection';

describe('describeSelection', () => {
  it('makes one target per segment of a selection across three segments, in order', () => {
    const segments = [
      { segmentId: 's2-p1', text: '2. 일본측은 과거 식민지 지배로 인하여' },
      { segmentId: 's2-p2', text: '쌍방은 국교 정상화 후' },
      { segmentId: 's2-p3', text: '쌍방은 재산 및 청구권을 상호 포기한다.' },
    ];
    const targets = describeSelection([
      { ...segments[0]!, start: segments[0]!.text.indexOf('과거'), end: segments[0]!.text.length },
      { ...segments[1]!, start: 0, end: segments[1]!.text.length },
      { ...segments[2]!, start: 0, end: 3 },
    ]);
    expect(targets.map((t) => [t.segmentId, t.start, t.end, t.exact])).toEqual([
      ['s2-p1', 8, 22, '과거 식민지 지배로 인하여'],
      ['s2-p2', 0, 12, '쌍방은 국교 정상화 후'],
      ['s2-p3', 0, 3, '쌍방은'],
    ]);
  });

  it('converts UTF-16 offsets of the browser into code points', () => {
    const text = '🙂🙂 𠮷野で会談';
    const start = text.indexOf('𠮷');
    const [target] = describeSelection([{ segmentId: 'p', text, start, end: start + '𠮷野'.length }]);
    expect(target).toMatchObject({ start: 3, end: 5, exact: '𠮷野', prefix: '🙂🙂 ', suffix: 'で会談' });
  });

  it('never cuts an astral character in two, and leaves out whitespace at the edges', () => {
    const text = '平壌で 𠮷 と\n';
    const [target] = describeSelection([{ segmentId: 'p', text, start: 3, end: 5 }]);
    expect(target).toMatchObject({ exact: '𠮷', start: 4, end: 5 });
  });

  it('gives no target for a span of nothing but whitespace, and accepts a backwards selection', () => {
    expect(describeSelection([{ segmentId: 'p', text: 'a \n b', start: 1, end: 4 }])).toEqual([]);
    expect(describeSelection([{ segmentId: 'p', text: 'abc', start: 3, end: 1 }])).toMatchObject([{ exact: 'bc' }]);
  });
});
