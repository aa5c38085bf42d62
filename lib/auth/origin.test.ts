import { afterEach, describe, expect, it, vi } from 'vitest';
import { hasSameOrigin, isSameOrigin } from '@/lib/auth/origin';

function post(origin: string | null, host = 'localhost:3000', url = 'http://localhost:3000/api/x') {
  const headers = new Headers({ host });
  if (origin !== null) headers.set('origin', origin);
  return new Request(url, { method: 'POST', headers });
}

afterEach(() => vi.unstubAllEnvs());

describe('isSameOrigin with NEXTAUTH_URL set', () => {
  it('accepts the exact origin of NEXTAUTH_URL', () => {
    vi.stubEnv('NEXTAUTH_URL', 'https://accord.example/some/path');
    expect(isSameOrigin(post('https://accord.example', 'accord.example'))).toBe(true);
  });

  it('refuses another origin even when Host matches it', () => {
    vi.stubEnv('NEXTAUTH_URL', 'https://accord.example');
    expect(isSameOrigin(post('https://evil.example', 'evil.example'))).toBe(false);
  });

  it('refuses another scheme or port', () => {
    vi.stubEnv('NEXTAUTH_URL', 'https://accord.example');
    expect(isSameOrigin(post('http://accord.example', 'accord.example'))).toBe(false);
    expect(isSameOrigin(post('https://accord.example:8443', 'accord.example'))).toBe(false);
  });

  it('refuses a look-alike that only starts with the origin', () => {
    vi.stubEnv('NEXTAUTH_URL', 'https://accord.example');
    expect(isSameOrigin(post('https://accord.example.evil.example'))).toBe(false);
  });
});

describe('isSameOrigin without NEXTAUTH_URL', () => {
  it('accepts the origin named by Host', () => {
    vi.stubEnv('NEXTAUTH_URL', '');
    expect(isSameOrigin(post('http://localhost:3000'))).toBe(true);
  });

  it('refuses a different origin', () => {
    vi.stubEnv('NEXTAUTH_URL', '');
    expect(isSameOrigin(post('http://localhost:4000'))).toBe(false);
  });

  it('refuses when there is no Host to compare with', () => {
    vi.stubEnv('NEXTAUTH_URL', '');
    const request = new Request('http://localhost:3000/api/x', { method: 'POST', headers: { origin: 'http://localhost:3000' } });
    expect(isSameOrigin(request)).toBe(false);
  });
});

describe('missing or opaque Origin', () => {
  it('refuses a request with no Origin header', () => {
    vi.stubEnv('NEXTAUTH_URL', 'http://localhost:3000');
    expect(isSameOrigin(post(null))).toBe(false);
  });

  it('refuses Origin: null', () => {
    vi.stubEnv('NEXTAUTH_URL', 'http://localhost:3000');
    expect(isSameOrigin(post('null'))).toBe(false);
  });

  it('applies the same rule to bare headers (Server Actions)', () => {
    vi.stubEnv('NEXTAUTH_URL', 'http://localhost:3000');
    expect(hasSameOrigin(new Headers({ origin: 'http://localhost:3000' }))).toBe(true);
    expect(hasSameOrigin(new Headers({ host: 'localhost:3000' }))).toBe(false);
  });
});
