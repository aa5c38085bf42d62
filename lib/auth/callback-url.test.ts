import { describe, expect, it } from 'vitest';
import { safeCallbackPath } from '@/lib/auth/callback-url';
import { signInError } from '@/lib/auth/sign-in-errors';

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

describe('signInError', () => {
  it('gives the wait in seconds when the limit is spent', () => {
    expect(signInError('RateLimited:37')).toEqual({ key: 'rateLimited', seconds: 37 });
  });

  it('explains a wrong email or password without saying which', () => {
    expect(signInError('CredentialsSignin')).toEqual({ key: 'credentials' });
  });

  it('says nothing when there is no error, and something general for unknown codes', () => {
    expect(signInError(null)).toBeNull();
    expect(signInError('<script>')).toEqual({ key: 'other' });
    expect(signInError('toString')).toEqual({ key: 'other' });
  });
});
