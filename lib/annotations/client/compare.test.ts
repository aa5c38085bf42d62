import { describe, expect, it } from 'vitest';
import { answerRefusal, compareDraft, draftLanguages } from '@/lib/annotations/client/compare';

const span = (segmentId: string, exact: string, start = 0) => ({ segmentId, start, end: start + Array.from(exact).length, exact, prefix: '', suffix: '' });
const english = { language: 'en', targets: [span('s2-p1', 'deep remorse and heartfelt apology', 180)] };
const japanese = { language: 'ja', targets: [span('s2-p1', '痛切な反省と心からのお詫び', 60)] };

describe('compareDraft', () => {
  it('makes one draft in the first column’s language, each span with its column, the first words first', () => {
    const draft = compareDraft(english, japanese);
    expect(draft.language).toBe('en');
    expect(draft.targets.map((t) => [t.language, t.exact])).toEqual([
      ['en', 'deep remorse and heartfelt apology'],
      ['ja', '痛切な反省と心からのお詫び'],
    ]);
    expect(draftLanguages(draft)).toEqual(['en', 'ja']);
  });

  it('takes a third language after the second', () => {
    const korean = { language: 'ko', targets: [span('s2-p1', '통절한 반성과 마음으로부터의 사죄', 40)] };
    const both = compareDraft(english, japanese);
    expect(answerRefusal(both, korean)).toBeNull();
    expect(draftLanguages(compareDraft(both, korean))).toEqual(['en', 'ja', 'ko']);
  });
});

describe('answerRefusal', () => {
  it('refuses an answer in the column being compared, or in one already answered', () => {
    expect(answerRefusal(english, { ...english })).toBe('sameColumn');
    expect(answerRefusal(compareDraft(english, japanese), japanese)).toBe('alreadyQuoted');
    expect(answerRefusal(english, japanese)).toBeNull();
  });
});
