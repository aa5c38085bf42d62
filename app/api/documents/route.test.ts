// The documents API on the real content/ folder: every language comes with its provenance, in the
// list as in one document, so that no client can show our translation as the authentic text.
import { describe, expect, it } from 'vitest';
import { GET as list } from '@/app/api/documents/route';
import { GET as one } from '@/app/api/documents/[slug]/route';

const slugParams = (slug: string) => ({ params: Promise.resolve({ slug }) });

describe('GET /api/documents', () => {
  it('lists every document with each language’s source and status', async () => {
    const { documents } = await (await list()).json();
    const declaration = documents.find((d: { slug: string }) => d.slug === 'pyongyang-declaration');
    expect(declaration.segmentCount).toBeGreaterThan(10);
    expect(declaration.languages.map((l: { code: string; status: string }) => `${l.code} ${l.status}`)).toEqual([
      'en official-translation',
      'ko working-translation',
      'ja working-translation',
    ]);
    for (const language of declaration.languages) expect(language.source).toEqual(expect.any(String));
  });
});

describe('GET /api/documents/<slug>', () => {
  it('gives the same provenance as the list, and the segments in order with every language’s text', async () => {
    const { documents } = await (await list()).json();
    const response = await one(new Request('http://localhost/api/documents/pyongyang-declaration'), slugParams('pyongyang-declaration'));
    const document = await response.json();
    expect(document.languages).toEqual(documents.find((d: { slug: string }) => d.slug === 'pyongyang-declaration').languages);
    expect(document.segments[0]).toMatchObject({ id: 'title', texts: { en: expect.any(String), ko: '조일평양선언', ja: '日朝平壌宣言' } });
  });

  it('gives the aligned phrases, each with its passage and its place in code points in every language', async () => {
    const response = await one(new Request('http://localhost/api/documents/pyongyang-declaration'), slugParams('pyongyang-declaration'));
    const { alignments, segments } = await response.json();
    expect(alignments.length).toBeGreaterThanOrEqual(40);
    const apology = alignments.find((a: { id: string }) => a.id === 'apology');
    expect(apology).toEqual({
      id: 'apology',
      segmentId: 's2-p1',
      spans: {
        en: { start: expect.any(Number), end: expect.any(Number), exact: 'deep remorse and heartfelt apology' },
        ko: { start: expect.any(Number), end: expect.any(Number), exact: '통절한 반성과 마음으로부터의 사죄' },
        ja: { start: expect.any(Number), end: expect.any(Number), exact: '痛切な反省と心からのお詫び' },
      },
    });
    const text = [...segments.find((s: { id: string }) => s.id === 's2-p1').texts.ja];
    expect(text.slice(apology.spans.ja.start, apology.spans.ja.end).join('')).toBe('痛切な反省と心からのお詫び');
  });

  it('answers an unknown document with a 404 in JSON', async () => {
    const response = await one(new Request('http://localhost/api/documents/nope'), slugParams('nope'));
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: expect.any(String) });
  });
});
