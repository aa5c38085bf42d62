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
  await annotate(hana, { segmentId: 's2-p1', language: 'ko', exact: '통절한 반성과 마음으로부터의 사죄', comment: 'The **apology**.', visibility: 'private' });
  const page = await pageAs(browser, hana);
  await openDeclaration(page, '');
  await panel(page).getByLabel(/^Mine/).check();
  await exportBox(page).getByRole('link', { name: 'Print view' }).click();
  await expect(page).toHaveURL(/\/documents\/pyongyang-declaration\/print\?scope=mine$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Annotations: Japan-DPRK Pyongyang Declaration');
  await expect(page.locator('blockquote[lang="ko"]')).toHaveText('통절한 반성과 마음으로부터의 사죄');
  await expect(page.locator('.print-comment strong')).toHaveText('apology');
  await expectAccessible(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
});

test('a reader previews the JSON-LD another reader exported, confirms, and the notes come in private and credited, not as theirs', async ({ browser }) => {
  // Two readers, two imports and three pages with axe on them: more than the default minute.
  test.slow();
  const hana = await createReader(baseURL(), 'Hana Kim');
  const kenji = await createReader(baseURL(), 'Kenji Sato');
  await annotate(hana, { segmentId: 's3-p1', language: 'en', exact: 'international law', comment: 'Hana on law.', visibility: 'private' });
  await annotate(hana, { segmentId: 's2-p1', language: 'en', exact: 'heartfelt apology', comment: 'Hana shares this.', visibility: 'shared' });
  const hanaPage = await pageAs(browser, hana);
  await openDeclaration(hanaPage, '');
  await panel(hanaPage).getByLabel(/^Mine/).check();
  const jsonld = await download(hanaPage, 'W3C Web Annotation (JSON-LD)');
  expect(JSON.parse(jsonld.text)).toMatchObject({ type: 'AnnotationCollection', total: 2 });
  const file = { name: jsonld.name, mimeType: 'application/ld+json', buffer: Buffer.from(jsonld.text) };

  // Hana re-imports her own export: everything is already here, and there is nothing to confirm.
  const hanaImport = panel(hanaPage).getByRole('region', { name: 'Import' });
  await hanaImport.getByLabel(/W3C Web Annotation file/).setInputFiles(file);
  await hanaImport.getByRole('button', { name: 'Check file' }).click();
  await expect(hanaImport.getByRole('status')).toHaveText('Checked: there is nothing new to import.');
  await expect(hanaImport.getByRole('listitem')).toHaveText(['2 notes already here: not written again.']);
  await expect(hanaImport.getByRole('button', { name: /^Import/ })).toHaveCount(0);

  const page = await pageAs(browser, kenji);
  await openDeclaration(page, '');
  const importBox = panel(page).getByRole('region', { name: 'Import' });
  await importBox.getByLabel(/W3C Web Annotation file/).setInputFiles(file);
  await importBox.getByRole('button', { name: 'Check file' }).click();
  await expect(importBox.getByRole('status')).toHaveText('Checked: nothing is written until you confirm.');
  // Hana's shared note is already here for Kenji to read; her private one comes in private and credited.
  await expect(importBox.getByRole('group', { name: 'What this import would do' }).getByRole('listitem')).toHaveText([
    '1 note written by others: private to you, credited to its author.',
    '1 note already here: not written again.',
  ]);
  await expectAccessible(page);
  await importBox.getByRole('button', { name: 'Import 1 note' }).click();
  await expect(importBox.getByRole('status')).toHaveText(
    'Imported 1 note and 0 replies. 1 note by others is private to you and credited. 1 note was already here.',
  );

  await panel(page).getByLabel(/^Mine/).check();
  await expect(panel(page)).toContainText('Hana on law.');
  await expect(panel(page)).toContainText('Kenji Sato · from Hana Kim’s notes');
  await panel(page).getByText('Hana on law.').click();
  await expect(panel(page).locator('.note-credit')).toHaveText(/^Imported from Hana Kim’s notes, \d{1,2} [A-Z][a-z]{2} \d{4}$/);
  await expect(panel(page).locator('.visibility-badge')).toHaveText('Private: only you');
  await expectAccessible(page);

  // The public list shows Hana's shared comment once, under her name only.
  const signedOut = await (await browser.newContext()).newPage();
  await openDeclaration(signedOut, '');
  await expect(panel(signedOut).getByText('Hana shares this.')).toHaveCount(1);
  await expect(panel(signedOut)).not.toContainText('Hana on law.');
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
