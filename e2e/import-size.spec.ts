// The import's size limit on the real server, where Next.js hands a route at most the first 10 MB
// of a body whenever its proxy runs for the request: the import route reads its body as a stream
// and the proxy never runs for it, so the documented 20 MB hold, and a larger file gets a 413.
import { annotate, createReader, slug } from './annotate-helpers';
import { expect, test } from './fixtures';

const MB = 1024 * 1024;

test('a valid 11.5 MB file imports whole, and one over 20 MB is refused with 413 naming the limit', async ({ baseURL }) => {
  const reader = await createReader(baseURL!, 'Mina Seo');
  await annotate(reader, { segmentId: 'preamble-1', language: 'en', exact: 'Pyongyang', visibility: 'private' });
  const exported = await reader.api.get(`/api/documents/${slug}/export?format=jsonld&scope=mine`);
  expect(exported.status()).toBe(200);
  const file = (await exported.json()) as Record<string, unknown>;

  // An extension property (the model allows them) makes the file large without more notes.
  const padded = (bytes: number) => JSON.stringify({ ...file, 'accord:padding': 'x'.repeat(bytes) });
  const post = (body: string) =>
    reader.api.post(`/api/documents/${slug}/import`, { headers: { 'content-type': 'application/ld+json' }, data: Buffer.from(body) });

  const large = padded(11.5 * MB);
  const imported = await post(large);
  expect(imported.status(), (await imported.text()).slice(0, 300)).toBe(200);
  // Read whole (a body cut at 10 MB is not JSON); its one note is the reader's own, already here.
  expect(await imported.json()).toMatchObject({ imported: 0, alreadyHere: 1 });

  const tooLarge = await post(padded(21 * MB));
  expect(tooLarge.status()).toBe(413);
  expect((await tooLarge.json()).error).toMatch(/20 MB/);
});
