import type { Browser, Page } from '@playwright/test';
import {
  announced,
  annotate,
  cellText,
  createReader,
  declaration,
  dragSelect,
  expectMarkedText,
  marksOf,
  noteItems,
  openDeclaration,
  panel,
  reply,
  selectText,
  textOf,
  toolbar,
  type Reader,
} from './annotate-helpers';
import { expect, expectAccessible, test } from './fixtures';
import { open } from './navigation';

// Two readers for the whole file, signed up through the API once; each journey makes the notes
// it needs. The first journey signs up through the page, as a new reader would.
let readers: Promise<{ hana: Reader; kenji: Reader }> | undefined;
const baseURL = () => test.info().project.use.baseURL!;
function getReaders() {
  readers ??= (async () => ({ hana: await createReader(baseURL(), 'Hana Kim'), kenji: await createReader(baseURL(), 'Kenji Sato') }))();
  return readers;
}

async function pageAs(browser: Browser, reader: Reader | null, viewport?: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext({ storageState: reader?.storageState, viewport });
  return context.newPage();
}

const heading = (page: Page) => panel(page).locator('#notes-view-heading');

test('a reader signs up, highlights a Korean passage, comments on another, and finds both after a reload', async ({ page }) => {
  await open(page, `/signup?callbackUrl=${encodeURIComponent(declaration)}`);
  await page.getByLabel('Name').fill('Mina Park');
  await page.getByLabel('Email').fill(`mina-${Date.now().toString(36)}@example.org`);
  await page.getByLabel('Password', { exact: true }).fill('pyongyang-2002-reading');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(new RegExp(`${declaration}(\\?langs=[a-z,]+)?$`));
  await openDeclaration(page);
  // Other journeys may have left shared notes on the declaration (none of them this reader's), or none at all.
  await expect(panel(page)).toContainText(/Mine \(0\)|No notes on this document yet/);

  await selectText(page, { segmentId: 's1-p1', lang: 'ko', text: '조일국교정상화회담' });
  await expect(toolbar(page)).toBeVisible();
  await expectAccessible(page);
  await toolbar(page).getByRole('button', { name: 'Highlight in green' }).click();
  await expect(announced(page)).toHaveText('Highlight saved');
  const highlight = cellText(page, 's1-p1', 'ko').locator('mark');
  await expect(highlight).toHaveText('조일국교정상화회담');
  await expect(highlight).not.toHaveAttribute('data-pending');

  await selectText(page, { segmentId: 's2-p1', lang: 'ko', text: '통절한 반성과 마음으로부터의 사죄' });
  await toolbar(page).getByRole('button', { name: 'Comment' }).click();
  const comment = panel(page).getByRole('textbox', { name: 'Comment' });
  await expect(comment).toBeFocused();
  await expect(panel(page).getByLabel('Private: only you')).toBeChecked();
  await comment.fill('The Korean says **사죄**: an apology, as in the English.');
  await panel(page).getByRole('button', { name: 'Preview' }).click();
  await expect(panel(page).getByRole('region', { name: 'Preview of the comment' }).locator('strong')).toHaveText('사죄');
  await panel(page).getByRole('button', { name: 'Write' }).click();
  await panel(page).getByLabel(/^Tags/).fill('apology, terms');
  await panel(page).getByLabel(/^Tags/).press('Enter');
  await expect(panel(page).getByRole('list', { name: 'Tags added' }).getByRole('listitem')).toHaveText(['apology×', 'terms×']);
  await expectAccessible(page);
  await panel(page).getByRole('button', { name: 'Save note' }).click();
  await expect(heading(page)).toHaveText('Note on the Korean text');
  await expect(heading(page)).toBeFocused();
  await expect(announced(page)).toHaveText('Note saved');

  await page.reload();
  await expect(cellText(page, 's1-p1', 'ko').locator('mark')).toHaveText('조일국교정상화회담');
  await expect(cellText(page, 's2-p1', 'ko').locator('mark')).toHaveText('통절한 반성과 마음으로부터의 사죄');
  await openDeclaration(page);
  await panel(page).getByLabel(/^Mine/).check();
  await expect(noteItems(page)).toHaveCount(2);
  await expect(noteItems(page).nth(0)).toContainText('조일국교정상화회담');
  await expect(noteItems(page).nth(1)).toContainText('통절한 반성과 마음으로부터의 사죄');
  await cellText(page, 's2-p1', 'ko').locator('mark').click();
  const detail = panel(page).getByRole('article');
  await expect(detail.locator('blockquote')).toHaveText('통절한 반성과 마음으로부터의 사죄');
  await expect(detail.locator('blockquote')).toHaveAttribute('lang', 'ko');
  await expect(detail.locator('.note-markdown strong')).toHaveText('사죄');
  await expect(detail.getByRole('list', { name: 'Tags' })).toContainText('apology');
  await expect(detail).toContainText('Private: only you');
  await expect(detail).toContainText('Mina Park');
  await expectAccessible(page);
});

