import { describe, expect, it } from 'vitest';
import { notesCollapsed, notesCookieName, notesCookieString } from '@/lib/reader/notes-preference';

describe('the remembered Notes panel', () => {
  it('is collapsed only when the cookie says so', () => {
    expect(notesCollapsed('collapsed')).toBe(true);
    expect(notesCollapsed('open')).toBe(false);
    expect(notesCollapsed(undefined)).toBe(false);
    expect(notesCollapsed('Collapsed; evil')).toBe(false);
  });

  it('writes a cookie that reads back the same', () => {
    for (const collapsed of [true, false]) {
      const cookie = notesCookieString(collapsed, false);
      const [pair] = cookie.split('; ');
      const [name, value] = pair!.split('=');
      expect(name).toBe(notesCookieName);
      expect(notesCollapsed(value)).toBe(collapsed);
      expect(cookie).toContain('Path=/');
      expect(cookie).not.toContain('Secure');
    }
    expect(notesCookieString(true, true)).toMatch(/; Secure$/);
  });
});
