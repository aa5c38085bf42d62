// Two readers on the declaration at once (the e2e server runs two app processes, so a write and a
// listener are often in different ones): notes arrive without a reload, wait behind a quiet button
// while the reader is selecting, and, in a group, a reply's @mention lands in the other reader's
// inbox, from where the note's author opens it and resolves the thread.
import type { Browser, Page } from '@playwright/test';
import {
  annotate,
  cellText,
  createReader,
  declaration,
  importedNote,
  importNotes,
  marksOf,
  openDeclaration,
  panel,
  selectText,
  slug,
  toolbar,
  wordsOf,
  type Reader,
} from './annotate-helpers';
import { expect, expectAccessible, test } from './fixtures';
import { shots } from './shots';
import { open } from './navigation';

let readers: Promise<{ ayla: Reader; ben: Reader }> | undefined;
const baseURL = () => test.info().project.use.baseURL!;
function getReaders() {
  readers ??= (async () => ({ ayla: await createReader(baseURL(), 'Ayla Kim'), ben: await createReader(baseURL(), 'Ben Cho') }))();
  return readers;
}

async function pageAs(browser: Browser, reader: Reader): Promise<Page> {
  const context = await browser.newContext({ storageState: reader.storageState });
  return context.newPage();
}

test('a shared note arrives without a reload; while the reader selects, new notes wait behind a quiet button', async ({ browser }) => {
  test.slow();
  const { ayla, ben } = await getReaders();
  const page = await pageAs(browser, ben);
  await openDeclaration(page);
  // Let the stream open before the note is written (EventSource connects once scripts run).
  await page.waitForTimeout(500);

  const first = await annotate(ayla, { segmentId: 's1-p1', language: 'en', exact: 'normalization', comment: 'Arrives live', visibility: 'shared' });
  await expect(marksOf(page, first.id).first()).toBeVisible({ timeout: 5_000 });

  await selectText(page, { segmentId: 's2-p1', lang: 'en', text: 'deep remorse' });
  const second = await annotate(ayla, { segmentId: 's1-p1', language: 'en', exact: 'every possible effort', comment: 'Waits', visibility: 'shared' });
  const waiting = page.getByRole('button', { name: /^1 new note/ });
  await expect(waiting).toBeVisible({ timeout: 5_000 });
  await expect(marksOf(page, second.id)).toHaveCount(0);
  await expectAccessible(page);
  await shots(page, 'new-notes-button');
  await waiting.click();
  await expect(marksOf(page, second.id).first()).toBeVisible();
  await expect(waiting).toBeHidden();

  // Ben stops selecting. A private note of Ayla's never reaches his page.
  await page.evaluate(() => getSelection()?.removeAllRanges());
  const hidden = await annotate(ayla, { segmentId: 's1-p1', language: 'en', exact: 'Japan', comment: 'Mine alone', visibility: 'private' });
  const third = await annotate(ayla, {
    segmentId: 's2-p1',
    language: 'en',
    exact: 'heartfelt apology',
    comment: 'After the private one',
    visibility: 'shared',
  });
  await expect(marksOf(page, third.id).first()).toBeVisible({ timeout: 5_000 });
  await expect(marksOf(page, hidden.id)).toHaveCount(0);
  await page.context().close();
});

test('a note deleted while the reader selects in its passage goes at once, and the selection stays on the same words', async ({ browser }) => {
  const { ayla, ben } = await getReaders();
  const doomed = await annotate(ayla, { segmentId: 's2-p1', language: 'en', exact: 'deep remorse', comment: 'Soon gone', visibility: 'shared' });
  const page = await pageAs(browser, ben);
  await openDeclaration(page);
  await expect(marksOf(page, doomed.id).first()).toBeVisible();
  await page.waitForTimeout(500);

  await selectText(page, { segmentId: 's2-p1', lang: 'en', text: 'deep remorse and heartfelt' });
  await expect(toolbar(page)).toBeVisible();
  expect((await ayla.api.delete(`/api/annotations/${doomed.id}`)).status()).toBe(204);
  await expect(marksOf(page, doomed.id)).toHaveCount(0, { timeout: 5_000 });
  expect(await page.evaluate(() => getSelection()?.toString())).toBe('deep remorse and heartfelt');
  await expect(toolbar(page)).toBeVisible();
  await shots(page, 'toolbar-en');
  await page.context().close();
});