test('a second reader replies to a shared note, and its author sees the reply', async ({ browser }) => {
  const { hana, kenji } = await getReaders();
  const note = await annotate(hana, { segmentId: 's3-p1', language: 'ko', exact: '국제법을 준수하며', comment: 'Note the word _준수_.', visibility: 'shared' });

  const page = await pageAs(browser, kenji);
  await openDeclaration(page);
  await marksOf(page, note.id).first().click();
  await expect(heading(page)).toHaveText('Note on the Korean text');
  const detail = panel(page).getByRole('article');
  await expect(detail).toContainText('Hana Kim');
  await expect(detail.getByRole('button', { name: 'Edit' })).toHaveCount(0);
  await detail.getByRole('textbox', { name: 'Reply' }).fill('The Japanese has 遵守 too.');
  await detail.getByRole('button', { name: 'Post reply' }).click();
  await expect(detail.getByRole('heading', { name: '1 reply' })).toBeVisible();
  await expect(detail.locator('.reply')).toContainText('Kenji Sato');
  await expect(detail.locator('.reply')).toContainText('The Japanese has 遵守 too.');
  await expect(announced(page)).toHaveText('Reply posted');
  await expectAccessible(page);

  const author = await pageAs(browser, hana);
  await openDeclaration(author);
  await marksOf(author, note.id).first().click();
  await expect(panel(author).locator('.reply')).toContainText('The Japanese has 遵守 too.');
  await expect(panel(author).getByRole('article').getByRole('button', { name: 'Edit', exact: true })).toBeVisible();
  await author.context().close();
  await page.context().close();
});

test('a private note stays invisible to another reader and to readers who are signed out', async ({ browser }) => {
  const { hana, kenji } = await getReaders();
  const secret = `private-thought-${Date.now().toString(36)}`;
  const note = await annotate(hana, { segmentId: 's4-p1', language: 'ko', exact: '동북아시아의 평화와 안정', comment: secret, visibility: 'private' });

  const own = await pageAs(browser, hana);
  await openDeclaration(own);
  await expectMarkedText(marksOf(own, note.id), '동북아시아의 평화와 안정');
  await expect(marksOf(own, note.id).first()).toHaveAttribute('data-visibility', 'private');
  await own.context().close();

  for (const reader of [kenji, null]) {
    const page = await pageAs(browser, reader);
    // After the scripts have run, as the marks are drawn only then: before, no mark could be there.
    await openDeclaration(page);
    await expect(cellText(page, 's4-p1', 'ko')).toBeVisible();
    await expect(marksOf(page, note.id)).toHaveCount(0);
    await expect(panel(page).locator(`[data-note-item="${note.id}"]`)).toHaveCount(0);
    expect(await page.content()).not.toContain(secret);
    await page.context().close();
  }
});

test('the aligned English passage shows a marker that opens the note made on the Korean text', async ({ browser }) => {
  const { hana, kenji } = await getReaders();
  const note = await annotate(hana, { segmentId: 's2-p2', language: 'ko', exact: '무상자금협력', comment: 'Grant aid.', visibility: 'shared' });

  const page = await pageAs(browser, null);
  await openDeclaration(page);
  const englishCell = page.locator('#s2-p2 .segment-cell[lang="en"]');
  const marker = englishCell.getByRole('button', { name: /notes? on the Korean text/ });
  await expect(marker).toBeVisible();
  await expect(marker).toHaveAccessibleName('1 note on the Korean text of this passage');
  await expect(marker).toContainText('1 note · KO');
  await expect(page.locator('#s2-p2 .segment-cell[lang="ko"]').getByRole('button', { name: /on the Korean text/ })).toHaveCount(0);
  await marker.click();
  await expect(heading(page)).toHaveText('Note on the Korean text');
  await expect(panel(page).locator(`[data-annotation-id="${note.id}"] blockquote`)).toHaveText('무상자금협력');
  await expect(panel(page).getByRole('article')).toContainText('Sign in to reply');
  await expectAccessible(page);

  await page.keyboard.press('Escape');
  await expect(marker).toBeFocused();

  // A note on the Japanese text too: still one marker, which lists both to choose from.
  await annotate(kenji, { segmentId: 's2-p2', language: 'ja', exact: '無償資金協力', comment: 'The Japanese term.', visibility: 'shared' });
  await openDeclaration(page);
  const both = englishCell.getByRole('button', { name: '2 notes on the Korean and Japanese text of this passage' });
  await expect(englishCell.locator('.aligned-notes-button')).toHaveCount(1);
  await expect(both).toContainText('2 notes · KO JA');
  await expect(both).toHaveAttribute('aria-expanded', 'false');
  await both.click();
  await expect(both).toHaveAttribute('aria-expanded', 'true');
  const choices = englishCell.locator('.aligned-notes-list').getByRole('button');
  await expect(choices).toHaveCount(2);
  await expectAccessible(page);
  await choices.filter({ hasText: '無償資金協力' }).click();
  await expect(heading(page)).toHaveText('Note on the Japanese text');
  await expect(panel(page).getByRole('navigation', { name: 'Notes at this place' })).toContainText('2 of 2 here');
  await expect(both).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Escape');
  await expect(both).toBeFocused();
  await page.context().close();
});

