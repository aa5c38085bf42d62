import { unstable_doesMiddlewareMatch } from 'next/experimental/testing/server';
import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { config, proxy } from './proxy';

const at = (path: string) => proxy(new NextRequest(`http://localhost:3000${path}`));

describe('proxy', () => {
  it('lets every well-formed address through, Korean and Japanese included', () => {
    for (const path of ['/documents/pyongyang-declaration', '/api/documents/%EC%A1%B0%EC%9D%BC', '/documents/x/print']) {
      expect(at(path).headers.get('x-middleware-next')).toBe('1');
    }
  });

  it('answers a reader page with broken percent-encoding with a 400 page that says why', async () => {
    const response = at('/documents/%E0%A4');
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('broken percent-encoded character');
  });

  it('answers the API in JSON', async () => {
    const response = at('/api/documents/%E0%A4');
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: expect.stringContaining('not valid') });
  });

  it('runs only for reader pages and API addresses that hold a percent sign', () => {
    for (const url of ['/api/documents/%E0%A4', '/documents/%E0%A4', '/api/documents/%EC%A1%B0%EC%9D%BC/annotations', '/documents/x%20y']) {
      expect(unstable_doesMiddlewareMatch({ config, url }), url).toBe(true);
    }
    for (const url of ['/api/documents/pyongyang-declaration/annotations', '/documents/pyongyang-declaration', '/api/health', '/', '/signin']) {
      expect(unstable_doesMiddlewareMatch({ config, url }), url).toBe(false);
    }
  });
});
