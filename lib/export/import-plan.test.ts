import { describe, expect, it } from 'vitest';
import { exportJsonLd } from '@/lib/export/jsonld';
import { collect, sampleAnnotations, sampleDocument, streamOf } from '@/lib/export/fixtures/sample';
import { parseAnnotationFile } from '@/lib/export/import-parse';
import { planImport, skipReasons } from '@/lib/export/import-plan';

const options = {
  document: sampleDocument,
  baseUrl: 'https://accord.test',
  filter: { scope: 'visible' as const },
  exportedAt: new Date('2026-11-23T09:30:00Z'),
};

async function exportedFile() {
  return JSON.parse(await collect(exportJsonLd(options, streamOf(sampleAnnotations))));
}

// Someone who wrote nothing in the sample; tests that import as Alice or Bob say so.
const carol = '33333333-3333-4333-8333-333333333333';

function plan(file: unknown, importerId = carol) {
  const parsed = parseAnnotationFile(file);
  const planned = planImport(sampleDocument, parsed, importerId, new Date('2026-12-01T00:00:00Z'));
  return { ...planned.plan, problems: [...parsed.problems, ...planned.problems] };
}

const item = (overrides: Record<string, unknown> = {}) => ({
  id: 'https://other.example/anno/1',
  type: 'Annotation',
  motivation: 'highlighting',
  target: {
    source: { id: 'https://other.example/documents/sample-declaration#s1-p1', language: 'ko' },
    selector: [
      { type: 'TextQuoteSelector', exact: '평양에서', prefix: '1. 양측은 ', suffix: ' 만나' },
      { type: 'TextPositionSelector', start: 7, end: 11 },
    ],
  },
  ...overrides,
});

const alice = '11111111-1111-4111-8111-111111111111';
const bob = '22222222-2222-4222-8222-222222222222';

describe('planImport of our own export', () => {
  it('keeps quotes, selectors, comments, tags, colours, visibility and dates', async () => {
    const result = plan(await exportedFile(), alice);
    expect(result.problems).toEqual([]);
    expect(result.annotations).toHaveLength(3);
    const [japanese, korean] = result.annotations;
    const original = sampleAnnotations[0]!;
    expect(japanese).toMatchObject({
      language: 'ja',
      color: 'yellow',
      comment: original.comment,
      tags: original.tags,
      visibility: 'shared',
      createdAt: new Date(original.createdAt),
      updatedAt: new Date(original.updatedAt),
      sourceId: `https://accord.test/api/annotations/${original.id}`,
      credit: null,
    });
    const { segmentPosition: _p, anchor: _a, ...selector } = original.targets[0]!;
    expect(japanese!.targets).toEqual([selector]);
    expect(korean!.targets).toHaveLength(2);
    expect(korean!.visibility).toBe('private');
  });

  it('keeps an orphan the exporter marked as such, with its quote, saying how it will stand', async () => {
    const result = plan(await exportedFile());
    expect(result.annotations[2]!.targets[0]).toMatchObject({ exact: 'They disagreed', segmentId: 's1-p2' });
    // Its quote is in the text with other words around it: the reader will offer it, uncertain.
    expect(result.annotations.map((a) => a.status)).toEqual(['anchored', 'anchored', 'uncertain']);
  });

  it('takes the importer’s own replies, and skips others’ under a note that stays shared, saying why', async () => {
    const result = plan(await exportedFile(), alice);
    expect(result.annotations[0]!.replies).toEqual([
      {
        body: 'Thanks!',
        createdAt: new Date('2026-11-20T12:00:00.000Z'),
        updatedAt: new Date('2026-11-20T12:00:00.000Z'),
        sourceId: 'https://accord.test/api/replies/bbbbbbbb-0000-4000-8000-000000000002',
        via: [],
        creator: `urn:uuid:${alice}`,
        credit: null,
      },
    ]);
    // Bob's reply to Alice's shared note, and Alice's reply under Bob's deleted annotation.
    expect(result.skippedReplies).toBe(2);
    expect(result.skippedReasons).toEqual({ [skipReasons.othersUnderShared]: 1, [skipReasons.deleted]: 1 });
    expect(result.skippedDeleted).toBe(1);
  });
});

