import { describe, expect, it } from 'vitest';
import { panelTabOf, tabAfterKey, withPanelTab } from '@/lib/annotations/client/panel-tab';

describe('panelTabOf and withPanelTab', () => {
  it('reads the key terms tab from the address, and anything else as the notes tab', () => {
    expect(panelTabOf(new URLSearchParams('langs=en,ja&panel=terms'))).toBe('terms');
    expect(panelTabOf(new URLSearchParams('panel=nonsense'))).toBe('notes');
    expect(panelTabOf(new URLSearchParams(''))).toBe('notes');
  });

  it('writes the key terms tab beside the other parameters, and the notes tab as nothing', () => {
    const params = new URLSearchParams('langs=en,ja&witness=ja.first&q=apology');
    expect(withPanelTab(params, 'terms').toString()).toBe('langs=en%2Cja&witness=ja.first&q=apology&panel=terms');
    expect(withPanelTab(withPanelTab(params, 'terms'), 'notes').toString()).toBe('langs=en%2Cja&witness=ja.first&q=apology');
  });
});

describe('tabAfterKey', () => {
  it('moves with the arrows, wrapping at the ends, and jumps with Home and End', () => {
    expect(tabAfterKey('notes', 'ArrowRight')).toBe('terms');
    expect(tabAfterKey('terms', 'ArrowRight')).toBe('notes');
    expect(tabAfterKey('notes', 'ArrowLeft')).toBe('terms');
    expect(tabAfterKey('terms', 'Home')).toBe('notes');
    expect(tabAfterKey('notes', 'End')).toBe('terms');
    expect(tabAfterKey('notes', 'Enter')).toBeUndefined();
  });
});
