// The real content/ folder: it loads, and its texts are the supplied texts, word for word.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAllDocuments } from '@/lib/content/load';
import type { DocumentContent } from '@/lib/content/types';

const contentDir = path.resolve(import.meta.dirname, '../../content');
// Copies of the supplied texts (../shared/texts beside the checkout), so that a clean clone tests too.
const textsDir = path.resolve(import.meta.dirname, 'fixtures/texts');
const sharedTextsDir = path.resolve(import.meta.dirname, '../../../shared/texts');

const documents = await loadAllDocuments(contentDir);
const bySlug = (slug: string): DocumentContent => {
  const document = documents.find((d) => d.slug === slug);
  if (!document) throw new Error(`content/${slug} is missing`);
  return document;
};

it.skipIf(!existsSync(sharedTextsDir))('compares against unchanged copies of the supplied texts', async () => {
  for (const name of ['en-mofa.txt', 'background-article.txt']) {
    expect(await readFile(path.join(textsDir, name), 'utf8'), name).toBe(await readFile(path.join(sharedTextsDir, name), 'utf8'));
  }
});

describe('content/pyongyang-declaration', () => {
  const declaration = bySlug('pyongyang-declaration');
  const codes = declaration.languages.map((l) => l.code);

  it('has the English text, in the first column', () => {
    expect(codes[0]).toBe('en');
  });

  it('has English identical to the Ministry of Foreign Affairs text, paragraph by paragraph', async () => {
    const mofa = await readFile(path.join(textsDir, 'en-mofa.txt'), 'utf8');
    const paragraphs = mofa
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean);
    expect(declaration.segments.map((s) => s.texts.en)).toEqual(paragraphs);
  });

  it('has stable ids for the preamble, sections 1–4, signatures and dateline', () => {
    expect(declaration.segments.map((s) => s.id)).toEqual([
      'title',
      'preamble-1',
      'preamble-2',
      's1-p1',
      's1-p2',
      's2-p1',
      's2-p2',
      's2-p3',
      's2-p4',
      's3-p1',
      's4-p1',
      's4-p2',
      's4-p3',
      's4-p4',
      's4-p5',
      'signature-japan',
      'signature-dprk',
      'dateline',
    ]);
    expect(declaration.segments.find((s) => s.id === 'title')).toMatchObject({ kind: 'heading', level: 1 });
    expect(declaration.segments.filter((s) => s.kind === 'signature').map((s) => s.id)).toEqual(['signature-japan', 'signature-dprk']);
  });

  // Korean and Japanese arrive as their translators finish them; whichever exist must align.
  it('aligns every language it has, with text in each segment', () => {
    for (const segment of declaration.segments) {
      expect(Object.keys(segment.texts), segment.id).toEqual(codes);
      for (const code of codes) expect(segment.texts[code]!.trim().length, `${segment.id} in ${code}`).toBeGreaterThan(0);
    }
  });

  it('labels Korean and Japanese, where present, as working translations (the authentic texts are not here)', () => {
    for (const language of declaration.languages.filter((l) => l.code === 'ko' || l.code === 'ja')) {
      expect(language.status, language.file).toBe('working-translation');
    }
    expect(declaration.languages[0]).toMatchObject({ status: 'official-translation', date: '2002-09-17', place: 'Pyongyang' });
  });

  it('keeps the signature blocks on two lines in every language', () => {
    for (const segment of declaration.segments.filter((s) => s.kind === 'signature' || s.kind === 'dateline')) {
      for (const code of codes) expect(segment.texts[code]!.split('\n'), `${segment.id} in ${code}`).toHaveLength(2);
    }
  });
});

describe('content/background', () => {
  const background = bySlug('background');

  it('is a single English document, labelled as the article it is, with no date or place of its own', () => {
    expect(background.languages.map((l) => [l.code, l.status])).toEqual([['en', 'article']]);
    expect(background.languages[0]!.statusNote).toMatch(/encyclopaedia-style article/i);
    expect(background.languages[0]!.date).toBeUndefined();
    expect(background.languages[0]!.place).toBeUndefined();
  });

  it('holds the background article word for word, its == headings == as heading segments', async () => {
    const article = await readFile(path.join(textsDir, 'background-article.txt'), 'utf8');
    const expected = article
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => {
        const heading = /^(=+)\s*(.*?)\s*\1$/.exec(line);
        return heading ? { level: heading[1]!.length, text: heading[2]! } : { text: line };
      });
    const actual = background.segments.flatMap((segment) =>
      segment.texts.en!.split('\n').map((text) => (segment.kind === 'heading' ? { level: segment.level!, text } : { text })),
    );
    expect(actual).toEqual(expected);
  });

  it('uses meaningful ids', () => {
    const ids = background.segments.map((s) => s.id);
    expect(ids).toContain('history-1945');
    expect(ids).toContain('economic-assistance-1');
    expect(background.segments.find((s) => s.id === 'history-1945')).toMatchObject({ kind: 'heading', level: 3 });
  });
});