describe('planImport of someone else’s export', () => {
  it('makes every note private to the importer and credits its author, name, id and date', async () => {
    const result = plan(await exportedFile(), carol);
    expect(result.annotations.map((a) => [a.visibility, a.credit?.creatorName])).toEqual([
      ['private', 'Alice Kim'],
      ['private', 'Alice Kim'],
      ['private', 'Bob, "the reviewer"'],
    ]);
    const original = sampleAnnotations[0]!;
    expect(result.annotations[0]!.credit).toEqual({
      id: `https://accord.test/api/annotations/${original.id}`,
      creatorName: 'Alice Kim',
      creatorId: `urn:uuid:${alice}`,
      created: new Date(original.createdAt).toISOString(),
    });
  });

  it('brings the replies in credited to their authors, never as the importer’s', async () => {
    const result = plan(await exportedFile(), carol);
    expect(result.annotations[0]!.replies.map((r) => [r.body, r.credit?.creatorName])).toEqual([
      ['Agreed.\nA second line, with "quotes".', 'Bob, "the reviewer"'],
      ['Thanks!', 'Alice Kim'],
    ]);
    expect(result.skippedReasons).toEqual({ [skipReasons.deleted]: 1 });
  });

  it('keeps the importer’s own reply under someone else’s note as theirs', async () => {
    const result = plan(await exportedFile(), bob);
    expect(result.annotations[0]!.replies.map((r) => [r.body, r.credit?.creatorName ?? 'own'])).toEqual([
      ['Agreed.\nA second line, with "quotes".', 'own'],
      ['Thanks!', 'Alice Kim'],
    ]);
  });

  it('credits a note with no creator to no one by name, and keeps it private', () => {
    const [annotation] = plan([item({ 'accord:visibility': 'shared' })]).annotations;
    expect(annotation).toMatchObject({
      visibility: 'private',
      credit: { id: 'https://other.example/anno/1', creatorName: null, creatorId: null, created: null },
    });
  });

  it('never writes into a group: the importer’s own group note comes in private, with no group', () => {
    const [annotation] = plan([item({ creator: `urn:uuid:${carol}`, 'accord:visibility': 'group', 'accord:group': { id: 'x' } })]).annotations;
    expect(annotation).toMatchObject({ visibility: 'private' });
    expect(annotation).not.toHaveProperty('groupId');
  });

  it('keeps the credit a copy already carries, and reads the model’s via', () => {
    const credit = { id: 'https://first.example/anno/9', creator: { id: 'https://first.example/people/dora', name: 'Dora' }, created: '2026-12-01T08:00:00Z' };
    const [annotation] = plan([item({ creator: `urn:uuid:${carol}`, 'accord:importedFrom': credit, via: 'https://second.example/anno/3' })]).annotations;
    expect(annotation).toMatchObject({
      via: ['https://second.example/anno/3'],
      creator: 'https://first.example/people/dora',
      credit: { id: credit.id, creatorName: 'Dora', creatorId: credit.creator.id, created: '2026-12-01T08:00:00.000Z' },
    });
  });

  it('names a malformed via or credit', () => {
    expect(plan([item({ via: 'nowhere', 'accord:importedFrom': { creator: 'Dora' } })]).problems).toEqual([
      { path: 'items[0].via', message: 'must be the IRI, or a list of IRIs, of the annotations this one is a copy of' },
      {
        path: 'items[0].accord:importedFrom',
        message: 'must be an object with the original annotation’s id (an IRI), and optionally its creator and created date',
      },
    ]);
  });
});

describe('replies in long chains', () => {
  it('attach a chain of thousands of replies to its root annotation, each chain walked once', () => {
    const chain = Array.from({ length: 5000 }, (_, i) => ({
      id: `https://x.example/reply/${i}`,
      type: 'Annotation',
      motivation: 'replying',
      creator: 'https://x.example/people/1',
      target: i === 0 ? 'https://other.example/anno/1' : `https://x.example/reply/${i - 1}`,
      body: { type: 'TextualBody', value: `reply ${i}` },
    }));
    const result = plan([item({ creator: 'https://x.example/people/1' }), ...chain.reverse()]);
    expect(result.problems).toEqual([]);
    expect(result.annotations[0]!.replies).toHaveLength(5000);
  });

  it('name a chain that loops as replying to nothing in the file', () => {
    const reply = (n: number, parent: number) => ({
      id: `https://x.example/reply/${n}`,
      type: 'Annotation',
      motivation: 'replying',
      target: `https://x.example/reply/${parent}`,
      body: { type: 'TextualBody', value: 'round and round' },
    });
    expect(plan([item(), reply(1, 2), reply(2, 1)]).problems).toEqual([
      { path: 'items[1].target', message: 'replies to https://x.example/reply/2, which is not in this file' },
      { path: 'items[2].target', message: 'replies to https://x.example/reply/1, which is not in this file' },
    ]);
  });
});

describe('what a file may hold', () => {
  it('imports text that spells out \\u0000, and refuses a real NUL character, naming the item', () => {
    const spelled = plan([item({ body: { type: 'TextualBody', value: 'C strings end in \\u0000.', purpose: 'commenting' } })]);
    expect(spelled.problems).toEqual([]);
    expect(spelled.annotations[0]!.comment).toBe('C strings end in \\u0000.');
    expect(plan([item({ body: { type: 'TextualBody', value: 'a\u0000b', purpose: 'commenting' } })]).problems).toEqual([
      { path: 'items[0]', message: 'contains a NUL character (U+0000), which cannot be stored' },
    ]);
  });

  it('refuses a TextPositionSelector that is not one, instead of dropping it', () => {
    const result = plan([
      item({
        target: {
          source: { id: 'https://other.example/documents/sample-declaration#s1-p1', language: 'ko' },
          selector: [
            { type: 'TextQuoteSelector', exact: '평양에서' },
            { type: 'TextPositionSelector', start: '7', end: 11 },
          ],
        },
      }),
    ]);
    expect(result.problems).toEqual([{ path: 'items[0].target.selector[1].start', message: expect.stringMatching(/number/) }]);
  });
});

