import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectContentError } from '@/lib/content/expect-content-error';
import { loadAllDocuments, loadDocument } from '@/lib/content/load';

let root: string;
let count = 0;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'accord-content-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Writes a content folder of its own and returns its path. */
async function contentDir(documents: Record<string, Record<string, string | Uint8Array>>): Promise<string> {
  const dir = path.join(root, `content-${++count}`);
  for (const [slug, files] of Object.entries(documents)) {
    await mkdir(path.join(dir, slug), { recursive: true });
    for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, slug, name), text);
  }
  await mkdir(dir, { recursive: true });
  return dir;
}

/** How a path appears in messages: relative to the working directory. */
const shown = (...parts: string[]) => path.relative(process.cwd(), path.join(...parts));

type Spec = string | { id: string; kind?: string; level?: number; text?: string };

/** A language file: front matter on lines 1–8 (language on line 3), then segment k on line 9 + 4k. */
function languageFile(code: string, segments: Spec[], extra = ''): string {
  const body = segments
    .map((spec) => (typeof spec === 'string' ? { id: spec } : spec))
    .map(({ id, kind, level, text }) => {
      const attributes = [`#${id}`, kind && `kind=${kind}`, level && `level=${level}`].filter(Boolean).join(' ');
      return `:::segment{${attributes}}\n${text ?? `${code} text of ${id}`}\n:::\n`;
    })
    .join('\n');
  return `---\ntitle: Title in ${code}\nlanguage: ${code}\nsource: Source of ${code}\nstatus: working-translation\ndate: 2002-09-17\nplace: Pyongyang\n${extra}---\n${body}`;
}

describe('a document', () => {
  it('joins several languages segment by segment, in column order', async () => {
    const dir = await contentDir({
      declaration: {
        'ja.md': languageFile(
          'ja',
          [{ id: 'title', kind: 'heading', level: 1 }, 'p1', { id: 'sig', kind: 'signature', text: '日本国総理大臣\n小泉純一郎' }],
          'order: 3\n',
        ),
        'en.md': languageFile(
          'en',
          [{ id: 'title', kind: 'heading', level: 1 }, 'p1', { id: 'sig', kind: 'signature', text: 'Prime Minister of Japan\nJunichiro Koizumi' }],
          'order: 1\nstatusNote: Provisional\n',
        ),
        'ko.md': languageFile(
          'ko',
          [{ id: 'title', kind: 'heading', level: 1 }, 'p1', { id: 'sig', kind: 'signature', text: '일본국 총리대신\n고이즈미 준이치로' }],
          'order: 2\n',
        ),
      },
    });
    const document = await loadDocument(path.join(dir, 'declaration'));
    expect(document.slug).toBe('declaration');
    expect(document.title).toBe('Title in en');
    expect(document.languages.map((l) => [l.code, l.name, l.nativeName])).toEqual([
      ['en', 'English', 'English'],
      ['ko', 'Korean', '한국어'],
      ['ja', 'Japanese', '日本語'],
    ]);
    expect(document.languages[0]).toEqual({
      code: 'en',
      name: 'English',
      nativeName: 'English',
      title: 'Title in en',
      source: 'Source of en',
      status: 'working-translation',
      statusNote: 'Provisional',
      date: '2002-09-17',
      place: 'Pyongyang',
      file: shown(dir, 'declaration', 'en.md'),
    });
    expect(document.segments).toEqual([
      { id: 'title', kind: 'heading', level: 1, texts: { en: 'en text of title', ko: 'ko text of title', ja: 'ja text of title' } },
      { id: 'p1', kind: 'paragraph', texts: { en: 'en text of p1', ko: 'ko text of p1', ja: 'ja text of p1' } },
      {
        id: 'sig',
        kind: 'signature',
        texts: { en: 'Prime Minister of Japan\nJunichiro Koizumi', ko: '일본국 총리대신\n고이즈미 준이치로', ja: '日本国総理大臣\n小泉純一郎' },
      },
    ]);
  });

  it('orders columns by file name when no order is given', async () => {
    const dir = await contentDir({ doc: { 'ko.md': languageFile('ko', ['a']), 'en.md': languageFile('en', ['a']), 'ja.md': languageFile('ja', ['a']) } });
    expect((await loadDocument(path.join(dir, 'doc'))).languages.map((l) => l.code)).toEqual(['en', 'ja', 'ko']);
  });

  it('may have a single language', async () => {
    const dir = await contentDir({ background: { 'en.md': languageFile('en', [{ id: 'title', kind: 'heading', level: 1 }, 'intro-1']) } });
    const document = await loadDocument(path.join(dir, 'background'));
    expect(document.languages.map((l) => l.code)).toEqual(['en']);
    expect(document.segments.map((s) => s.texts)).toEqual([{ en: 'en text of title' }, { en: 'en text of intro-1' }]);
  });

  it('ignores hidden files such as .DS_Store', async () => {
    const dir = await contentDir({ doc: { 'en.md': languageFile('en', ['a']), '.DS_Store': 'junk' } });
    expect((await loadDocument(path.join(dir, 'doc'))).languages).toHaveLength(1);
  });
});

