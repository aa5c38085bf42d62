import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentFingerprint, rememberedSummary, rememberSummary, summarise } from '@/lib/content/content-summary';
import { loadAllDocuments } from '@/lib/content/load';

describe('contentFingerprint', () => {
  let root: string;
  async function put(file: string, text: string) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), text);
  }
  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'accord-content-'));
    await put('content/doc/en.md', 'text');
    await put('lib/content/load.ts', 'export {}');
    await put('lib/content/load.test.ts', 'it()');
    await put('package-lock.json', '{}');
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('stays the same while content, the code in lib/ and the lockfile do', async () => {
    const first = await contentFingerprint(root);
    await put('lib/content/load.test.ts', 'it("another test")');
    await put('app/page.tsx', 'a page');
    expect(await contentFingerprint(root)).toBe(first);
  });

  it.each([
    ['a content file changes', 'content/doc/en.md', 'edited'],
    ['a content file is added', 'content/doc/ko.md', 'text'],
    ['the loader changes', 'lib/content/load.ts', 'export const x = 1'],
    ['code it may import changes', 'lib/anchoring/code-points.ts', 'export {}'],
    ['the lockfile changes', 'package-lock.json', '{"v":2}'],
  ])('changes when %s', async (_, file, text) => {
    const first = await contentFingerprint(root);
    await put(file, text);
    expect(await contentFingerprint(root)).not.toBe(first);
  });
});

describe('the remembered summary', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'accord-summary-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('holds what content sync writes, and is given back only under the same fingerprint', async () => {
    const documents = await loadAllDocuments();
    const summary = summarise(documents);
    expect(summary.map((d) => d.slug)).toEqual(documents.map((d) => d.slug));
    expect(summary[0]!.segments.map((s) => s.id)).toEqual(documents[0]!.segments.map((s) => s.id));
    expect(Object.keys(summary[0]!.languages[0]!).sort()).toEqual(['code', 'source', 'status', 'title']);
    const file = path.join(dir, 'nested', 'content-summary.json');
    expect(await rememberedSummary(file, 'abc')).toBeNull();
    await rememberSummary(file, 'abc', summary);
    expect(await rememberedSummary(file, 'abc')).toEqual(summary);
    expect(await rememberedSummary(file, 'another')).toBeNull();
    await writeFile(file, 'not json');
    expect(await rememberedSummary(file, 'abc')).toBeNull();
  });
});
