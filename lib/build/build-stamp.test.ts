import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  buildInputs,
  buildStamp,
  changedInputs,
  clearBuildStamp,
  hashBuildInputs,
  isBuildInput,
  readBuildStamp,
  stampAfterBuild,
  writeBuildStamp,
} from '@/lib/build/build-stamp';

describe('isBuildInput', () => {
  it.each([
    'app/page.tsx',
    'app/globals.css',
    'components/reader/reader.tsx',
    'lib/content/load.ts',
    'lib/generated/prisma/client.ts',
    'public/fonts/noto.woff2',
    'proxy.ts',
    'next.config.js',
    'tsconfig.json',
    'package.json',
    'package-lock.json',
    '.env',
    '.env.production.local',
    '.babelrc',
    '.browserslistrc',
  ])('counts %s', (file) => {
    expect(isBuildInput(file)).toBe(true);
  });

  it.each([
    'content/pyongyang-declaration/en.md',
    'lib/content/load.test.ts',
    'components/reader/reader.test.tsx',
    'proxy.test.ts',
    'e2e/reader.spec.ts',
    'bench/seed.ts',
    'scripts/start.ts',
    'prisma/migrations/20261123000000_init/migration.sql',
    'docs/api.md',
    'README.md',
    'next-env.d.ts',
    'vitest.config.ts',
    'playwright.config.ts',
    'tsconfig.tsbuildinfo',
    '.next/BUILD_ID',
    '.data/pglite/PG_VERSION',
    'lib/.DS_Store',
    '.gitignore',
    '.ci/run',
    'node_modules/next/package.json',
  ])('leaves out %s', (file) => {
    expect(isBuildInput(file)).toBe(false);
  });
});

describe('the build stamp of a project', () => {
  let root: string;
  async function put(file: string, text: string) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), text);
  }
  const stampNow = async (skip: string[] = [], env: Record<string, string | undefined> = {}) => buildStamp(await hashBuildInputs(root, skip), env);

  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'accord-stamp-'));
    await put('app/page.tsx', 'export default function Page() {}');
    await put('lib/util.ts', 'export const a = 1;');
    await put('lib/util.test.ts', 'it()');
    await put('content/doc/en.md', 'text');
    await put('package-lock.json', '{}');
    await put('tsconfig.json', '{"include":[]}');
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('lists only the inputs, sorted', async () => {
    expect(await buildInputs(root)).toEqual(['app/page.tsx', 'lib/util.ts', 'package-lock.json', 'tsconfig.json']);
  });

  it('stays the same while nothing that goes into the build changes', async () => {
    const first = await stampNow();
    await put('lib/util.test.ts', 'it("changed")');
    await put('content/doc/en.md', 'another text');
    await put('.next/BUILD_ID', 'x');
    expect(await stampNow()).toBe(first);
  });

  it('changes when a source, the lockfile, a new file or a public variable changes', async () => {
    const first = await stampNow();
    await put('lib/util.ts', 'export const a = 2;');
    const second = await stampNow();
    expect(second).not.toBe(first);
    await put('package-lock.json', '{"lockfileVersion":3}');
    const third = await stampNow();
    expect(third).not.toBe(second);
    await put('components/new.tsx', '');
    const fourth = await stampNow();
    expect(fourth).not.toBe(third);
    expect(await stampNow([], { NEXT_PUBLIC_X: '1' })).not.toBe(fourth);
    expect(await stampNow([], { OTHER: '1' })).toBe(fourth);
  });

  it("ignores package.json's scripts but not its dependencies", async () => {
    await put('package.json', '{"scripts":{"start":"tsx a.ts"},"dependencies":{"next":"16.4.6"}}');
    const first = await stampNow();
    await put('package.json', '{"scripts":{"start":"node --import tsx a.ts"},"dependencies":{"next":"16.4.6"}}');
    expect(await stampNow()).toBe(first);
    await put('package.json', '{"scripts":{"start":"node --import tsx a.ts"},"dependencies":{"next":"16.4.7"}}');
    expect(await stampNow()).not.toBe(first);
  });

  it('never hashes the dist or data dir, whatever they are called', async () => {
    const first = await stampNow(['build-output', 'data']);
    await put('build-output/server/app.js', 'compiled');
    await put('data/pglite/base', 'rows');
    expect(await stampNow(['build-output', 'data'])).toBe(first);
    expect(await stampNow()).not.toBe(first);
  });

  it('takes the build as made from its sources when only next build touched tsconfig.json', async () => {
    const before = await hashBuildInputs(root);
    await put('tsconfig.json', '{"include":[".next-x/types/**/*.ts"]}');
    const after = await hashBuildInputs(root);
    expect(changedInputs(before, after)).toEqual(['tsconfig.json']);
    expect(stampAfterBuild(before, after, {})).toBe(buildStamp(after, {}));
  });

  it('records no stamp when a source changed while the build ran', async () => {
    const before = await hashBuildInputs(root);
    await put('app/page.tsx', 'edited during the build');
    await rm(path.join(root, 'lib/util.ts'));
    const after = await hashBuildInputs(root);
    expect(changedInputs(before, after)).toEqual(['app/page.tsx', 'lib/util.ts']);
    expect(stampAfterBuild(before, after, {})).toBeNull();
  });
});

describe('the stamp stored in a dist dir', () => {
  let distDir: string;
  beforeEach(async () => {
    distDir = await mkdtemp(path.join(tmpdir(), 'accord-dist-'));
  });
  afterEach(async () => {
    await rm(distDir, { recursive: true, force: true });
  });

  it('is read back after a build', async () => {
    await writeFile(path.join(distDir, 'BUILD_ID'), 'abc\n');
    await writeBuildStamp(distDir, 'f00d', new Map([['app/page.tsx', 'abc']]));
    expect(await readBuildStamp(distDir)).toEqual({ stamp: 'f00d', inputs: new Map([['app/page.tsx', 'abc']]) });
  });

  it('is unknown without a finished build, after clearing, or beside a build made by hand', async () => {
    expect(await readBuildStamp(distDir)).toBeNull();
    await writeFile(path.join(distDir, 'BUILD_ID'), 'abc');
    await writeBuildStamp(distDir, 'f00d', new Map());
    await clearBuildStamp(distDir);
    expect(await readBuildStamp(distDir)).toBeNull();
    await writeBuildStamp(distDir, 'f00d', new Map());
    await writeFile(path.join(distDir, 'BUILD_ID'), 'another build');
    expect(await readBuildStamp(distDir)).toBeNull();
  });
});