describe('alignment across languages', () => {
  // Both files carry an `order` line, so segment k starts on line 10 + 4k and ends on 12 + 4k.
  const lineOf = (index: number) => 10 + 4 * index;
  const endLineOf = (index: number) => 12 + 4 * index;
  async function load(en: Spec[], ko: Spec[], koOrder = 2) {
    const dir = await contentDir({ doc: { 'en.md': languageFile('en', en, 'order: 1\n'), 'ko.md': languageFile('ko', ko, `order: ${koOrder}\n`) } });
    return { run: () => loadDocument(path.join(dir, 'doc')), en: shown(dir, 'doc', 'en.md'), ko: shown(dir, 'doc', 'ko.md') };
  }
  const rule = 'every language needs the same segments in the same order';

  it('reports a segment missing in the middle where it should be', async () => {
    const { run, en, ko } = await load(['a', 'b', 'c'], ['a', 'c']);
    await expectContentError(run, { file: ko, line: lineOf(1), problem: `segment "b" is missing before "c" (${en} has it; ${rule})` });
  });

  it('reports a segment missing at the end after the last segment', async () => {
    const { run, en, ko } = await load(['a', 'b', 'c'], ['a', 'b']);
    await expectContentError(run, { file: ko, line: endLineOf(1), problem: `segment "c" is missing after "b" (${en} has it; ${rule})` });
  });

  it('reports an extra segment', async () => {
    const { run, en, ko } = await load(['a', 'b'], ['a', 'x', 'b']);
    await expectContentError(run, { file: ko, line: lineOf(1), problem: `segment "x" is not in ${en} (${rule})` });
  });

  it('reports an extra segment at the end', async () => {
    const { run, en, ko } = await load(['a', 'b'], ['a', 'b', 'c']);
    await expectContentError(run, { file: ko, line: lineOf(2), problem: `segment "c" is not in ${en} (${rule})` });
  });

  it('reports segments out of order', async () => {
    const { run, en, ko } = await load(['a', 'b', 'c'], ['a', 'c', 'b']);
    await expectContentError(run, { file: ko, line: lineOf(1), problem: `segment "c" is out of order: ${en} has "b" here` });
  });

  it('reports a segment of another kind', async () => {
    const { run, en, ko } = await load(['a', { id: 'b', kind: 'signature' }], ['a', 'b']);
    await expectContentError(run, { file: ko, line: lineOf(1), problem: `segment "b" is a paragraph here but a signature in ${en}` });
  });

  it('reports a heading of another level', async () => {
    const { run, en, ko } = await load([{ id: 'a', kind: 'heading', level: 1 }], [{ id: 'a', kind: 'heading', level: 2 }]);
    await expectContentError(run, { file: ko, line: lineOf(0), problem: `segment "a" is a level 2 heading here but a level 1 heading in ${en}` });
  });

  it('compares against the first column', async () => {
    const { run, en, ko } = await load(['a', 'b'], ['a'], 0);
    await expectContentError(run, { file: en, line: lineOf(1), problem: `segment "b" is not in ${ko} (${rule})` });
  });

  it('reports front matter naming another language than the file', async () => {
    const dir = await contentDir({ doc: { 'en.md': languageFile('en', ['a']), 'ko.md': languageFile('ko', ['a']).replace('language: ko', 'language: ja') } });
    await expectContentError(() => loadDocument(path.join(dir, 'doc')), {
      file: shown(dir, 'doc', 'ko.md'),
      line: 3,
      problem: 'front matter says language "ja" but the file is named ko.md',
    });
  });
});

