import type { Browser, Page } from '@playwright/test';
import { cellText, createReader, marksOf, noteItems, openDeclaration, panel, selectText, toolbar, type Reader } from './annotate-helpers';
import { expect, expectAccessible, test } from './fixtures';
import { open, reopen } from './navigation';

const baseURL = () => test.info().project.use.baseURL!;

async function pageAs(browser: Browser, reader: Reader, viewport = { width: 1440, height: 900 }): Promise<Page> {
  const context = await browser.newContext({ storageState: reader.storageState, viewport });
  return context.newPage();
}

/**
 * With ACCORD_SHOTS set to a folder, the page at 390, 820 and 1440 px wide, for people to look at;
 * `again` sets the page up once more at each width (a selection's toolbar sits where the text was).
 */
async function shoot(page: Page, name: string, again?: () => Promise<void>) {
  const folder = process.env.ACCORD_SHOTS;
  if (!folder) return;
  const size = page.viewportSize()!;
  for (const width of [390, 820, 1440]) {
    await page.setViewportSize({ width, height: 900 });
    await again?.();
    await page.screenshot({ path: `${folder}/${name}-${width}.png`, fullPage: !again });
  }
  await page.setViewportSize(size);
}

test('a reader makes a group, invites a second reader by its link, shares a note the second reader sees arrive, is mentioned in their reply, finds it in the inbox and resolves the thread', async ({
  browser,
}) => {
  // Two readers, four pages, axe on each: longer than a one-page journey.
  test.setTimeout(180_000);
  const hana = await createReader(baseURL(), 'Hana Kim');
  const kenji = await createReader(baseURL(), 'Kenji Sato');
  const groupName = `Seminar ${Date.now().toString(36)}`;

  const owner = await pageAs(browser, hana);
  await open(owner, '/groups');
  await expect(owner.getByRole('heading', { name: 'Your groups', level: 1 })).toBeVisible();
  await expectAccessible(owner);
  await owner.getByLabel('Name').fill(groupName);
  await owner.getByRole('button', { name: 'Create the group' }).click();
  const link = owner.getByTestId('invite-link');
  await expect(link).toHaveValue(/\/groups\/join\?invite=/);
  const joinUrl = await link.inputValue();
  await expect(owner.getByRole('link', { name: groupName })).toBeVisible();
  await expectAccessible(owner);
  await shoot(owner, 'groups');

  const member = await pageAs(browser, kenji);
  await member.goto(joinUrl);
  await expect(member.getByRole('heading', { name: 'Join a reading group' })).toBeVisible();
  await expectAccessible(member);
  await shoot(member, 'join');
  await member.getByRole('button', { name: `Join “${groupName}”` }).click();
  await expect(member).toHaveURL(/\/groups\/[0-9a-f-]{36}$/);
  await expect(member.getByRole('heading', { name: groupName, level: 1 })).toBeVisible();
  await expect(member.getByRole('listitem').filter({ hasText: 'Kenji Sato' })).toContainText('Member');
  await expectAccessible(member);

  await owner.getByRole('link', { name: groupName }).click();
  await expect(owner.getByRole('listitem').filter({ hasText: 'Kenji Sato' })).toBeVisible();
  await expect(owner.getByRole('button', { name: 'Make Kenji Sato a moderator' })).toBeVisible();
  await expectAccessible(owner);
  await shoot(owner, 'group-page');

  // The member reads the declaration before the note exists: it arrives without a reload.
  await openDeclaration(member);
  await member.waitForTimeout(500);

  await openDeclaration(owner);
  const select = async () => {
    await selectText(owner, { segmentId: 's1-p1', lang: 'ko', text: '조일국교정상화회담' });
    await expect(toolbar(owner)).toBeVisible();
  };
  await select();
  await owner.getByLabel('Share with').selectOption({ label: `Group: ${groupName}` });
  await expectAccessible(owner);
  await shoot(owner, 'toolbar', async () => {
    await owner.keyboard.press('Escape');
    await select();
    await expect(owner.getByLabel('Share with')).toHaveValue(/^group:/);
  });
  await toolbar(owner).getByRole('button', { name: 'Comment' }).click();
  await expect(panel(owner).getByRole('radio', { name: groupName })).toBeChecked();
  await panel(owner).getByRole('textbox', { name: 'Comment' }).fill('For Thursday: why 조일, not 일조?');
  await panel(owner).getByRole('button', { name: 'Save note' }).click();
  const detail = panel(owner).getByRole('article');
  await expect(detail).toContainText(groupName);
  const noteId = await detail.getAttribute('data-annotation-id');

  await expect(marksOf(member, noteId!)).toHaveText('조일국교정상화회담', { timeout: 5_000 });
  const item = panel(member).locator(`[data-note-item="${noteId}"]`);
  await expect(item).toContainText('For Thursday');
  await expect(item).toContainText(groupName);
  await expectAccessible(member);

  // The member replies, mentioning the owner; the owner finds the mention in the inbox and opens the note.
  await marksOf(member, noteId!).first().click();
  const replyBox = panel(member).getByRole('textbox', { name: 'Reply' });
  await replyBox.click();
  await replyBox.pressSequentially('Ask @Han');
  await expect(member.getByRole('option', { name: 'Hana Kim' })).toBeVisible();
  await replyBox.press('Enter');
  await expect(replyBox).toHaveValue('Ask @Hana Kim ');
  await replyBox.pressSequentially('on Thursday.');
  await panel(member).getByRole('button', { name: 'Post reply' }).click();
  await expect(panel(member).locator('.reply').getByText('on Thursday.')).toBeVisible();

  await open(owner, '/inbox');
  const mention = owner.getByRole('listitem').filter({ hasText: 'Kenji Sato mentioned you on' });
  await expect(mention).toContainText('on Thursday.');
  await expectAccessible(owner);
  await mention.getByRole('link', { name: /^Open the note/ }).click();
  await expect(detail.getByText('on Thursday.')).toBeVisible();

  await detail.getByRole('button', { name: 'Mark resolved' }).click();
  await expect(detail).toContainText('Resolved by Hana Kim');
  await expect(detail.getByRole('button', { name: 'Reopen' })).toBeVisible();
  await expectAccessible(owner);
  await shoot(owner, 'resolved', () => detail.scrollIntoViewIfNeeded({ timeout: 2_000 }).catch(() => {}));

  await reopen(member);
  await expect(panel(member).locator(`[data-note-item="${noteId}"]`)).toContainText('Resolved by Hana Kim');
  await shoot(member, 'resolved-list', () =>
    panel(member)
      .locator(`[data-note-item="${noteId}"]`)
      .scrollIntoViewIfNeeded({ timeout: 2_000 })
      .catch(() => {}),
  );
  await panel(member).getByLabel('Threads').selectOption({ label: 'Open' });
  await expect(panel(member).locator(`[data-note-item="${noteId}"]`)).toHaveCount(0);
  await expect(noteItems(member).filter({ hasText: 'For Thursday' })).toHaveCount(0);
  await expect(cellText(member, 's1-p1', 'ko')).toBeVisible();
  await member.context().close();
  await owner.context().close();
});

