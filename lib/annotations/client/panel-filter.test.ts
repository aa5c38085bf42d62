import { describe, expect, it } from 'vitest';
import { countAnnotations, inTextOrder, matchesFilter, tagCounts } from '@/lib/annotations/client/panel-filter';
import type { Annotation } from '@/lib/annotations/types';

const me = 'user-me';
const other = 'user-other';

function annotation(id: string, fields: Partial<Annotation> & { segmentPosition?: number; start?: number; exact?: string } = {}): Annotation {
  const { segmentPosition = 1, start = 0, exact = '조일국교정상화회담', ...rest } = fields;
  return {
    id,
    documentSlug: 'pyongyang-declaration',
    language: 'ko',
    color: 'yellow',
    comment: '',
    tags: [],
    visibility: 'shared',
    author: { id: me, name: 'Me' },
    createdAt: '2026-11-23T10:00:00.000Z',
    updatedAt: '2026-11-23T10:00:00.000Z',
    deleted: false,
    status: 'anchored',
    targets: [
      {
        segmentId: `s${segmentPosition}`,
        segmentPosition,
        language: rest.language ?? 'ko',
        start,
        end: start + exact.length,
        exact,
        prefix: '',
        suffix: '',
        anchor: { status: 'anchored', start, end: start + exact.length, moved: false },
      },
    ],
    replies: [],
    ...rest,
  };
}

describe('matchesFilter', () => {
  const mine = annotation('a', { comment: 'The **Korean** wording', tags: ['terms', 'History'], color: 'green' });
  const theirs = annotation('b', { author: { id: other, name: 'Other' }, language: 'en', exact: 'normalization talks' });
  const deleted = annotation('c', { deleted: true });

  it('keeps to the scope', () => {
    expect(matchesFilter(mine, { scope: 'mine' }, me)).toBe(true);
    expect(matchesFilter(theirs, { scope: 'mine' }, me)).toBe(false);
    expect(matchesFilter(theirs, { scope: 'visible' }, me)).toBe(true);
    expect(matchesFilter(mine, { scope: 'mine' }, null)).toBe(false);
  });

  it('filters by language, colour and exact tag', () => {
    expect(matchesFilter(theirs, { scope: 'visible', language: 'ko' }, me)).toBe(false);
    expect(matchesFilter(mine, { scope: 'visible', language: 'ko', color: 'green' }, me)).toBe(true);
    expect(matchesFilter(mine, { scope: 'visible', color: 'blue' }, me)).toBe(false);
    expect(matchesFilter(mine, { scope: 'visible', tag: 'terms' }, me)).toBe(true);
    expect(matchesFilter(mine, { scope: 'visible', tag: 'term' }, me)).toBe(false);
  });

  it('finds free text in the comment, the quote or the tags, whatever the case', () => {
    expect(matchesFilter(mine, { scope: 'visible', q: 'korean' }, me)).toBe(true);
    expect(matchesFilter(mine, { scope: 'visible', q: '정상화' }, me)).toBe(true);
    expect(matchesFilter(mine, { scope: 'visible', q: 'histo' }, me)).toBe(true);
    expect(matchesFilter(theirs, { scope: 'visible', q: 'NORMALIZATION' }, me)).toBe(true);
    expect(matchesFilter(theirs, { scope: 'visible', q: 'apology' }, me)).toBe(false);
    expect(matchesFilter(theirs, { scope: 'visible', q: '   ' }, me)).toBe(true);
  });

  it('lets deleted placeholders through scope and language only', () => {
    expect(matchesFilter(deleted, { scope: 'visible', language: 'ko' }, me)).toBe(true);
    expect(matchesFilter(deleted, { scope: 'visible', color: 'yellow' }, me)).toBe(false);
    expect(matchesFilter(deleted, { scope: 'visible', q: '정상화' }, me)).toBe(false);
  });
});

describe('countAnnotations', () => {
  const list = [
    annotation('a', { color: 'green' }),
    annotation('b', { author: { id: other, name: 'Other' }, language: 'en' }),
    annotation('c', { deleted: true }),
  ];

  it('counts both scopes and, within the chosen one, each language and colour, placeholders left out', () => {
    expect(countAnnotations(list, me, 'visible', ['en', 'ko', 'ja'])).toEqual({
      visible: 2,
      mine: 1,
      byLanguage: { en: 1, ko: 1, ja: 0 },
      byColor: { yellow: 1, green: 1, blue: 0, pink: 0, purple: 0 },
    });
    expect(countAnnotations(list, me, 'mine', ['en', 'ko', 'ja']).byLanguage).toEqual({ en: 0, ko: 1, ja: 0 });
  });
});

describe('tagCounts and inTextOrder', () => {
  it('lists tags by use', () => {
    const list = [annotation('a', { tags: ['b', 'a'] }), annotation('b', { tags: ['b'] }), annotation('c', { tags: ['z'], deleted: true })];
    expect(tagCounts(list)).toEqual([
      { tag: 'b', count: 2 },
      { tag: 'a', count: 1 },
    ]);
  });

  it('orders by segment, then start, then age', () => {
    const list = [
      annotation('late', { segmentPosition: 3 }),
      annotation('second', { segmentPosition: 1, start: 5 }),
      annotation('newer', { segmentPosition: 1, start: 0, createdAt: '2026-11-24T00:00:00.000Z' }),
      annotation('first', { segmentPosition: 1, start: 0 }),
    ];
    expect(inTextOrder(list).map((a) => a.id)).toEqual(['first', 'newer', 'second', 'late']);
  });
});
