// Prisma's own schema engine, compiled to WebAssembly (@prisma/schema-engine-wasm), loaded the
// way @prisma/internals loads it. The native engine binary cannot be downloaded on an offline
// machine; this build is the same engine, so migrations recorded here match `prisma migrate deploy`.
import { readFile, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';

const require = createRequire(import.meta.url);
const projectRoot = process.cwd();
export const schemaPath = path.join(projectRoot, 'prisma', 'schema.prisma');
export const migrationsDir = path.join(projectRoot, 'prisma', 'migrations');

const noFilters = { externalTables: [], externalEnums: [] };

type Engine = {
  applyMigrations(input: unknown): Promise<{ appliedMigrationNames: string[] }>;
  diff(input: unknown): Promise<{ exitCode: number; stdout?: string }>;
  free?: () => void;
};

async function loadEngine(connectionString: string, datamodel: string): Promise<Engine> {
  const pkgDir = path.dirname(require.resolve('@prisma/schema-engine-wasm'));
  const runtime = await import(path.join(pkgDir, 'schema_engine_bg.js'));
  const bytes = await readFile(path.join(pkgDir, 'schema_engine_bg.wasm'));
  const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': runtime });
  runtime.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
  const adapterFactory = bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString, max: 1 }));
  const silent = () => {};
  return runtime.SchemaEngine.new({ datamodels: [[schemaPath, datamodel]] }, silent, adapterFactory);
}

async function readMigrations() {
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  const names = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  const migrationDirectories = await Promise.all(
    names.map(async (name) => ({
      path: name,
      migrationFile: {
        path: 'migration.sql',
        content: { tag: 'ok', value: await readFile(path.join(migrationsDir, name, 'migration.sql'), 'utf8') },
      },
    })),
  );
  const lockContent = await readFile(path.join(migrationsDir, 'migration_lock.toml'), 'utf8').catch(() => null);
  return {
    baseDir: migrationsDir,
    lockfile: { path: 'migration_lock.toml', content: lockContent },
    shadowDbInitScript: '',
    migrationDirectories,
  };
}

/** Applies every committed migration not yet applied, as `prisma migrate deploy` does. */
export async function applyMigrations(connectionString: string): Promise<string[]> {
  const engine = await loadEngine(connectionString, await readFile(schemaPath, 'utf8'));
  try {
    const result = await engine.applyMigrations({ migrationsList: await readMigrations(), filters: noFilters });
    return result.appliedMigrationNames;
  } finally {
    engine.free?.();
  }
}

/** The SQL that takes the migrations' end state to the current schema (empty when in step). */
export async function diffMigrationsToSchema(connectionString: string): Promise<string> {
  const datamodel = await readFile(schemaPath, 'utf8');
  const engine = await loadEngine(connectionString, datamodel);
  try {
    const result = await engine.diff({
      from: { tag: 'migrations', ...(await readMigrations()) },
      to: { tag: 'schemaDatamodel', files: [{ path: schemaPath, content: datamodel }] },
      shadowDatabaseUrl: null,
      script: true,
      exitCode: null,
      filters: noFilters,
    });
    return result.stdout ?? '';
  } finally {
    engine.free?.();
  }
}

/** The SQL that creates the whole schema from nothing (the first migration). */
export async function diffEmptyToSchema(connectionString: string): Promise<string> {
  const datamodel = await readFile(schemaPath, 'utf8');
  const engine = await loadEngine(connectionString, datamodel);
  try {
    const result = await engine.diff({
      from: { tag: 'empty' },
      to: { tag: 'schemaDatamodel', files: [{ path: schemaPath, content: datamodel }] },
      shadowDatabaseUrl: null,
      script: true,
      exitCode: null,
      filters: noFilters,
    });
    return result.stdout ?? '';
  } finally {
    engine.free?.();
  }
}
