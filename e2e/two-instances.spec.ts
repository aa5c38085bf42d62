// Two app processes on one PostgreSQL, as a deployment behind a load balancer runs them: nothing
// in the request path may depend on what one process holds in memory.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { request, type APIRequestContext } from '@playwright/test';
import { annotate, createReader, slug, type Reader } from './annotate-helpers';
import { expect, test } from './fixtures';

const port = Number(process.env.ACCORD_E2E_PORT ?? '3100') + 1;
const second = `http://localhost:${port}`;
let app: ChildProcess | undefined;
let reader: Reader;
let viaSecond: APIRequestContext;

test.beforeAll(async ({ baseURL }) => {
  const database = new URL(process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres');
  database.pathname = `/${process.env.ACCORD_E2E_DB}`;
  // The same build and settings as the first instance (e2e/serve.ts), on the next port.
  app = spawn(process.execPath, [path.join('node_modules', 'next', 'dist', 'bin', 'next'), 'start', '--port', String(port)], {
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
