// Integration: the errors Prisma really throws through @prisma/adapter-pg when the server ends a
// connection or cannot be reached are read as an outage, and the client recovers by itself.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient } from '@/lib/db/create-client';
import { freePort } from '@/lib/db/embedded';
import { isDatabaseUnavailable } from '@/lib/db/errors';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/database';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.drop());

const failure = (work: Promise<unknown>) =>
  work.then(
    () => expect.unreachable('it should have failed'),
    (error: unknown) => error,
  );

describe('isDatabaseUnavailable on real failures', () => {
  it('reads a terminated backend (57P01, as in a restart) as an outage, in a raw query and in a transaction, and the next query succeeds', async () => {
    const prisma = createPrismaClient(database.url, 1);
    try {
      const raw = await failure(prisma.$queryRaw`SELECT pg_terminate_backend(pg_backend_pid())`);
      expect(isDatabaseUnavailable(raw)).toBe(true);
      const inTransaction = await failure(prisma.$transaction(async (tx) => tx.$queryRaw`SELECT pg_terminate_backend(pg_backend_pid())`));
      expect(isDatabaseUnavailable(inTransaction)).toBe(true);
      expect(await prisma.user.count()).toBe(0);
    } finally {
      await prisma.$disconnect();
    }
  });

  it('reads a refused connection as an outage, in a model query and a transaction', async () => {
    const url = new URL(database.url);
    url.port = String(await freePort());
    const prisma = createPrismaClient(url.toString(), 1);
    try {
      expect(isDatabaseUnavailable(await failure(prisma.user.findFirst()))).toBe(true);
      expect(isDatabaseUnavailable(await failure(prisma.$transaction(async (tx) => tx.user.count())))).toBe(true);
    } finally {
      await prisma.$disconnect();
    }
  });

  it('leaves a broken query alone', async () => {
    expect(isDatabaseUnavailable(await failure(database.prisma.$queryRaw`SELECT no_such_column FROM "User"`))).toBe(false);
  });
});
