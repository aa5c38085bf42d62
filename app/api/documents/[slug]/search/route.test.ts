// The search API on the real content/ folder.
import { describe, expect, it } from 'vitest';
import { GET } from '@/app/api/documents/[slug]/search/route';

async function search(query: string, slug = 'pyongyang-declaration') {
  const response = await GET(new Request(`http://localhost/api/documents/${slug}/search?${query}`), { params: Promise.resolve({ slug }) });
  return { status: response.status, json: await response.json() };
}

describe('GET /api/documents/<slug>/search', () => {
  it('gives each hit in context with its counterparts', async () => {
    const { status, json } = await search(`language=ko&q=${encodeURIComponent('사죄')}`);
    expect(status).toBe(200);
    expect(json.hits).toHaveLength(1);
    expect(json.hits[0]).toMatchObject({ segmentId: 's2-p1', match: '사죄' });
    expect(json.hits[0].counterparts.map((c: { exact: string }) => c.exact)).toEqual(['deep remorse and heartfelt apology', '痛切な反省と心からのお詫び']);
  });

  it('refuses a missing or multi-line word with 400, and an unknown language or document with 404', async () => {
    expect((await search('language=ja&q=')).status).toBe(400);
    expect((await search('language=ja&q=a%0Ab')).status).toBe(400);
    expect((await search('language=fr&q=paix')).status).toBe(404);
    expect((await search('language=ja&q=x', 'nope')).status).toBe(404);
  });

  it('searches a named text of the language, refusing a malformed name with 400 and a text the language lacks with 404', async () => {
    const own = await search(`language=en&q=apology&witness=default`);
    expect(own.status).toBe(200);
    expect(own.json).toMatchObject({ witness: 'default', hits: [{ segmentId: 's2-p1' }] });
    const malformed = await search('language=ja&q=x&witness=Bad.Name');
    expect(malformed.status).toBe(400);
    expect(JSON.stringify(malformed.json)).toContain('witness');
    const unknown = await search('language=ja&q=x&witness=working');
    expect(unknown.status).toBe(404);
    expect(unknown.json.error).toContain('it has default');
  });
});
