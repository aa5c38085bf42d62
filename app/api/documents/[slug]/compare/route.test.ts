// The compare API on a fixture document with two Japanese texts.
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { GET } from '@/app/api/documents/[slug]/compare/route';
import { loadDocument, type DocumentContent } from '@/lib/content';

const state = vi.hoisted(() => ({ document: undefined as DocumentContent | undefined }));
vi.mock('@/lib/data/documents', () => ({ getDocument: async (slug: string) => (state.document?.slug === slug ? state.document : undefined) }));

beforeAll(async () => {
  state.document = await loadDocument(path.resolve(import.meta.dirname, '../../../../../lib/content/fixtures/two-witnesses'));
});

async function compare(query: string, slug = 'two-witnesses') {
  const response = await GET(new Request(`http://localhost/api/documents/${slug}/compare?${query}`), { params: Promise.resolve({ slug }) });
  return { status: response.status, json: await response.json() };
}

describe('GET /api/documents/<slug>/compare', () => {
  it('names the changed passages with a word-level difference', async () => {
    const { status, json } = await compare('language=ja&a=first&b=default');
    expect(status).toBe(200);
    expect(json.segments.map((s: { segmentId: string; changed: boolean }) => [s.segmentId, s.changed])).toEqual([
      ['title', false],
      ['p1', false],
      ['p2', true],
    ]);
    expect(json.segments[2].diff).toContainEqual({ op: 'insert', text: '痛切な' });
  });

  it('answers a text that does not exist with 404 naming the texts there are, and bad parameters with 400', async () => {
    const missing = await compare('language=ja&a=first&b=authentic');
    expect(missing.status).toBe(404);
    expect(missing.json.error).toContain('"ja" has the texts default, first');
    expect((await compare('language=ko&a=default&b=default')).status).toBe(404);
    expect((await compare('language=ja&a=first&b=default', 'nope')).status).toBe(404);
    const bad = await compare('language=ja&a=First!');
    expect(bad.status).toBe(400);
    expect(bad.json.issues.map((i: { path: string }) => i.path).sort()).toEqual(['a', 'b']);
    expect((await compare('language=ja&a=first&b=default&extra=1')).status).toBe(400);
  });
});
