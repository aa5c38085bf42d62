import { describe, expect, it } from 'vitest';
import { anchorTarget, anchorToUtf16 } from '@/lib/anchoring/anchor-target';
import { sliceCodePoints } from '@/lib/anchoring/code-points';
import { describeSpan } from '@/lib/anchoring/selectors';

function select(text: string, exact: string, occurrence = 0) {
  let index = -1;
  for (let i = 0; i <= occurrence; i++) index = text.indexOf(exact, index + 1);
  if (index < 0) throw new Error(`"${exact}" not in text`);
  const start = Array.from(text.slice(0, index)).length;
  return describeSpan('p', text, start, start + Array.from(exact).length);
}

describe('anchorTarget', () => {
  it('finds the target where it was when the text did not change', () => {
    const text = '양측은 조일 국교정상화를 조속히 실현시키기 위하여';
    const target = select(text, '국교정상화');
    expect(anchorTarget(text, target)).toEqual({ status: 'anchored', start: 7, end: 12, moved: false });
  });

  it('finds the quote after the Korean text before it changed', () => {
    const target = select('양측은 조일 국교정상화를 조속히 실현시키기 위하여', '국교정상화');
    const edited = '쌍방은 이 선언에 제시된 정신과 기본원칙에 따라 조일 국교정상화를 조속히 실현시키기 위하여';
    const anchor = anchorTarget(edited, target);
    expect(anchor).toMatchObject({ status: 'anchored', moved: true });
    if (anchor.status === 'anchored') expect(sliceCodePoints(edited, anchor.start, anchor.end)).toBe('국교정상화');
  });

  it('counts the new position in code points when astral characters were added before the quote', () => {
    const target = select('日朝平壌宣言に署名した。', '平壌宣言');
    const edited = '🇯🇵🇰🇵 𠮷日朝平壌宣言に署名した。';
    expect(anchorTarget(edited, target)).toEqual({ status: 'anchored', start: 8, end: 12, moved: true });
    expect(anchorToUtf16(edited, { start: 8, end: 12 })).toEqual({ start: edited.indexOf('平壌宣言'), end: edited.indexOf('平壌宣言') + 4 });
  });

  it('tells a repeated Japanese phrase apart by its context, not by the old offset', () => {
    const text = '双方は、国交正常化を実現する。双方は、相互の信頼に基づき取り組む。';
    const target = select(text, '双方は', 1);
    // A sentence inserted before the passage starts with the same phrase, exactly at the old offset.
    const edited = '双方は、国交正常化を実現する。双方は、平和を守る。双方は、相互の信頼に基づき取り組む。';
    expect(anchorTarget(edited, target)).toEqual({ status: 'anchored', start: 25, end: 28, moved: true });
    expect(sliceCodePoints(edited, 25, 31)).toBe('双方は、相互');
  });

  it('picks the occurrence nearest the old position when the contexts agree alike', () => {
    const text = 'xab ab ab aby';
    const target = { start: 4, end: 6, exact: 'ab', prefix: 'xab ', suffix: ' ab aby' };
    expect(anchorTarget(text, target)).toEqual({ status: 'anchored', start: 4, end: 6, moved: false });
  });

  it('is uncertain, with the quote it found, when the quote is there but its context is not', () => {
    const target = select('Both sides confirmed the importance of establishing co-operative relationships', 'the importance');
    const edited = 'In short, the importance of all this was plain to every delegation';
    expect(anchorTarget(edited, target)).toEqual({ status: 'uncertain', start: 10, end: 24, moved: true, reason: 'context-changed', found: 'the importance' });
  });

  it('offers a close match where its context still agrees, as uncertain with the text found', () => {
    const target = select('Both sides confirmed the importance of establishing co-operative relationships', 'establishing co-operative');
    const edited = 'Both sides confirmed the importance of establishing cooperative relationships';
    expect(anchorTarget(edited, target)).toMatchObject({ status: 'uncertain', reason: 'quote-changed', found: 'establishing cooperative' });
  });

  it('stays anchored when only spacing changed, across a line break too', () => {
    const target = select('양측은 조일 국교정상화를 조속히 실현시키기 위하여', '국교정상화를 조속히');
    const edited = '양측은  조일 국교정상화를\n조속히 실현시키기 위하여';
    expect(anchorTarget(edited, target)).toEqual({ status: 'anchored', start: 8, end: 18, moved: true });
  });

  it('orphans a target whose quote is gone, even when similar words remain', () => {
    const target = select('Both sides confirmed the importance of establishing co-operative relationships', 'the importance');
    const edited = 'Both sides confirmed that it is important to establish co-operative relationships';
    expect(anchorTarget(edited, target)).toEqual({ status: 'orphaned', reason: 'quote-not-found' });
  });

  it('orphans a target whose segment text is gone', () => {
    expect(anchorTarget(undefined, select('平壌', '平壌'))).toEqual({ status: 'orphaned', reason: 'segment-missing' });
  });

  it('does not match half of an astral character', () => {
    const text = '𠮷';
    const damaged = { start: 0, end: 1, exact: text.slice(1), prefix: '', suffix: '' };
    expect(anchorTarget(text, damaged)).toEqual({ status: 'orphaned', reason: 'quote-not-found' });
  });
});