test('a reader drags across two passages of the Japanese column and highlights them as one note', async ({ browser }) => {
  const { kenji } = await getReaders();
  const page = await pageAs(browser, kenji);
  await openDeclaration(page);
  await dragSelect(page, { segmentId: 's4-p2', lang: 'ja', text: '信頼醸成を促進する' }, { segmentId: 's4-p3', lang: 'ja', text: '朝鮮半島の核問題' });
  await expect(toolbar(page)).toBeVisible();
  await toolbar(page).getByRole('button', { name: 'Highlight in blue' }).click();
  await expect(announced(page)).toHaveText('Highlight saved');
  const first = cellText(page, 's4-p2', 'ja').locator('mark');
  const second = cellText(page, 's4-p3', 'ja').locator('mark');
  await expect.poll(() => textOf(first)).toMatch(/^信頼醸成を促進する.*認識を共有した。$/);
  await expectMarkedText(second, '双方は、朝鮮半島の核問題');
  // Nothing of the other columns the drag passed over was taken.
  await expect(page.locator('#s4-p2 .segment-cell:not([lang="ja"]) mark, #s4-p3 .segment-cell:not([lang="ja"]) mark')).toHaveCount(0);

  const id = (await first.first().getAttribute('data-annotation-ids'))!;
  expect(await second.first().getAttribute('data-annotation-ids')).toBe(id);
  await second.first().click();
  await expect(panel(page).locator('blockquote')).toHaveCount(2);
  const stored = await (await kenji.api.get(`/api/annotations/${id}`)).json();
  expect(stored.targets.map((t: { segmentId: string }) => t.segmentId)).toEqual(['s4-p2', 's4-p3']);
  expect(stored.targets[1].exact).toBe('双方は、朝鮮半島の核問題');
  await page.context().close();
});

test('the panel filters notes by whose, language, colour, tag and words, with counts', async ({ browser }) => {
  const { kenji } = await getReaders();
  const yuna = await createReader(baseURL(), 'Yuna Choi');
  await annotate(yuna, { segmentId: 's4-p4', language: 'ko', exact: '미싸일발사보류조치', color: 'green', tags: ['missiles'], comment: 'Moratorium.' });
  await annotate(yuna, { segmentId: 's4-p5', language: 'en', exact: 'issues relating to security', color: 'blue', tags: ['security'], visibility: 'private' });
  await annotate(yuna, { segmentId: 's2-p3', language: 'ja', exact: '財産及び請求権', color: 'pink', comment: 'Property and claims: waived.' });
  await annotate(kenji, { segmentId: 's2-p4', language: 'en', exact: 'cultural property', color: 'green', tags: ['missiles'], comment: 'By Kenji.' });

  const page = await pageAs(browser, yuna);
  await openDeclaration(page);
  const filters = panel(page).getByRole('search', { name: 'Filter notes' });
  await expect(filters.getByLabel(/^Mine/)).toHaveAccessibleName('Mine (3)');
  await filters.getByLabel(/^Mine/).check();
  await expect(noteItems(page)).toHaveCount(3);
  await expect(panel(page).getByRole('status').first()).toHaveText(/^Showing 3 of \d+ notes$/);
  await expect(filters.getByLabel('Language')).toContainText('Korean (1)');
  await expectAccessible(page);

  await filters.getByLabel('Language').selectOption('en');
  await expect(noteItems(page)).toHaveCount(1);
  await expect(noteItems(page)).toContainText('issues relating to security');
  await expect(noteItems(page)).toContainText('Private');

  await filters.getByLabel('Language').selectOption('');
  await filters.getByLabel('Colour').selectOption('pink');
  await expect(noteItems(page)).toHaveCount(1);
  await expect(noteItems(page)).toContainText('財産及び請求権');

  await filters.getByRole('button', { name: 'Clear filters' }).click();
  await filters.getByLabel('Tag').selectOption('missiles');
  await expect(noteItems(page)).toHaveCount(2);
  await expect(noteItems(page)).toContainText(['cultural property', '미싸일발사보류조치']);

  await filters.getByLabel('Tag').selectOption('');
  await filters.getByLabel('Search notes').fill('WAIVED');
  await expect(noteItems(page)).toHaveCount(1);
  await noteItems(page).click();
  await expect(heading(page)).toHaveText('Note on the Japanese text');
  await expect(cellText(page, 's2-p3', 'ja').locator('mark')).toBeInViewport();
  await page.context().close();
});

