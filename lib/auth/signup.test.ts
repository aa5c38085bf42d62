import { describe, expect, it } from 'vitest';
import { passwordMessages } from '@/lib/auth/password';
import { validateSignUp } from '@/lib/auth/signup';

const good = { email: 'Hana.Kim@Example.org ', name: ' Hana Kim ', password: 'pyongyang-2002' };

describe('validateSignUp', () => {
  it('accepts a good sign-up and normalises email and name', () => {
    expect(validateSignUp(good)).toEqual({ ok: true, data: { email: 'hana.kim@example.org', name: 'Hana Kim', password: 'pyongyang-2002' } });
  });

  it('names every password rule that is broken, under the password field', () => {
    const result = validateSignUp({ ...good, password: 'abc123' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors).toEqual({ password: [passwordMessages.tooShort, passwordMessages.common] });
  });

  it.each([
    ['on the common list', 'password12'],
    ['on the common list with a letter at the end', '1234567890a'],
    ['on the common list whatever its case', 'QwertyUIOP'],
  ])('refuses a password %s', (_, password) => {
    const result = validateSignUp({ ...good, password });
    expect(!result.ok && result.fieldErrors.password).toEqual([passwordMessages.common]);
  });

  it('counts characters without the spaces at either end', () => {
    for (const password of [' '.repeat(10), '  short-pw  ']) {
      const result = validateSignUp({ ...good, password });
      expect(!result.ok && result.fieldErrors.password).toContain(passwordMessages.tooShort);
    }
    // Kept as typed: the spaces are part of what is hashed.
    expect(validateSignUp({ ...good, password: ' pyongyang-2002 ' })).toMatchObject({ ok: true, data: { password: ' pyongyang-2002 ' } });
  });

  it('accepts the demo account’s and the journeys’ passwords, and a phrase of letters only', () => {
    for (const password of ['accord-demo-2002', 'pyongyang-2002-reading', '가나다라마바사아자차', 'correct horse battery staple']) {
      expect(validateSignUp({ ...good, password }).ok, password).toBe(true);
    }
  });

  it('refuses a password longer than 200 characters', () => {
    const result = validateSignUp({ ...good, password: `a1${'x'.repeat(199)}` });
    expect(!result.ok && result.fieldErrors.password).toEqual([passwordMessages.tooLong]);
  });

  it('refuses a bad email and an empty name, each under its own field', () => {
    const result = validateSignUp({ ...good, email: 'not an email', name: '   ' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors.email).toEqual(['Enter a valid email address']);
    expect(result.fieldErrors.name).toEqual(['Enter the name other readers will see']);
    expect(result.fieldErrors.password).toBeUndefined();
  });

  it('refuses a name with a broken character, a NUL or a line break, which would follow every note of theirs', () => {
    for (const [name, message] of [
      ['Hana\ud800', 'Name contains a broken character (a lone surrogate)'],
      ['Hana\u0000', 'Name contains a NUL character (U+0000), which cannot be stored'],
      ['Hana\nKim', 'Name must be one line, without control characters'],
    ]) {
      const result = validateSignUp({ ...good, name });
      expect(!result.ok && result.fieldErrors.name).toEqual([message]);
    }
    expect(validateSignUp({ ...good, name: '𠮷'.repeat(100) }).ok).toBe(true);
  });

  it('refuses missing fields and wrong types', () => {
    const result = validateSignUp({ email: 5 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors).sort()).toEqual(['email', 'name', 'password']);
    expect(validateSignUp(null).ok).toBe(false);
  });
});
