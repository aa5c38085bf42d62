import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { exportMarkdown } from '@/lib/export/markdown';
import { isAllowedUrl } from '@/lib/markdown/url-policy';
import { collect, sampleAnnotations, sampleDocument, streamOf } from '@/lib/export/fixtures/sample';

const options = {
  document: sampleDocument,
  baseUrl: 'https://accord.test',
  filter: { scope: 'visible' as const },
  exportedAt: new Date('2026-11-23T09:30:00Z'),
};

// UPDATE=1 npx vitest run lib/export/markdown.test.ts rewrites the expected files.
async function expectFixture(name: string, actual: string) {
  const file = path.join(import.meta.dirname, 'fixtures', name);
  if (process.env.UPDATE) await writeFile(file, actual);
  expect(actual).toBe(await readFile(file, 'utf8'));
}

describe('exportMarkdown', () => {
  it('writes provenance once, then every annotation in order, as the expected text', async () => {
    await expectFixture('sample.md', await collect(exportMarkdown(options, streamOf(sampleAnnotations))));
  });

  it('says so when nothing matched, and names the filters', async () => {
    const filtered = { ...options, filter: { scope: 'mine' as const, tag: 'place', language: 'ko' } };
    await expectFixture('empty.md', await collect(exportMarkdown(filtered, streamOf([]))));
  });

  it('labels the working translations as such and never as authentic', async () => {
    const output = await collect(exportMarkdown(options, streamOf(sampleAnnotations)));
    expect(output).toContain('**Korean** (lang: ko): Working translation from the English, not the authentic text.');
    expect(output).not.toMatch(/Korean[^\n]*Authentic text/);
  });

  it('does not double the full stop of a status note that has one', async () => {
    const languages = sampleDocument.languages.map((l) => ({ ...l, statusNote: 'Not yet final.' }));
    const output = await collect(exportMarkdown({ ...options, document: { ...sampleDocument, languages } }, streamOf([])));
    expect(output).toContain('not the authentic text. Not yet final. Source:');
    expect(output).not.toContain('..');
  });

  it('states each status once, when the status note begins by restating it', async () => {
    const languages = sampleDocument.languages.map((l) =>
      l.code === 'ko' ? { ...l, statusNote: 'Working translation from the English, not the authentic text. The authentic texts are not here yet.' } : l,
    );
    const output = await collect(exportMarkdown({ ...options, document: { ...sampleDocument, languages } }, streamOf([])));
    expect(output).toContain(
      '**Korean** (lang: ko): Working translation from the English, not the authentic text. The authentic texts are not here yet. Source:',
    );
    expect(output.match(/not the authentic text/g)).toHaveLength(2);
  });

  it('keeps quotes that look like Markdown as plain text', async () => {
    const output = await collect(exportMarkdown(options, streamOf(sampleAnnotations)));
    expect(output).toContain('> 1\\. 双方は平壌で会い');
    expect(output).toContain('> They agreed \\*carefully\\*.\\\n> Second line.');
  });

  it('writes no comment or reply HTML, script link or image that a renderer allowing HTML would act on', async () => {
    const comment = '<img src=x onerror=alert(1)> [a](JaVaScRiPt:alert(1)) ![b](https://x.example/p.png)\n\n<script>alert(1)</script>';
    const [first, ...rest] = sampleAnnotations;
    const hostile = { ...first!, comment, replies: first!.replies.map((reply) => ({ ...reply, body: '[c](data:text/html,x) <b onmouseover=alert(1)>c</b>' })) };
    const output = await collect(exportMarkdown(options, streamOf([hostile, ...rest])));
    const live: string[] = [];
    visit(fromMarkdown(output), (node: Nodes) => {
      if (node.type === 'html' || node.type === 'image') live.push(node.type);
      if (node.type === 'link' && !isAllowedUrl(node.url, 'href')) live.push(node.url);
    });
    expect(live).toEqual([]);
    expect(output).toContain('\\<img src=x onerror=alert(1)>');
    expect(output).toContain('[b](https://x.example/p.png)');
  });

  it('streams one chunk per annotation', async () => {
    const chunks: string[] = [];
    for await (const chunk of exportMarkdown(options, streamOf(sampleAnnotations))) chunks.push(chunk);
    expect(chunks).toHaveLength(sampleAnnotations.length + 2);
  });
});