test('an author edits a note, deletes it, and deleting one with replies keeps the replies under a placeholder', async ({ browser }) => {
  const { hana, kenji } = await getReaders();
  const plain = await annotate(hana, {
    segmentId: 's2-p4',
    language: 'ko',
    exact: '재일조선인들의 지위문제',
    comment: 'First thought.',
    visibility: 'private',
  });
  const discussed = await annotate(hana, { segmentId: 's2-p4', language: 'ja', exact: '文化財の問題', comment: 'To discuss.', visibility: 'shared' });
  await reply(kenji, discussed.id, 'A reply that must survive.');

  const page = await pageAs(browser, hana);
  await openDeclaration(page);
  await marksOf(page, plain.id).first().click();
  const detail = panel(page).getByRole('article');
  await detail.getByRole('button', { name: 'Edit', exact: true }).click();
  await expect(heading(page)).toHaveText('Edit your note');
  await panel(page).getByRole('textbox', { name: 'Comment' }).fill('Second thought, **shared**.');
  await panel(page).getByLabel('Purple').check();
  await panel(page)
    .getByLabel(/^Shared/)
    .check();
  await expectAccessible(page);
  await panel(page).getByRole('button', { name: 'Save changes' }).click();
  await expect(announced(page)).toHaveText('Note updated');
  await expect(detail.locator('.note-markdown')).toHaveText('Second thought, shared.');
  await expect(detail).toContainText('Purple');
  await expect(marksOf(page, plain.id).first()).toHaveAttribute('data-color', 'purple');
  await expect(marksOf(page, plain.id).first()).toHaveAttribute('data-visibility', 'shared');

  await detail.getByRole('button', { name: 'Delete', exact: true }).click();
  await detail.getByRole('button', { name: 'Delete note' }).click();
  await expect(announced(page)).toHaveText('Note deleted');
  await expect(marksOf(page, plain.id)).toHaveCount(0);
  await expect(panel(page).locator(`[data-note-item="${plain.id}"]`)).toHaveCount(0);

  await marksOf(page, discussed.id).first().click();
  await expect(panel(page).getByRole('group', { name: 'Delete this note?' })).toHaveCount(0);
  await panel(page).getByRole('article').getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(panel(page).getByRole('group', { name: 'Delete this note?' })).toContainText('Its reply stays under a “deleted” placeholder.');
  await panel(page).getByRole('button', { name: 'Delete note' }).click();
  await expect(heading(page)).toHaveText('Deleted note');
  await expect(panel(page).locator('.reply')).toContainText('A reply that must survive.');
  await expect(marksOf(page, discussed.id)).toHaveCount(0);
  await expectAccessible(page);

  await page.reload();
  await expect(panel(page).locator(`[data-note-item="${discussed.id}"]`)).toContainText('Deleted by its author; the replies remain.');
  await page.context().close();
});

