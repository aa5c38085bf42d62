// Applies prisma/migrations to DATABASE_URL (or the embedded database) through Prisma's
// schema engine in WebAssembly: `prisma migrate deploy` without the native binary.
import path from 'node:path';
import { startEmbeddedPostgres } from '@/lib/db/embedded';
import { applyMigrations } from '@/lib/db/schema-engine';

const embedded = process.env.DATABASE_URL
  ? undefined
  : await startEmbeddedPostgres({ dataDir: path.resolve(process.env.ACCORD_DATA_DIR ?? '.data', 'pglite') });
try {
  const applied = await applyMigrations(process.env.DATABASE_URL ?? embedded!.connectionString);
  console.log(applied.length ? `applied: ${applied.join(', ')}` : 'migrations: up to date');
} finally {
  await embedded?.stop();
}