test('an import of hundreds of notes reaches the importer’s open page as one reload, once they stop selecting', async ({ browser, baseURL }) => {
  const reader = await createReader(baseURL!, 'Bulk Importer');
  const page = await pageAs(browser, reader);
  await openDeclaration(page);
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  await page.waitForTimeout(500);
  const fetchedOneByOne: string[] = [];
  page.on('request', (request) => {
    if (/\/api\/annotations\/[^/?]+$/.test(new URL(request.url()).pathname)) fetchedOneByOne.push(request.url());
  });

  await selectText(page, { segmentId: 's2-p1', lang: 'en', text: 'deep remorse' });
  const words = await wordsOf(reader.api, 'en', ['s3-p1']);
  await importNotes(
    reader,
    Array.from({ length: 250 }, (_, n) => importedNote(baseURL!, `https://journeys.example/bulk/${n}`, words[n % words.length]!, `Bulk note ${n}.`)),
  );
  const imported = cellText(page, 's3-p1', 'en').locator('mark[data-visibility="private"]');
  // While the reader selects, the page waits.
  await page.waitForTimeout(1_500);
  await expect(imported).toHaveCount(0);
  expect(await page.evaluate(() => getSelection()?.toString())).toBe('deep remorse');

  await page.evaluate(() => getSelection()?.removeAllRanges());
  await expect(imported.first()).toBeVisible({ timeout: 10_000 });
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
  expect(fetchedOneByOne).toEqual([]);
  await page.context().close();
});

