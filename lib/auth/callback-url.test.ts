import { describe, expect, it } from 'vitest';
import { safeCallbackPath } from '@/lib/auth/callback-url';
import { signInErrorMessage } from '@/lib/auth/sign-in-errors';

describe('safeCallbackPath', () => {
  it('keeps a path on this site with its query and fragment', () => {
    expect(safeCallbackPath('/documents/pyongyang-declaration?langs=en,ko#s1-p2')).toBe('/documents/pyongyang-declaration?langs=en,ko#s1-p2');
  });

  it.each(['https://evil.example/', '//evil.example/x', '/\\evil.example', 'javascript:alert(1)', 'documents', '', undefined, 42])(
    'turns %s into the home page',
    (value) => expect(safeCallbackPath(value)).toBe('/'),
  );

  it('does not send the reader back to the sign-in or sign-up page', () => {
    expect(safeCallbackPath('/signin?callbackUrl=/x')).toBe('/');
    expect(safeCallbackPath('/signup')).toBe('/');
    expect(safeCallbackPath('/signing-manual')).toBe('/signing-manual');
  });
});

describe('signInErrorMessage', () => {
  it('gives the wait in seconds when the limit is spent', () => {
    expect(signInErrorMessage('RateLimited:37')).toBe('Too many attempts, try again in 37 seconds.');
  });

  it('explains a wrong email or password without saying which', () => {
    expect(signInErrorMessage('CredentialsSignin')).toMatch(/do not match an account/);
  });

  it('says nothing when there is no error, and something general for unknown codes', () => {
    expect(signInErrorMessage(null)).toBeNull();
    expect(signInErrorMessage('<script>')).toBe('Signing in did not work. Try again.');
  });
});
