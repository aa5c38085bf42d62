// What the launcher can learn over one plain pg connection before it loads anything heavy: whether
// the committed migrations are all applied, whether content/ is already mirrored, whether the demo
// account exists. When all three hold, a start needs neither the schema engine (Wasm, ~0.7 s) nor
// a Prisma client (~1 s with its first query) — and when any fails, the launcher does the work
// exactly as before, so these checks may say "no" too often but never "yes" wrongly.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type pg from 'pg';
import type { ContentSummary } from '@/lib/content/content-summary';
import { sameHashes, segmentHashes, type TextHashes } from '@/lib/content/segment-hash';

export type CommittedMigration = { name: string; checksum: string };

/** The migrations in prisma/migrations with the checksum Prisma records for each (SHA-256 of the SQL). */
export async function committedMigrations(dir = path.join(process.cwd(), 'prisma', 'migrations')): Promise<CommittedMigration[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    names.map(async (name) => ({
      name,
      checksum: createHash('sha256')
        .update(await readFile(path.join(dir, name, 'migration.sql')))
        .digest('hex'),
    })),
  );
}

/**
 * True when `_prisma_migrations` records every committed migration as finished and not rolled back,
 * with the same checksum, and no migration as failed: then `applyMigrations` would apply nothing.
 * Anything else (a fresh database, a new or edited migration, a failed one the engine must report)
 * is left to the schema engine.
 */
export async function migrationsUpToDate(client: pg.ClientBase, committed: CommittedMigration[]): Promise<boolean> {
  const {
    rows: [table],
  } = await client.query<{ exists: boolean }>(`SELECT to_regclass('_prisma_migrations') IS NOT NULL AS exists`);
  if (!table?.exists) return false;
  const { rows } = await client.query<{ migration_name: string; checksum: string; finished: boolean; rolled_back: boolean }>(
    `SELECT migration_name, checksum, finished_at IS NOT NULL AS finished, rolled_back_at IS NOT NULL AS rolled_back FROM _prisma_migrations`,
  );
  if (rows.some((row) => !row.finished && !row.rolled_back)) return false;
  const applied = new Map(rows.filter((row) => row.finished && !row.rolled_back).map((row) => [row.migration_name, row.checksum]));
  return committed.every((migration) => applied.get(migration.name) === migration.checksum);
}

/** The rows content sync writes (lib/db/sync-content.ts), as they are in the database. */
export type SyncedRows = {
  documents: { id: number; slug: string; title: string }[];
  languages: { documentId: number; code: string; title: string; source: string; status: string; removed: boolean }[];
  segments: { documentId: number; key: string; position: number; removed: boolean; textHashes: unknown }[];
};

export async function readSyncedRows(client: pg.ClientBase): Promise<SyncedRows> {
  const documents = await client.query<SyncedRows['documents'][number]>(`SELECT id, slug, title FROM "Document"`);
  const languages = await client.query<SyncedRows['languages'][number]>(
    `SELECT "documentId", code, title, source, status, "removedAt" IS NOT NULL AS removed FROM "DocumentLanguage"`,
  );
  const segments = await client.query<SyncedRows['segments'][number]>(
    `SELECT "documentId", key, position, "removedAt" IS NOT NULL AS removed, "textHashes" FROM "Segment"`,
  );
  return { documents: documents.rows, languages: languages.rows, segments: segments.rows };
}

/**
 * True when syncing `documents` (loaded documents, or their summary) would write nothing: the same rule as syncDocument, read the other
 * way. Every document has its row and title; every language and segment in content has its row,
 * with the same fields and position, not marked removed; every row no longer in content is marked.
 * Documents in the database but not in content/ are left alone by sync, so they do not count.
 */
export function contentInSync(rows: SyncedRows, documents: ContentSummary[]): boolean {
  const bySlug = new Map(rows.documents.map((row) => [row.slug, row]));
  return documents.every((content) => {
    const document = bySlug.get(content.slug);
    if (!document || document.title !== content.title) return false;
    const languages = new Map(rows.languages.filter((row) => row.documentId === document.id).map((row) => [row.code, row]));
    const segments = new Map(rows.segments.filter((row) => row.documentId === document.id).map((row) => [row.key, row]));
    const present = content.languages.every((wanted) => {
      const row = languages.get(wanted.code);
      return row && !row.removed && row.title === wanted.title && row.source === wanted.source && row.status === wanted.status;
    });
    const placed = content.segments.every((wanted, position) => {
      const row = segments.get(wanted.id);
      // The same text too: a changed one is re-anchored by sync.
      const hashes = hashesOf(wanted);
      return row && !row.removed && row.position === position && hashes !== undefined && sameHashes(row.textHashes, hashes);
    });
    const codes = new Set(content.languages.map((language) => language.code));
    const keys = new Set(content.segments.map((segment) => segment.id));
    const goneMarked =
      [...languages.values()].every((row) => codes.has(row.code) || row.removed) && [...segments.values()].every((row) => keys.has(row.key) || row.removed);
    return present && placed && goneMarked;
  });
}

/** A summary's hashes, or a loaded segment's computed from its texts. */
function hashesOf(segment: ContentSummary['segments'][number] & { texts?: Record<string, string> }): TextHashes | undefined {
  return segment.hashes ?? (segment.texts && segmentHashes(segment.texts));
}

export async function userExists(client: pg.ClientBase, email: string): Promise<boolean> {
  const { rowCount } = await client.query(`SELECT 1 FROM "User" WHERE email = $1`, [email]);
  return (rowCount ?? 0) > 0;
}