/** A note shared with a group, through the API (positions in code points, as the API counts). */
async function groupNote(reader: Reader, groupId: string, segmentId: string, exact: string, comment: string): Promise<{ id: string }> {
  const { segments } = (await (await reader.api.get(`/api/documents/${slug}`)).json()) as { segments: { id: string; texts: Record<string, string> }[] };
  const text = segments.find((s) => s.id === segmentId)!.texts.en!;
  const start = Array.from(text.slice(0, text.indexOf(exact))).length;
  const response = await reader.api.post(`/api/documents/${slug}/annotations`, {
    data: {
      language: 'en',
      color: 'blue',
      comment,
      tags: [],
      visibility: 'group',
      groupId,
      targets: [{ segmentId, start, end: start + Array.from(exact).length, exact }],
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  return response.json();
}

test('via a group: a member sees the note arrive, replies with an @mention chosen by keyboard, and the author finds it in the inbox, opens it and resolves the thread', async ({
  browser,
}) => {
  // Three pages, four accessibility checks and (with ACCORD_SHOTS) nine screenshots.
  test.slow();
  const { ayla, ben } = await getReaders();
  const created = await ayla.api.post('/api/groups', { data: { name: `Seminar ${Date.now().toString(36)}` } });
  expect(created.status()).toBe(201);
  const group = (await created.json()) as { id: string; invite: string };
  expect((await ben.api.post('/api/groups/join', { data: { invite: group.invite } })).status()).toBe(201);

  const benPage = await pageAs(browser, ben);
  await openDeclaration(benPage);
  await benPage.waitForTimeout(500);
  const note = await groupNote(ayla, group.id, 'preamble-1', 'Prime Minister', 'Who signed?');
  await expect(marksOf(benPage, note.id).first()).toBeVisible({ timeout: 5_000 });
  await marksOf(benPage, note.id).first().click();
  const replyBox = panel(benPage).getByRole('textbox', { name: 'Reply' });
  await replyBox.click();
  await replyBox.pressSequentially('Both did, @Ay');
  const option = benPage.getByRole('option', { name: 'Ayla Kim' });
  await expect(option).toBeVisible();
  await expect(replyBox).toHaveAttribute('aria-activedescendant', (await option.getAttribute('id'))!);
  await expectAccessible(benPage);
  await replyBox.press('Enter');
  await expect(replyBox).toHaveValue('Both did, @Ayla Kim ');
  await replyBox.pressSequentially('see the last line.');
  await panel(benPage).getByRole('button', { name: 'Post reply' }).click();
  // The reply may come back over the live stream before the POST answers and empties the box.
  await expect(panel(benPage).locator('.reply').getByText('see the last line.')).toBeVisible();
  await expect(replyBox).toHaveValue('');
  await benPage.context().close();

  const aylaPage = await pageAs(browser, ayla);
  await open(aylaPage, '/');
  const inboxLink = aylaPage.getByRole('link', { name: /^Inbox, \d+ unread$/ });
  await expect(inboxLink).toBeVisible();
  await inboxLink.click();
  await expect(aylaPage.getByRole('heading', { name: 'Inbox', level: 1 })).toBeVisible();
  const item = aylaPage.getByRole('listitem').filter({ hasText: 'Ben Cho mentioned you on' });
  await expect(item).toContainText('see the last line.');
  await expectAccessible(aylaPage);
  await shots(aylaPage, 'inbox');

  await item.getByRole('link', { name: /^Open the note/ }).click();
  await expect(aylaPage).toHaveURL(new RegExp(`${declaration}\\?`));
  const detail = panel(aylaPage).getByRole('article');
  await expect(detail.getByText('see the last line.')).toBeVisible();
  await detail.getByRole('button', { name: 'Mark resolved' }).click();
  await expect(detail).toContainText('Resolved by Ayla Kim');
  await expectAccessible(aylaPage);

  // Opening it marked it read; the header says so.
  await aylaPage.goto('/inbox');
  await expect(aylaPage.getByRole('link', { name: 'Inbox', exact: true })).toBeVisible();
  await expect(aylaPage.getByRole('listitem').filter({ hasText: 'Ben Cho mentioned you on' })).not.toContainText('Unread');
  await aylaPage.context().close();
});

test('a member removed from a group sees its notes disappear from the open page, and the group leave its filter', async ({ browser }) => {
  test.slow();
  const { ayla, ben } = await getReaders();
  const groupName = `Removal ${Date.now().toString(36)}`;
  const created = await ayla.api.post('/api/groups', { data: { name: groupName } });
  const group = (await created.json()) as { id: string; invite: string };
  expect((await ben.api.post('/api/groups/join', { data: { invite: group.invite } })).status()).toBe(201);
  const note = await groupNote(ayla, group.id, 'preamble-1', 'Chairman', 'Only for the group');
  const members = ((await (await ayla.api.get(`/api/groups/${group.id}`)).json()) as { members: { id: string; name: string }[] }).members;
  const benId = members.find((m) => m.name === 'Ben Cho')!.id;

  const page = await pageAs(browser, ben);
  await openDeclaration(page);
  await expect(marksOf(page, note.id).first()).toBeVisible();
  const offered = panel(page).locator('option', { hasText: groupName });
  await expect(offered).toHaveCount(1);
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  await page.waitForTimeout(500);

  expect((await ayla.api.delete(`/api/groups/${group.id}/members/${benId}`)).status()).toBe(204);
  await expect(marksOf(page, note.id)).toHaveCount(0, { timeout: 5_000 });
  await expect(offered).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
  await expectAccessible(page);
  await page.context().close();
});

test('a mention in a group note’s comment reaches the member’s inbox and the header count rises without a reload', async ({ browser }) => {
  test.slow();
  const { ayla, ben } = await getReaders();
  const groupName = `Mentions ${Date.now().toString(36)}`;
  const group = (await (await ayla.api.post('/api/groups', { data: { name: groupName } })).json()) as { id: string; invite: string };
  expect((await ben.api.post('/api/groups/join', { data: { invite: group.invite } })).status()).toBe(201);
  const unreadBefore = ((await (await ben.api.get('/api/inbox/unread')).json()) as { unread: number }).unread;

  const benPage = await pageAs(browser, ben);
  await openDeclaration(benPage);
  await benPage.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  await benPage.waitForTimeout(500);

  const aylaPage = await pageAs(browser, ayla);
  await openDeclaration(aylaPage);
  await selectText(aylaPage, { segmentId: 's1-p1', lang: 'en', text: 'normalization' });
  await aylaPage.getByLabel('Share with').selectOption({ label: `Group: ${groupName}` });
  await aylaPage.getByRole('button', { name: 'Comment' }).click();
  const comment = panel(aylaPage).getByRole('textbox', { name: 'Comment' });
  await comment.pressSequentially('For @Be');
  const option = aylaPage.getByRole('option', { name: 'Ben Cho' });
  await expect(option).toBeVisible();
  await expectAccessible(aylaPage);
  await comment.press('Enter');
  await expect(comment).toHaveValue('For @Ben Cho ');
  await comment.pressSequentially('before Thursday.');
  await panel(aylaPage).getByRole('button', { name: 'Save note' }).click();
  await expect(panel(aylaPage).getByRole('article')).toContainText('before Thursday.');
  await aylaPage.context().close();

  const inboxLink = benPage.getByTestId('inbox-link');
  await expect(inboxLink).toHaveAccessibleName(`Inbox, ${unreadBefore + 1} unread`, { timeout: 5_000 });
  await expect(benPage.getByTestId('inbox-count')).toHaveText(String(unreadBefore + 1));
  expect(await benPage.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
  await expectAccessible(benPage);
  await shots(benPage, 'header-count');
  await inboxLink.click();
  const item = benPage.getByRole('listitem').filter({ hasText: 'Ayla Kim mentioned you on' }).filter({ hasText: 'before Thursday.' });
  await expect(item).toBeVisible();
  await expectAccessible(benPage);
  await benPage.context().close();
});

test('the event stream is Server-Sent Events naming each note by id, and resumes after Last-Event-ID', async () => {
  const { ayla, ben } = await getReaders();
  const note = await annotate(ayla, { segmentId: 'preamble-1', language: 'en', exact: 'Chairman', comment: 'For the stream', visibility: 'shared' });
  // Resume from the start of the log: the stream replays what Ben may see, then stays open.
  const response = await fetch(`${baseURL()}/api/documents/${slug}/events?lastEventId=0`, {
    headers: { cookie: (await ben.api.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join('; ') },
  });
  expect(response.headers.get('content-type')).toContain('text/event-stream');
  const reader = response.body!.getReader();
  let text = '';
  while (!text.includes(note.id)) text += new TextDecoder().decode((await reader.read()).value);
  await reader.cancel();
  expect(text).toMatch(new RegExp(`id: \\d+\\ndata: \\{[^\\n]*"annotationId":"${note.id}"`));
});
