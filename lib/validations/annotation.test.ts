import { describe, expect, it } from 'vitest';
import { annotationListQuerySchema, createAnnotationSchema, idSchema, limits, replySchema, updateAnnotationSchema } from '@/lib/validations/annotation';

const target = { segmentId: 's1-p1', start: 0, end: 4, exact: '양측은 ' };
const valid = { language: 'ko', color: 'yellow', targets: [target] };

function problems(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];
}

describe('createAnnotationSchema', () => {
  it('accepts a highlight with defaults for the rest', () => {
    expect(createAnnotationSchema.parse(valid)).toMatchObject({ comment: '', tags: [], visibility: 'private' });
  });

  it('refuses a comment of 10,001 characters but takes 10,000 emoji, counted as characters', () => {
    expect(problems(createAnnotationSchema.safeParse({ ...valid, comment: 'a'.repeat(limits.comment + 1) }))).toEqual([
      'comment: comment must be at most 10,000 characters',
    ]);
    expect(createAnnotationSchema.safeParse({ ...valid, comment: '🙂'.repeat(limits.comment) }).success).toBe(true);
  });

  it('refuses 21 tags and a tag of 51 characters, naming each', () => {
    const tags = Array.from({ length: 21 }, (_, i) => `tag${i}`);
    expect(problems(createAnnotationSchema.safeParse({ ...valid, tags }))).toEqual(['tags: at most 20 tags']);
    expect(problems(createAnnotationSchema.safeParse({ ...valid, tags: ['ok', '가'.repeat(51)] }))).toEqual(['tags.1: tag must be at most 50 characters']);
  });

  it('trims, normalises and de-duplicates tags and refuses commas', () => {
    const nfd = '정상화'.normalize('NFD');
    expect(createAnnotationSchema.parse({ ...valid, tags: [' 정상화 ', nfd] }).tags).toEqual(['정상화']);
    expect(problems(createAnnotationSchema.safeParse({ ...valid, tags: ['a,b'] }))).toEqual(['tags.0: tag must not contain commas or line breaks']);
  });

  it('refuses a colour outside the palette', () => {
    expect(problems(createAnnotationSchema.safeParse({ ...valid, color: 'red' }))).toEqual(['color: colour must be one of yellow, green, blue, pink, purple']);
  });

  it('refuses an empty or reversed span, an empty selection and unknown fields', () => {
    expect(problems(createAnnotationSchema.safeParse({ ...valid, targets: [{ ...target, start: 4, end: 4 }] }))).toEqual([
      'targets.0.end: end must be greater than start',
    ]);
    expect(problems(createAnnotationSchema.safeParse({ ...valid, targets: [] }))).toEqual(['targets: select some text']);
    expect(problems(createAnnotationSchema.safeParse({ ...valid, author: 'someone else' }))[0]).toMatch(/author/);
  });

  it('normalises the quote to NFC, the form positions are counted in', () => {
    const parsed = createAnnotationSchema.parse({ ...valid, targets: [{ ...target, exact: '양측은 '.normalize('NFD') }] });
    expect(parsed.targets[0]!.exact).toBe('양측은 ');
  });

  it('refuses a quote with a lone surrogate', () => {
    expect(problems(createAnnotationSchema.safeParse({ ...valid, targets: [{ ...target, exact: '\ud842' }] }))).toEqual([
      'targets.0.exact: exact contains a broken character (a lone surrogate)',
    ]);
  });

  it('refuses a NUL character, which the database cannot store, in every free-text field', () => {
    expect(problems(createAnnotationSchema.safeParse({ ...valid, comment: 'a\u0000b', tags: ['x\u0000'] }))).toEqual([
      'comment: comment contains a NUL character (U+0000), which cannot be stored',
      'tags.0: tag contains a NUL character (U+0000), which cannot be stored',
    ]);
    expect(problems(updateAnnotationSchema.safeParse({ comment: '\u0000' }))).toEqual([
      'comment: comment contains a NUL character (U+0000), which cannot be stored',
    ]);
    expect(problems(replySchema.safeParse({ body: 'ok\u0000' }))).toEqual(['body: reply contains a NUL character (U+0000), which cannot be stored']);
    expect(problems(annotationListQuerySchema.safeParse({ q: '\u0000' }))).toEqual(['q: q contains a NUL character (U+0000), which cannot be stored']);
  });
});

describe('updateAnnotationSchema', () => {
  it('leaves out what a PATCH does not name, so that nothing is reset', () => {
    expect(updateAnnotationSchema.parse({ color: 'blue' })).toEqual({ color: 'blue' });
  });

  it('refuses an empty change', () => {
    expect(problems(updateAnnotationSchema.safeParse({}))).toEqual([': nothing to change']);
  });
});

describe('replySchema', () => {
  it('refuses a reply of nothing but spaces', () => {
    expect(problems(replySchema.safeParse({ body: '   ' }))).toEqual(['body: reply must not be empty']);
  });
});

describe('annotationListQuerySchema', () => {
  it('reads numbers from the query string and refuses unknown parameters', () => {
    expect(annotationListQuerySchema.parse({ limit: '5' })).toEqual({ scope: 'visible', limit: 5, offset: 0 });
    expect(annotationListQuerySchema.safeParse({ sort: 'new' }).success).toBe(false);
  });
});

describe('idSchema', () => {
  it('takes a UUID only', () => {
    expect(idSchema.safeParse('3f1c2a9e-8b7d-4c6e-9f0a-1b2c3d4e5f60').success).toBe(true);
    expect(idSchema.safeParse('42').success).toBe(false);
  });
});
