import { describe, expect, it } from 'vitest';
import { sampleDocument } from '@/lib/export/fixtures/sample';
import { annotationIri, readerLink, replyIri } from '@/lib/export/links';

// The addresses are built from prefixes resolved once per base URL: they must be what the URL
// parser gives for the whole address, whichever base URL came before.
const parsed = (path: string, baseUrl: string) => new URL(path, baseUrl).toString();

describe('export addresses', () => {
  it('are what the URL parser makes of the whole address, as the base URL changes between calls', () => {
    const id = '605ded7e-5d88-4105-842f-0000000066f9';
    for (const baseUrl of ['http://localhost:3000', 'https://accord.example.org/', 'http://localhost:3000', 'https://Example.ORG:443/app']) {
      expect(annotationIri(baseUrl, id)).toBe(parsed(`/api/annotations/${id}`, baseUrl));
      expect(replyIri(baseUrl, id)).toBe(parsed(`/api/replies/${id}`, baseUrl));
    }
  });

  it('leave ids that the parser would rewrite to the parser', () => {
    for (const id of ['..', '.', 'a b', 'é', '%2e']) {
      expect(annotationIri('http://localhost:3000', id)).toBe(parsed(`/api/annotations/${encodeURIComponent(id)}`, 'http://localhost:3000'));
    }
  });

  it('open the reader in the annotation’s language first, on the base URL of the call', () => {
    const [first, second] = sampleDocument.languages.map((l) => l.code);
    expect(readerLink('http://a.test', sampleDocument, second!, 'p1')).toBe(
      `http://a.test/documents/${sampleDocument.slug}?langs=${[second, ...sampleDocument.languages.map((l) => l.code).filter((c) => c !== second)].join(',')}#p1`,
    );
    expect(readerLink('http://b.test', sampleDocument, first!, 'p 2')).toMatch(
      new RegExp(`^http://b\\.test/documents/${sampleDocument.slug}\\?langs=${first},.*#p%202$`),
    );
    expect(readerLink('http://b.test', sampleDocument, 'xx', 'p1')).toBe(
      `http://b.test/documents/${sampleDocument.slug}?langs=${sampleDocument.languages.map((l) => l.code).join(',')}#p1`,
    );
  });
});
