// The export and import route tests: a fresh database on the real PostgreSQL server with the
// sample document synced, three readers, and a way to call a route handler as Next does.
import { syncDocument } from '@/lib/db/sync-content';
import { sampleDocument } from '@/lib/export/fixtures/sample';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/database';

export const origin = 'http://localhost:3204';

export type Reader = { id: string; name: string; email: string };

export async function setUpRouteWorld(): Promise<TestDatabase & { alice: Reader; bob: Reader }> {
  const database = await createTestDatabase();
  await syncDocument(database.prisma, sampleDocument);
  const [alice, bob] = await Promise.all(
    ['Alice Kim', 'Bob Tanaka'].map((name) =>
      database.prisma.user.create({ data: { name, email: `${name.split(' ')[0]!.toLowerCase()}@example.org` }, select: { id: true, name: true, email: true } }),
    ),
  );
  return { ...database, alice: alice!, bob: bob! };
}

type Handler<P> = (request: Request, context: { params: Promise<P> }) => Promise<Response>;

export async function callRoute<P>(handler: Handler<P>, path: string, params: P, init: RequestInit = {}) {
  return handler(new Request(`${origin}${path}`, init), { params: Promise.resolve(params) });
}