describe('parseAnnotationFile and planImport', () => {
  it('accepts a bare array, a page and a single annotation', () => {
    expect(plan([item()]).annotations).toHaveLength(1);
    expect(plan({ id: 'https://x.example/p', type: 'AnnotationPage', items: [item()] }).annotations).toHaveLength(1);
    expect(plan({ '@context': 'http://www.w3.org/ns/anno.jsonld', ...item() }).annotations).toHaveLength(1);
  });

  it('defaults another tool’s annotation to a private yellow highlight dated now', () => {
    const [annotation] = plan([item()]).annotations;
    expect(annotation).toMatchObject({ color: 'yellow', visibility: 'private', comment: '', tags: [], createdAt: new Date('2026-12-01T00:00:00Z') });
  });

  it('finds a passage again by its quote when the position is wrong', () => {
    const moved = item();
    moved.target.selector[1] = { type: 'TextPositionSelector', start: 0, end: 4 };
    const [annotation] = plan([moved]).annotations;
    expect(annotation!.targets[0]).toMatchObject({ start: 7, end: 11, exact: '평양에서' });
  });

  it('counts positions in code points beyond the Basic Multilingual Plane', () => {
    const astral = item({
      target: {
        source: 'https://x.example/documents/sample-declaration?langs=ja#s1-p1',
        selector: [
          { type: 'TextQuoteSelector', exact: '野で' },
          { type: 'TextPositionSelector', start: 13, end: 15 },
        ],
      },
    });
    expect(plan([astral]).annotations[0]!.targets[0]).toMatchObject({ start: 13, end: 15, prefix: '1. 双方は平壌で会い、𠮷' });
  });

  it('names every problem and where it is', () => {
    const byPath = (a: { path: string }, b: { path: string }) => a.path.localeCompare(b.path);
    const result = plan([
      item(),
      item({
        id: 'https://x.example/2',
        target: { source: { id: 'https://x.example/d#nowhere', language: 'ko' }, selector: { type: 'TextQuoteSelector', exact: 'x' } },
      }),
      item({
        id: 'https://x.example/3',
        target: { source: { id: 'https://x.example/d#s1-p1', language: 'fr' }, selector: { type: 'TextQuoteSelector', exact: 'x' } },
      }),
      item({
        id: 'https://x.example/4',
        target: [{ source: 'https://x.example/d?langs=ko#s1-p1', selector: [{ type: 'TextQuoteSelector', exact: '서울에서' }] }],
      }),
      item({
        id: 'https://x.example/5',
        target: [{ source: 'https://x.example/d?langs=ko#s1-p1', selector: [{ type: 'TextPositionSelector', start: 0, end: 1 }] }],
      }),
      item({ id: 'https://x.example/6', target: 'https://x.example/d#s1-p1' }),
      item({ id: 'https://x.example/7', 'accord:visibility': 'public' }),
      item({ id: 'https://x.example/8', body: [{ type: 'TextualBody', value: 'x'.repeat(10_001) }] }),
      item({ id: 'https://x.example/9', body: 'https://x.example/a-body' }),
      {
        id: 'https://x.example/10',
        type: 'Annotation',
        motivation: 'replying',
        target: 'https://x.example/missing',
        body: { type: 'TextualBody', value: 'hi' },
      },
      item({ id: 'not an iri' }),
      item(),
    ]);
    result.problems.sort(byPath);
    expect(result.problems).toEqual(
      [
        { path: 'items[5].target', message: 'a target needs a source and a TextQuoteSelector: a bare IRI names no passage' },
        { path: 'items[8].body', message: 'only TextualBody bodies (comments and tags) can be imported' },
        { path: 'items[6].accord:visibility', message: 'must be "private", "group" or "shared"' },
        { path: 'items[4].target[0].selector', message: 'needs a TextQuoteSelector with the quoted text' },
        { path: 'items[10].id', message: 'must be an absolute IRI' },
        { path: 'items[11].id', message: 'https://other.example/anno/1 appears twice in the file' },
        { path: 'items[1].target.source', message: 'segment "nowhere" is not in this document' },
        { path: 'items[2].target.source', message: 'language "fr" is not in this document (en, ko, ja)' },
        { path: 'items[3].target[0].selector', message: 'the quote “서울에서” is not in segment "s1-p1" (ko), nor anywhere else in it' },
        { path: 'items[7].body', message: 'comment: comment must be at most 10,000 characters' },
        { path: 'items[9].target', message: 'replies to https://x.example/missing, which is not in this file' },
      ].sort(byPath),
    );
  });

  it('refuses a file that is not annotations at all', () => {
    expect(plan({ hello: 'world' }).problems).toEqual([
      { path: '', message: 'expected a W3C Web Annotation AnnotationCollection, AnnotationPage, array of annotations or annotation' },
    ]);
    expect(
      plan({ '@context': 'http://www.w3.org/ns/anno.jsonld', id: 'https://x.example/c', type: 'AnnotationCollection', first: 'https://x.example/p1' }).problems,
    ).toEqual([{ path: 'first', message: 'the page must be embedded in the file, not linked' }]);
  });
});