test('a reader whose browser runs no JavaScript joins a group through its invite link', async ({ browser }) => {
  const owner = await createReader(baseURL(), 'Hana Kim');
  const reader = await createReader(baseURL(), 'Mina Park');
  const created = await owner.api.post('/api/groups', { data: { name: `Reading circle ${Date.now().toString(36)}` } });
  expect(created.status()).toBe(201);
  const group = (await created.json()) as { id: string; name: string; joinPath: string };

  const context = await browser.newContext({ storageState: reader.storageState, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(group.joinPath);
  // axe runs as a script, so it cannot run here: the first journey checks these pages with it.
  await expect(page.getByText(`You are invited to “${group.name}” (1 member).`)).toBeVisible();
  await page.getByRole('button', { name: `Join “${group.name}”` }).click();
  await expect(page).toHaveURL(new RegExp(`/groups/${group.id}$`));
  await expect(page.getByRole('heading', { name: group.name, level: 1 })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Mina Park' })).toContainText('Member');

  await page.goto('/groups/join?invite=not-a-real-invite');
  await expect(page.getByRole('alert')).toContainText('This invitation is not valid');
  await context.close();
});

test('the owner renames and describes the group, makes an invite link that expires in a week, and revokes it', async ({ browser }) => {
  test.slow();
  const hana = await createReader(baseURL(), 'Hana Kim');
  const created = await hana.api.post('/api/groups', { data: { name: `Circle ${Date.now().toString(36)}` } });
  expect(created.status()).toBe(201);
  const group = (await created.json()) as { id: string; name: string };
  const renamed = `${group.name} on the 2002 declaration`;

  const owner = await pageAs(browser, hana);
  await open(owner, `/groups/${group.id}`);
  const settings = owner.getByRole('form', { name: 'Name and description' });
  await settings.getByLabel('Name').fill('');
  await settings.getByRole('button', { name: 'Save' }).click();
  await expect(settings.getByRole('alert')).toHaveText('Give the group a name.');
  await settings.getByLabel('Name').fill(renamed);
  await settings.getByLabel('Description (optional)').fill('Thursdays, seminar room 3. Read the preamble first.');
  await settings.getByRole('button', { name: 'Save' }).click();
  await expect(owner.getByRole('heading', { name: renamed, level: 1 })).toBeVisible();
  await expect(owner.getByText('Thursdays, seminar room 3.', { exact: false }).first()).toBeVisible();
  await expect(settings.getByRole('status')).toHaveText('Saved.');

  await owner.getByLabel('A new link works').selectOption({ label: 'for 7 days' });
  await owner.getByRole('button', { name: 'Make a new invite link' }).click();
  await expect(owner.getByTestId('invite-link')).toHaveValue(/\/groups\/join\?invite=/);
  const invites = owner.getByTestId('invite');
  await expect(invites).toHaveCount(2);
  await expect(invites.first()).toContainText('works until');
  await expect(invites.nth(1)).toContainText('works until revoked');
  await expect(owner.getByText('2 invite links work at the moment.')).toBeVisible();
  await expectAccessible(owner);
  await shoot(owner, 'group-manage');

  await invites.first().getByRole('button', { name: 'Revoke this link' }).click();
  await expect(invites.first()).toContainText('revoked');
  await expect(owner.getByText('One invite link works at the moment.')).toBeVisible();
  const joinUrl = await owner.getByTestId('invite-link').inputValue();
  const mina = await createReader(baseURL(), 'Mina Park');
  expect((await mina.api.post('/api/groups/join', { data: { invite: new URL(joinUrl).searchParams.get('invite') } })).status()).toBe(404);
  await owner.context().close();

  // The same page in Korean, for people to look at.
  const korean = await browser.newContext({ storageState: hana.storageState, locale: 'ko-KR', timezoneId: 'Asia/Seoul' });
  const page = await korean.newPage();
  await open(page, `/groups/${group.id}`);
  await expect(page.getByRole('heading', { name: '이름과 설명' })).toBeVisible();
  await page.getByLabel('새 링크 사용 기간').selectOption({ label: '30일 동안' });
  await page.getByRole('button', { name: '새 초대 링크 만들기' }).click();
  await expect(page.getByTestId('invite')).toHaveCount(3);
  await expectAccessible(page);
  await shoot(page, 'group-manage-ko');
  await korean.close();
});