describe('folders and file names', () => {
  it('rejects a folder with no language files', async () => {
    const dir = await contentDir({ empty: {} });
    await expectContentError(() => loadDocument(path.join(dir, 'empty')), {
      file: shown(dir, 'empty'),
      line: undefined,
      problem: 'no language files in this folder: add one per language, such as en.md, ko.md, ja.md',
    });
  });

  it.each(['Pyongyang-Declaration', 'pyongyang_declaration', 'pyongyang declaration', '-draft'])('rejects the folder name %s', async (name) => {
    const dir = await contentDir({ [name]: { 'en.md': languageFile('en', ['a']) } });
    await expectContentError(() => loadAllDocuments(dir), {
      file: shown(dir, name),
      line: undefined,
      problem: 'a document folder is named by its slug: lower-case a-z, 0-9 and single dashes, such as pyongyang-declaration',
    });
  });

  it.each(['english.md', 'EN.md', 'en.txt', 'en.markdown', 'README.md', 'notes'])('rejects the file name %s', async (name) => {
    const dir = await contentDir({ doc: { 'en.md': languageFile('en', ['a']), [name]: 'anything' } });
    await expectContentError(() => loadDocument(path.join(dir, 'doc')), {
      file: shown(dir, 'doc', name),
      line: undefined,
      problem:
        'only language files belong here, each named by its language code (en.md, ko.md, ja.md; ja.working.md for another Japanese text), and alignment.yaml',
    });
  });

  it('reads alignment.yaml beside the language files, and names it and its line when a phrase is not in the text', async () => {
    const files = { 'en.md': languageFile('en', ['a']), 'ko.md': languageFile('ko', ['a']) };
    const good = await contentDir({ doc: { ...files, 'alignment.yaml': 'links:\n  - { id: text, segment: a, en: en text, ko: ko text }\n' } });
    expect((await loadDocument(path.join(good, 'doc'))).alignments).toEqual([
      { id: 'text', segmentId: 'a', spans: { en: { start: 0, end: 7, exact: 'en text' }, ko: { start: 0, end: 7, exact: 'ko text' } } },
    ]);
    const bad = await contentDir({ doc: { ...files, 'alignment.yaml': 'links:\n  - id: text\n    segment: a\n    en: en text\n    ko: ja text\n' } });
    await expectContentError(() => loadDocument(path.join(bad, 'doc')), {
      file: shown(bad, 'doc', 'alignment.yaml'),
      line: 5,
      problem: 'ko of segment "a": "ja text" is not in the passage: a phrase must be its exact text',
    });
  });

  it('reads another text of a language as its witness, with its own provenance and the same passages', async () => {
    const dir = await contentDir({
      doc: {
        'en.md': languageFile('en', ['a', 'b']),
        'ja.md': languageFile('ja', ['a', 'b']).replace('status: working-translation', 'status: authentic'),
        'ja.working.md': languageFile('ja', [{ id: 'a', text: 'working a' }, 'b']),
      },
    });
    const document = await loadDocument(path.join(dir, 'doc'));
    expect(document.languages.map((l) => `${l.code} ${l.status}`)).toEqual(['en working-translation', 'ja authentic']);
    expect(document.witnesses).toEqual([
      expect.objectContaining({
        id: 'working',
        code: 'ja',
        status: 'working-translation',
        file: shown(dir, 'doc', 'ja.working.md'),
        texts: { a: 'working a', b: 'ja text of b' },
      }),
    ]);
  });

  it('names the witness file and line when it does not line up with its language', async () => {
    const lonely = await contentDir({ doc: { 'en.md': languageFile('en', ['a']), 'ja.working.md': languageFile('ja', ['a']) } });
    await expectContentError(() => loadDocument(path.join(lonely, 'doc')), {
      file: shown(lonely, 'doc', 'ja.working.md'),
      line: undefined,
      problem: 'another text of "ja" needs ja.md beside it (the language\'s own text)',
    });
    const short = await contentDir({ doc: { 'ja.md': languageFile('ja', ['a', 'b']), 'ja.draft.md': languageFile('ja', ['a']) } });
    await expectContentError(() => loadDocument(path.join(short, 'doc')), {
      file: shown(short, 'doc', 'ja.draft.md'),
      line: 11,
      problem: 'segment "b" is missing after "a" (' + shown(short, 'doc', 'ja.md') + ' has it; every language needs the same segments in the same order)',
    });
    const wrong = await contentDir({ doc: { 'ja.md': languageFile('ja', ['a']), 'ja.draft.md': languageFile('ko', ['a']) } });
    await expectContentError(() => loadDocument(path.join(wrong, 'doc')), {
      file: shown(wrong, 'doc', 'ja.draft.md'),
      line: 3,
      problem: 'front matter says language "ko" but the file is named ja.draft.md',
    });
  });

  it('rejects a language code that does not exist', async () => {
    const dir = await contentDir({ doc: { 'xx.md': languageFile('xx', ['a']) } });
    await expectContentError(() => loadDocument(path.join(dir, 'doc')), {
      file: shown(dir, 'doc', 'xx.md'),
      line: undefined,
      problem: '"xx" is not a known language code (such as en, ko, ja)',
    });
  });

  it('rejects a file that is not UTF-8', async () => {
    const latin1 = new Uint8Array([...Buffer.from(languageFile('en', ['a'])), 0xe9, 0x0a]);
    const dir = await contentDir({ doc: { 'en.md': latin1 } });
    await expectContentError(() => loadDocument(path.join(dir, 'doc')), {
      file: shown(dir, 'doc', 'en.md'),
      line: undefined,
      problem: 'the file is not UTF-8 text: save it as UTF-8',
    });
  });

  it('reports errors with the path of the broken file inside the document', async () => {
    const dir = await contentDir({ doc: { 'en.md': languageFile('en', ['a']).replace('status: working-translation', 'status: draft') } });
    await expectContentError(() => loadAllDocuments(dir), {
      file: shown(dir, 'doc', 'en.md'),
      line: 5,
      problem: /^front matter status must be one of/,
    });
  });

  it('reports a missing content folder', async () => {
    const missing = path.join(root, 'no-such-content');
    await expectContentError(() => loadAllDocuments(missing), { file: shown(missing), line: undefined, problem: 'the content folder does not exist' });
  });

  it('loads every document in name order, skipping hidden folders and top-level files', async () => {
    const dir = await contentDir({
      zeta: { 'en.md': languageFile('en', ['a']) },
      alpha: { 'en.md': languageFile('en', ['a']) },
      '.drafts': { 'EN.md': 'not checked' },
    });
    await writeFile(path.join(dir, 'README.md'), '# About the content');
    expect((await loadAllDocuments(dir)).map((d) => d.slug)).toEqual(['alpha', 'zeta']);
  });

  it('reports the first broken document in name order', async () => {
    const dir = await contentDir({ beta: { 'en.md': 'no front matter' }, alpha: { 'en.md': 'no front matter either' } });
    await expectContentError(() => loadAllDocuments(dir), { file: shown(dir, 'alpha', 'en.md'), line: 1, problem: /^missing front matter/ });
  });
});
