import { NextRequest } from 'next/server';
import { describe, expect, it, vi } from 'vitest';

// The sign-in limits as they are while the database restarts.
vi.mock('@/lib/auth/rate-limit', () => ({
  accountKey: (email: string) => email,
  clientAddress: () => '203.0.113.7',
  attemptLimiters: () => ({
    signIn: {
      retryAfter: async () => {
        throw Object.assign(new Error('the database system is starting up'), { code: '57P03' });
      },
    },
  }),
}));
vi.mock('@/lib/auth/options', () => ({ authOptions: () => ({}) }));

describe('POST /api/auth/callback/credentials', () => {
  it('answers 503 with Retry-After in next-auth’s { url } shape, naming the outage, while the limits cannot be read', async () => {
    const { POST } = await import('@/app/api/auth/[...nextauth]/route');
    const request = new NextRequest('http://localhost:3000/api/auth/callback/credentials', {
      method: 'POST',
      body: new URLSearchParams({ email: 'a@example.org', password: 'x', csrfToken: 't', json: 'true' }),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    const response = await POST(request, { params: Promise.resolve({ nextauth: ['callback', 'credentials'] }) });
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('2');
    expect(new URL((await response.json()).url).searchParams.get('error')).toBe('Unavailable');
  });
});
