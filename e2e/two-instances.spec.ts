// Two app processes on one PostgreSQL, as a deployment behind a load balancer runs them: nothing
// in the request path may depend on what one process holds in memory.
import { spawn, type ChildProcess } from 'node:child_process';
import { request, type APIRequestContext } from '@playwright/test';
import { serveCommand } from '../lib/server/serve-command';
import { annotate, createReader, readerPassword, slug, type Reader } from './annotate-helpers';
import { expect, test } from './fixtures';

const port = Number(process.env.ACCORD_E2E_PORT ?? '3100') + 1;
const second = `http://localhost:${port}`;
let app: ChildProcess | undefined;
let reader: Reader;
let viaSecond: APIRequestContext;

test.beforeAll(async ({ baseURL }) => {
  const database = new URL(process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres');
  database.pathname = `/${process.env.ACCORD_E2E_DB}`;
  // The same build and settings as the first instance (e2e/serve.ts), served the same way, on the next port.
  app = spawn(process.execPath, serveCommand({ projectRoot: process.cwd(), port, workers: 1 }), {
    stdio: 'ignore',
    env: {
      ...process.env,
      DATABASE_URL: database.toString(),
      ACCORD_DIST_DIR: process.env.ACCORD_DIST_DIR ?? '.next-e2e',
      NEXTAUTH_URL: second,
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? 'e2e-secret-not-for-production-0123456789',
      NEXT_TELEMETRY_DISABLED: '1',
    },
  });
  const health = await request.newContext({ baseURL: second });
  await expect.poll(async () => (await health.get('/api/health').catch(() => null))?.status(), { timeout: 60_000 }).toBe(200);
  await health.dispose();

  reader = await createReader(baseURL!, 'Mina Park');
  viaSecond = await request.newContext({ baseURL: second, extraHTTPHeaders: { Origin: second }, storageState: reader.storageState });
});

test.afterAll(async () => {
  await viaSecond?.dispose();
  app?.kill('SIGTERM');
});

type List = { items: { id: string; comment: string }[]; total: number; counts: { visible: number; mine: number } };
const listOf = async (api: APIRequestContext) => (await (await api.get(`/api/documents/${slug}/annotations?limit=500`)).json()) as List;

test('a note written through one instance is read, listed, counted, changed and deleted through the other', async () => {
  const before = await listOf(viaSecond);
  const note = await annotate(reader, { segmentId: 's1-p1', language: 'en', exact: 'normalization', comment: 'from the first', visibility: 'private' });

  const read = await viaSecond.get(`/api/annotations/${note.id}`);
  expect(read.status()).toBe(200);
  const after = await listOf(viaSecond);
  expect(after.items.map((a) => a.id)).toContain(note.id);
  expect(after.counts.mine).toBe(before.counts.mine + 1);
  expect(after).toEqual(await listOf(reader.api));

  const changed = await viaSecond.patch(`/api/annotations/${note.id}`, { data: { comment: 'from the second' } });
  expect(changed.status()).toBe(200);
  expect(((await (await reader.api.get(`/api/annotations/${note.id}`)).json()) as { comment: string }).comment).toBe('from the second');

  expect((await viaSecond.delete(`/api/annotations/${note.id}`)).status()).toBe(204);
  expect((await reader.api.get(`/api/annotations/${note.id}`)).status()).toBe(404);
  expect((await listOf(reader.api)).counts.mine).toBe(before.counts.mine);
});

test('signing out on one instance ends the session on the other within its two-second cache', async () => {
  expect((await viaSecond.get(`/api/documents/${slug}/annotations?scope=mine`)).status()).toBe(200);
  expect((await reader.api.post('/api/auth/sign-out')).status()).toBe(204);
  await expect
    .poll(async () => (await viaSecond.get(`/api/documents/${slug}/annotations?scope=mine`)).status(), { timeout: 3_000, intervals: [200] })
    .toBe(401);
});

/** A fresh request context on one instance, with next-auth's CSRF token for its sign-in form. */
async function signInForm(baseURL: string) {
  const api = await request.newContext({ baseURL, extraHTTPHeaders: { Origin: baseURL } });
  const { csrfToken } = (await (await api.get('/api/auth/csrf')).json()) as { csrfToken: string };
  return {
    api,
    signIn: (email: string, password: string, headers: Record<string, string> = {}) =>
      api.post('/api/auth/callback/credentials', { form: { csrfToken, email, password, json: 'true' }, headers }),
  };
}

test('wrong passwords counted on one instance make the same address wait on the other', async ({ baseURL }) => {
  const target = await createReader(baseURL!, 'Rate Limited');
  const first = await signInForm(baseURL!);
  const other = await signInForm(second);
  // Five free failures, then each wait doubles (2 s, 4 s, 8 s): reach the 8-second one, so that the
  // other instance is asked well within it.
  for (let i = 0; i < 5; i++) expect((await first.signIn(target.email, `wrong-password-${i}`)).status()).not.toBe(429);
  for (const wait of [2, 4]) {
    await new Promise((resolve) => setTimeout(resolve, wait * 1000 + 200));
    expect((await first.signIn(target.email, `wrong-after-${wait}`)).status()).not.toBe(429);
  }
  const refused = await other.signIn(target.email, readerPassword);
  expect(refused.status()).toBe(429);
  expect(Number(refused.headers()['retry-after'])).toBeGreaterThan(0);
  expect(Number(refused.headers()['retry-after'])).toBeLessThanOrEqual(8);
  await Promise.all([first.api.dispose(), other.api.dispose()]);
});

test('guesses that each claim another address in X-Forwarded-For are still counted as one address', async ({ baseURL }) => {
  const target = await createReader(baseURL!, 'Spoofed Addresses');
  const form = await signInForm(second);
  const claiming = (i: number) => ({ 'X-Forwarded-For': `198.51.100.${i}`, 'X-Accord-Client-Address': `198.51.100.${i}` });
  // Believed, each would be a first failure from a new address, and none would wait.
  for (let i = 1; i <= 5; i++) expect((await form.signIn(target.email, `wrong-password-${i}`, claiming(i))).status()).not.toBe(429);
  const refused = await form.signIn(target.email, readerPassword, claiming(6));
  expect(refused.status()).toBe(429);
  expect(refused.headers()['retry-after']).toMatch(/^[12]$/);
  await form.api.dispose();
});

test('a session made on one instance works on the other, and a password change on the other ends it there', async ({ baseURL }) => {
  const owner = await createReader(baseURL!, 'Changing Password');
  const onSecond = await request.newContext({ baseURL: second, extraHTTPHeaders: { Origin: second }, storageState: owner.storageState });
  expect((await onSecond.get(`/api/documents/${slug}/annotations?scope=mine`)).status()).toBe(200);

  const changed = await onSecond.post('/api/account/password', { data: { currentPassword: readerPassword, newPassword: 'a-new-password-for-two' } });
  expect(changed.status(), await changed.text()).toBe(204);
  // The instance that changed it carries on with its new cookie; the old cookie ends everywhere.
  expect((await onSecond.get(`/api/documents/${slug}/annotations?scope=mine`)).status()).toBe(200);
  await expect
    .poll(async () => (await owner.api.get(`/api/documents/${slug}/annotations?scope=mine`)).status(), { timeout: 3_000, intervals: [200] })
    .toBe(401);
  await onSecond.dispose();
});