test('when a save fails the reader sees why, nothing pretends to be saved, and the comment is kept', async ({ browser }) => {
  const { kenji } = await getReaders();
  const page = await pageAs(browser, kenji);
  await openDeclaration(page);
  let refuse = true;
  // Every create the page sends, by the id it chose for it.
  const sentIds: string[] = [];
  await page.route('**/api/documents/*/annotations', (route) => {
    if (route.request().method() === 'POST') sentIds.push((route.request().postDataJSON() as { id: string }).id);
    return refuse && route.request().method() === 'POST'
      ? route.fulfill({ status: 503, json: { error: 'The database is not answering; try again shortly.', db: 'down' } })
      : route.fallback();
  });
  // The page retries a create on 503 for about eight seconds, with the same id, before it gives up.
  const givesUp = { timeout: 20_000 };
  await selectText(page, { segmentId: 's3-p1', lang: 'en', text: 'international law' });
  await toolbar(page).getByRole('button', { name: 'Highlight in pink' }).click();
  await expect(page.getByTestId('selection-popover').getByRole('alert')).toHaveText(
    'The database is not answering. Nothing was saved; try again shortly.',
    givesUp,
  );
  expect(sentIds.length).toBeGreaterThan(1);
  expect(new Set(sentIds).size).toBe(1);
  sentIds.length = 0;
  await expect(cellText(page, 's3-p1', 'en').locator('mark')).toHaveCount(0);
  await expect(announced(page)).toHaveText('The highlight was not saved');

  await toolbar(page).getByRole('button', { name: 'Comment' }).click();
  const comment = panel(page).getByRole('textbox', { name: 'Comment' });
  await comment.fill('International law, in all three texts.');
  await panel(page).getByRole('button', { name: 'Save note' }).click();
  await expect(panel(page).getByRole('alert')).toHaveText('The database is not answering. Nothing was saved; try again shortly.', givesUp);
  await expect(comment).toHaveValue('International law, in all three texts.');
  await expectAccessible(page);

  // Saving the same note again reuses its id: had a refused attempt been written after all, it would not be written twice.
  refuse = false;
  await panel(page).getByRole('button', { name: 'Save note' }).click();
  await expect(heading(page)).toHaveText('Note on the English text');
  expect(new Set(sentIds).size).toBe(1);
  await expect(cellText(page, 's3-p1', 'en').locator('mark')).toHaveText('international law');
  await page.context().close();
});

test('overlapping highlights show both colours, keep the text whole, and open each note in turn', async ({ browser }) => {
  const { hana, kenji } = await getReaders();
  await annotate(hana, { segmentId: 's4-p3', language: 'en', exact: 'overall resolution of the nuclear issues', color: 'yellow' });
  await annotate(kenji, { segmentId: 's4-p3', language: 'en', exact: 'nuclear issues on the Korean Peninsula', color: 'blue' });
  const page = await pageAs(browser, null);
  await openDeclaration(page);
  const cell = cellText(page, 's4-p3', 'en');
  await expect(cell.locator('mark')).toHaveText(['overall resolution of the ', 'nuclear issues', ' on the Korean Peninsula']);
  await expect(cell).toContainText('for an overall resolution of the nuclear issues on the Korean Peninsula, they would comply');
  const shared = cell.locator('mark[data-depth="2"]');
  await expect(shared).toHaveText('nuclear issues');
  await shared.click();
  const pager = panel(page).getByRole('navigation', { name: 'Notes at this place' });
  await expect(pager).toContainText('1 of 2 here');
  await expect(panel(page).locator('blockquote')).toHaveText('nuclear issues on the Korean Peninsula');
  await pager.getByRole('button', { name: 'Next →' }).click();
  await expect(panel(page).locator('blockquote')).toHaveText('overall resolution of the nuclear issues');
  await expectAccessible(page);
  await page.context().close();
});

