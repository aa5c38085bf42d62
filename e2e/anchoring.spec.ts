// Journey: a note whose text changed since it was made is marked in the text and the panel, and
// its author confirms it where it now is. The note comes from a file made on an older wording
// (an import), the way such a note reaches a reader without the app's content being edited.
import { announced, cellText, createReader, openDeclaration, panel, slug } from './annotate-helpers';
import { expect, expectAccessible, test } from './fixtures';

test('a reader sees that the text under their imported note changed, and confirms it where it now is', async ({ browser, baseURL }) => {
  const reader = await createReader(baseURL!, 'Yuna Choi');
  // "security" is in s3-p1 twice, but neither with the words the older wording had around it.
  const older = [
    {
      id: 'https://elsewhere.example/annotations/older-1',
      type: 'Annotation',
      motivation: 'commenting',
      body: { type: 'TextualBody', value: 'Made on an earlier draft.' },
      target: {
        source: { id: `${baseURL}/documents/${slug}#s3-p1`, language: 'en' },
        selector: { type: 'TextQuoteSelector', exact: 'security', prefix: 'an earlier draft spoke of mutual ', suffix: ' guarantees for every citizen th' },
      },
    },
  ];
  const imported = await reader.api.post(`/api/documents/${slug}/import`, { data: older });
  expect(imported.status(), await imported.text()).toBe(200);

  const page = await (await browser.newContext({ storageState: reader.storageState })).newPage();
  await openDeclaration(page, '?langs=en');
  const mark = cellText(page, 's3-p1', 'en').locator('mark[data-uncertain]');
  await expect(mark).toHaveText('security');
  await expect(mark).toHaveAttribute('aria-describedby', /accord_note_mark_changed/);
  await mark.click();
  const notice = panel(page).getByRole('group', { name: 'The text here changed' });
  await expect(notice).toBeVisible();
  await expectAccessible(page);

  await notice.getByRole('button', { name: 'Confirm it here' }).click();
  await expect(announced(page)).toHaveText('Note confirmed where the text now is');
  await expect(notice).toHaveCount(0);
  await expect(cellText(page, 's3-p1', 'en').locator('mark[data-uncertain]')).toHaveCount(0);

  // Stored: after a reload the note is drawn as anchored, on the same words.
  await page.reload();
  const again = cellText(page, 's3-p1', 'en').locator('mark');
  await expect(again).toHaveText('security');
  await expect(again).not.toHaveAttribute('data-uncertain');
});
