import { unstable_doesMiddlewareMatch } from 'next/experimental/testing/server';
import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import type { NextConfig } from 'next';
// @ts-expect-error -- next.config.js is plain JavaScript, without a declaration file.
import nextConfigFile from './next.config.js';
import { config, proxy } from './proxy';

const nextConfig = nextConfigFile as NextConfig;

const at = (path: string) => proxy(new NextRequest(`http://localhost:3000${path}`));
const matches = (url: string, headers?: Record<string, string>) => unstable_doesMiddlewareMatch({ config, url, headers });

describe('proxy', () => {
  it('lets every well-formed address through, Korean and Japanese included', async () => {
    for (const path of ['/documents/pyongyang-declaration', '/api/documents/%EC%A1%B0%EC%9D%BC', '/documents/background/print', '/signin']) {
      expect((await at(path)).headers.get('x-middleware-next'), path).toBe('1');
    }
  });

  it('sends the pages of a document that is not in content/ to an address no route serves, so that the 404 page is rendered whole', async () => {
    for (const path of ['/documents/no-such-document', '/documents/x/print', '/documents/%EC%A1%B0%EC%9D%BC']) {
      const response = await at(path);
      expect(response.headers.get('x-middleware-rewrite'), path).toBe('http://localhost:3000/documents-not-found');
      expect(response.headers.get('content-security-policy')).toContain("'strict-dynamic'");
    }
  });

  it('gives each page a policy with a fresh nonce, on the response and on the request Next.js renders', async () => {
    const policies = await Promise.all(
      ['/', '/documents/pyongyang-declaration'].map(async (path) => {
        const response = await at(path);
        const policy = response.headers.get('content-security-policy')!;
        expect(response.headers.get('x-middleware-request-content-security-policy')).toBe(policy);
        return policy;
      }),
    );
    const nonces = policies.map((policy) => policy.match(/'nonce-([A-Za-z0-9+/=]{24})'/)?.[1]);
    expect(nonces[0]).toBeTruthy();
    expect(nonces[0]).not.toBe(nonces[1]);
    for (const directive of [
      "script-src 'nonce-",
      "'strict-dynamic'",
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
      "form-action 'self'",
      "img-src 'self' data:",
    ]) {
      expect(policies[0]).toContain(directive);
    }
    expect(policies[0]).not.toContain('unsafe-eval');
  });

  it('answers a reader page with broken percent-encoding with a 400 page that says why', async () => {
    const response = await at('/documents/%E0%A4');
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('broken percent-encoded character');
  });

  it('answers the API in JSON', async () => {
    const response = await at('/api/documents/%E0%A4');
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: expect.stringContaining('not valid') });
  });

  it('runs for pages and for API addresses that hold a percent sign, never for an import, the rest of the API or built files', () => {
    for (const url of ['/', '/signin', '/documents/pyongyang-declaration', '/documents/x/print', '/ns/annotation', '/no-such-page', '/api/documents/%E0%A4']) {
      expect(matches(url), url).toBe(true);
    }
    for (const url of [
      '/api/documents/pyongyang-declaration/annotations',
      '/api/documents/pyongyang-declaration/import',
      '/api/health',
      '/_next/static/chunks/main.js',
      '/icon.svg',
    ]) {
      expect(matches(url), url).toBe(false);
    }
    expect(matches('/documents/pyongyang-declaration', { 'next-router-prefetch': '1' })).toBe(false);
  });
});

describe('next.config.js headers', () => {
  it('switches off unused browser features everywhere, and lets API answers load nothing', async () => {
    const rules = await nextConfig.headers!();
    const all = rules.find((rule) => rule.source === '/:path*')!.headers;
    const permissions = all.find((h) => h.key === 'Permissions-Policy')?.value.split(', ');
    expect(permissions).toEqual(expect.arrayContaining(['camera=()', 'microphone=()', 'geolocation=()', 'payment=()']));
    expect(all.some((h) => h.key === 'Content-Security-Policy')).toBe(false);
    const api = rules.find((rule) => rule.source === '/api/:path*')!.headers;
    expect(api).toEqual([{ key: 'Content-Security-Policy', value: "default-src 'none'; frame-ancestors 'none'" }]);
  });
});
