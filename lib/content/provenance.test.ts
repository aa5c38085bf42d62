import { describe, expect, it } from 'vitest';
import { noteBesideStatus } from '@/lib/content/provenance';

describe('noteBesideStatus', () => {
  it('drops a restatement of the status and keeps what the note adds', () => {
    expect(
      noteBesideStatus('Working translation from the English, not the authentic text. The authentic texts are in Japanese and Korean.', 'working-translation'),
    ).toBe('The authentic texts are in Japanese and Korean.');
  });

  it('keeps a note that says something else', () => {
    expect(noteBesideStatus('Provisional translation by the Ministry', 'official-translation')).toBe('Provisional translation by the Ministry');
  });

  it('has nothing to show when the note only restates the status', () => {
    expect(noteBesideStatus('Working translation from the English, not the authentic text.', 'working-translation')).toBeUndefined();
    expect(noteBesideStatus(undefined, 'authentic')).toBeUndefined();
  });
});
