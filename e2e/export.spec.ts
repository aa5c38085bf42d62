// Journeys through the notes panel's export, print view and import.
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { annotate, createReader, openDeclaration, panel, reply, selectText, toolbar, announced, type Reader } from './annotate-helpers';
import { expect, expectAccessible, test } from './fixtures';

const baseURL = () => test.info().project.use.baseURL!;
const today = () => new Date().toISOString().slice(0, 10);

async function pageAs(browser: Browser, reader: Reader): Promise<Page> {
  const context = await browser.newContext({ storageState: reader.storageState, acceptDownloads: true });
  return context.newPage();
}

const exportBox = (page: Page) => panel(page).getByRole('region', { name: 'Export' });

async function download(page: Page, format: 'Markdown' | 'CSV' | 'W3C Web Annotation (JSON-LD)') {
  await exportBox(page).getByLabel(format).check();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    exportBox(page)
      .getByRole('button', { name: /^Download/ })
      .click(),
  ]);
  await expect(exportBox(page).getByRole('status')).toContainText(`Downloaded ${file.suggestedFilename()}`);
  return { name: file.suggestedFilename(), text: await readFile((await file.path())!, 'utf8') };
}

test('a reader highlights a Korean passage, exports Markdown and CSV from the panel, and finds the passage in both files', async ({ browser }) => {
  const hana = await createReader(baseURL(), 'Hana Export');
  const kenji = await createReader(baseURL(), 'Kenji Sato');
  const note = await annotate(hana, {
    segmentId: 's2-p1',
    language: 'ja',
    exact: '心からのお詫び',
    comment: 'Compare "apology", with a comma.',
    tags: ['apology'],
    visibility: 'shared',
  });
  await reply(kenji, note.id, 'お詫び is softer than 謝罪.');
  await annotate(kenji, { segmentId: 's1-p1', language: 'en', exact: 'normalization', comment: 'kenji private', visibility: 'private' });

  const page = await pageAs(browser, hana);
  await openDeclaration(page);
  await selectText(page, { segmentId: 's1-p1', lang: 'ko', text: '조일국교정상화회담' });
  await toolbar(page).getByRole('button', { name: 'Highlight in green' }).click();
  await expect(announced(page)).toHaveText('Highlight saved');

  await expect(exportBox(page)).toBeVisible();
  await expectAccessible(page);
  const markdown = await download(page, 'Markdown');
  expect(markdown.name).toBe(`pyongyang-declaration-visible-annotations-${today()}.md`);
  expect(markdown.text).toContain('**Korean** (lang: ko): Working translation from the English, not the authentic text.');
  expect(markdown.text).toContain('> 조일국교정상화회담');
  expect(markdown.text).toContain('> 心からのお詫び');
  expect(markdown.text).toContain('**Kenji Sato**');
  expect(markdown.text).toContain('お詫び is softer than 謝罪.');
  expect(markdown.text).not.toContain('kenji private');

  const csv = await download(page, 'CSV');
  expect(csv.name).toBe(`pyongyang-declaration-visible-annotations-${today()}.csv`);
  expect(csv.text.startsWith('\uFEFF')).toBe(true);
  // Other journeys share this database: check Hana's rows, in text order, and that Kenji's private one is absent.
  const all = parse(csv.text, { bom: true, columns: true }) as Record<string, string>[];
  expect(all.map((r) => r.comment)).not.toContain('kenji private');
  const rows = all.filter((r) => r.author === 'Hana Export');
  expect(rows.map((r) => r.quote)).toEqual(['조일국교정상화회담', '心からのお詫び']);
  expect(rows[1]).toMatchObject({ comment: 'Compare "apology", with a comma.', tags: 'apology', replies: '1', author: 'Hana Export', visibility: 'shared' });
  expect(rows[1]!.text_en).toContain('heartfelt apology');
  expect(rows[1]!.link).toMatch(/\/documents\/pyongyang-declaration\?langs=ja,en,ko#s2-p1$/);
});

test('a reader opens the print view of their own notes and it prints without the site around it', async ({ browser }) => {
  const hana = await createReader(baseURL(), 'Hana Kim');
  await annotate(hana, { segmentId: 's2-p1', language: 'ko', exact: '깊은 반성과 진심어린 사죄', comment: 'The **apology**.', visibility: 'private' });
  const page = await pageAs(browser, hana);
  await openDeclaration(page, '');
  await panel(page).getByLabel(/^Mine/).check();
  await exportBox(page).getByRole('link', { name: 'Print view' }).click();
  await expect(page).toHaveURL(/\/documents\/pyongyang-declaration\/print\?scope=mine$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Annotations: Japan-DPRK Pyongyang Declaration');
  await expect(page.locator('blockquote[lang="ko"]')).toHaveText('깊은 반성과 진심어린 사죄');
  await expect(page.locator('.print-comment strong')).toHaveText('apology');
  await expectAccessible(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
});

test('a reader imports the JSON-LD another reader exported, and the notes become theirs', async ({ browser }) => {
  const hana = await createReader(baseURL(), 'Hana Kim');
  const kenji = await createReader(baseURL(), 'Kenji Sato');
  await annotate(hana, { segmentId: 's3-p1', language: 'en', exact: 'international law', comment: 'Hana on law.', visibility: 'private' });
  const hanaPage = await pageAs(browser, hana);
  await openDeclaration(hanaPage, '');
  await panel(hanaPage).getByLabel(/^Mine/).check();
  const jsonld = await download(hanaPage, 'W3C Web Annotation (JSON-LD)');
  expect(JSON.parse(jsonld.text)).toMatchObject({ type: 'AnnotationCollection', total: 1 });

  const page = await pageAs(browser, kenji);
  await openDeclaration(page, '');
  const importBox = panel(page).getByRole('region', { name: 'Import' });
  await importBox.getByLabel(/W3C Web Annotation file/).setInputFiles({ name: jsonld.name, mimeType: 'application/ld+json', buffer: Buffer.from(jsonld.text) });
  await importBox.getByRole('button', { name: 'Import' }).click();
  await expect(importBox.getByRole('status')).toHaveText('Imported 1 annotation and 0 replies as yours.');
  await panel(page).getByLabel(/^Mine/).check();
  await expect(panel(page)).toContainText('Hana on law.');
  await expectAccessible(page);
});

test('a tool’s user follows the accord: terms and reply ids of an export, and each address answers', async ({ browser }) => {
  const mina = await createReader(baseURL(), 'Mina Cho');
  const { id } = await annotate(mina, { segmentId: 's4-p2', language: 'ja', exact: '相互の信頼', comment: 'Trust.', visibility: 'shared' });
  await reply(mina, id, 'A thought on trust.');
  const response = await mina.api.get(`/api/documents/pyongyang-declaration/export?format=jsonld&scope=mine`);
  const collection = JSON.parse(await response.text());
  const replyItem = collection.first.items.find((item: { motivation: string }) => item.motivation === 'replying');
  expect((await (await mina.api.get(replyItem.id)).json()).body).toBe('A thought on trust.');

  const page = await pageAs(browser, mina);
  await page.goto(`${collection['@context'][1].accord}role`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Accord annotation terms');
  await expect(page.locator('[id="role"]')).toContainText('projected');
  await expectAccessible(page);
});