test('a keyboard user reaches the toolbar with Alt+A, highlights, and opens the note with Enter', async ({ browser }) => {
  const { kenji } = await getReaders();
  const page = await pageAs(browser, kenji);
  await openDeclaration(page);
  await selectText(page, { segmentId: 'preamble-1', lang: 'en', text: 'Chairman Kim Jong-Il' });
  await expect(toolbar(page)).toBeVisible();
  await expect(page.getByTestId('selection-popover')).toContainText('Alt+A reaches these buttons');
  await page.keyboard.press('Alt+A');
  await expect(toolbar(page).getByRole('button', { name: 'Highlight in yellow' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(toolbar(page).getByRole('button', { name: 'Highlight in green' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(announced(page)).toHaveText('Highlight saved');
  // Aligned phrases split the highlight into several marks; the first is the one to focus.
  const mark = cellText(page, 'preamble-1', 'en').locator('mark').first();
  await expect(mark).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(heading(page)).toBeFocused();
  await expect(panel(page).locator('blockquote')).toHaveText('Chairman Kim Jong-Il');
  await page.keyboard.press('Escape');
  await expect(mark).toBeFocused();
  await page.context().close();
});

test('a keyboard user selects a whole passage with its Select button, without caret browsing, and comments on it', async ({ browser }) => {
  const { kenji } = await getReaders();
  const page = await pageAs(browser, kenji);
  await openDeclaration(page);
  await page.getByRole('button', { name: 'Copy link to passage s1-p2' }).focus();
  await page.keyboard.press('Tab');
  const selectEnglish = page.getByRole('button', { name: 'Select English text of passage s1-p2' });
  await expect(selectEnglish).toBeFocused();
  // Out of sight until the keyboard reaches it, then plainly shown.
  expect((await selectEnglish.boundingBox())!.width).toBeGreaterThan(40);
  await page.keyboard.press('Tab');
  const selectKorean = page.getByRole('button', { name: 'Select Korean text of passage s1-p2' });
  await expect(selectKorean).toBeFocused();
  expect((await selectEnglish.boundingBox())!.width).toBeLessThan(2);

  await page.keyboard.press('Enter');
  const yellow = toolbar(page).getByRole('button', { name: 'Highlight in yellow' });
  await expect(yellow).toBeFocused();
  const korean = (await cellText(page, 's1-p2', 'ko').textContent())!;
  expect(await page.evaluate(() => getSelection()!.toString())).toBe(korean);
  await expectAccessible(page);
  await page.keyboard.press('Escape');
  await expect(toolbar(page)).toHaveCount(0);
  await expect(selectKorean).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(yellow).toBeFocused();
  await page.keyboard.press('End');
  await expect(toolbar(page).getByRole('button', { name: 'Comment' })).toBeFocused();
  await page.keyboard.press('Enter');
  const comment = panel(page).getByRole('textbox', { name: 'Comment' });
  await expect(comment).toBeFocused();
  await page.keyboard.type('The whole Korean passage.');
  await panel(page).getByRole('button', { name: 'Save note' }).click();
  await expect(heading(page)).toHaveText('Note on the Korean text');
  await expect(panel(page).locator('blockquote')).toHaveText(korean.trim());
  await expectMarkedText(cellText(page, 's1-p2', 'ko').locator('mark'), korean.trim());

  await page.keyboard.press('Escape');
  await expect(selectKorean).toBeFocused();
  await panel(page).getByText('Annotating with the keyboard').click();
  await expect(panel(page).locator('.keyboard-help')).toContainText('Select button for each language');
  await expectAccessible(page);
  await page.context().close();
});

test('a signed-out reader who selects text is offered to sign in and comes back to the passage', async ({ browser }) => {
  const { hana } = await getReaders();
  const page = await pageAs(browser, null);
  await openDeclaration(page);
  await selectText(page, { segmentId: 'preamble-2', lang: 'ja', text: '実りある政治的' });
  const prompt = page.getByRole('link', { name: 'Sign in to annotate' });
  await expect(prompt).toBeVisible();
  await expect(toolbar(page)).toHaveCount(0);
  await expectAccessible(page);
  await prompt.click();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await page.getByLabel('Email').fill(hana.email);
  await page.getByLabel('Password', { exact: true }).fill('pyongyang-2002-reading');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/documents\/pyongyang-declaration(\?[^#]*)?#preamble-2$/);
  await page.context().close();
});

test('on a phone the notes open in a drawer that keeps focus and closes with Escape @narrow', async ({ browser }) => {
  test.skip(test.info().project.name !== 'narrow', 'runs in the narrow project');
  const { hana } = await getReaders();
  const note = await annotate(hana, {
    segmentId: 'preamble-2',
    language: 'ko',
    exact: '불행한 과거를 청산하고',
    comment: 'Settling the past.',
    visibility: 'shared',
  });
  await reply(hana, note.id, 'And the replies under it.');
  const page = await pageAs(browser, null, { width: 390, height: 844 });
  await openDeclaration(page);
  await expect(panel(page)).toBeHidden();
  const toggle = page.getByRole('button', { name: /^Notes \(\d+\)$/ });
  await toggle.click();
  const drawer = page.getByRole('dialog', { name: 'Notes' });
  await expect(drawer).toBeVisible();
  await expectAccessible(page);
  await drawer.locator(`[data-note-item="${note.id}"]`).click();
  await expect(drawer.locator('#notes-view-heading')).toBeFocused();
  await expect(drawer.locator('.reply')).toContainText('And the replies under it.');
  await expect(marksOf(page, note.id).first()).toBeInViewport();
  await expectAccessible(page);
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  await expect(toggle).toBeFocused();
  await page.context().close();
});
