// Prisma's own schema engine, compiled to WebAssembly (@prisma/schema-engine-wasm), loaded the
// way @prisma/internals loads it. The native engine binary cannot be downloaded on an offline
// machine; this build is the same engine, so migrations recorded here match `prisma migrate deploy`.
import { readFile, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
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

async function withEngine<T>(connectionString: string, work: (engine: Engine, datamodel: string) => Promise<T>): Promise<T> {
  const datamodel = await readFile(schemaPath, 'utf8');
  // Our own pool, so that it is closed when the work is done (the engine does not close it, and
  // embedded PGlite serves one connection at a time).
  const pool = new pg.Pool({ connectionString, max: 1 });
  pool.on('error', () => {});
  const engine = await loadEngine(pool, datamodel);
  try {
    return await work(engine, datamodel);
  } finally {
    engine.free?.();
    await pool.end();
  }
}

type Runtime = { SchemaEngine: { new: (options: unknown, debug: (message: string) => void, adapter: unknown) => Promise<Engine> } };

// The wasm-bindgen glue keeps the instance in module state: instantiate once per process,
// and create a fresh SchemaEngine on it for each piece of work.
let runtimePromise: Promise<Runtime> | undefined;

function loadRuntime(): Promise<Runtime> {
  runtimePromise ??= (async () => {
    const pkgDir = path.dirname(require.resolve('@prisma/schema-engine-wasm'));
    const runtime = await import(path.join(pkgDir, 'schema_engine_bg.js'));
    const bytes = await readFile(path.join(pkgDir, 'schema_engine_bg.wasm'));
    const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': runtime });
    runtime.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
    return runtime as Runtime;
  })();
  return runtimePromise;
}

/**
 * The pg adapter runs a script by splitting it at every semicolon, which cuts a function body
 * (`$$ … ; … $$`) apart. The native engine sends a migration to PostgreSQL whole, and so does
 * this: one simple-protocol query, which PostgreSQL runs as one implicit transaction.
 */
function wholeScripts(factory: PrismaPg, pool: pg.Pool): PrismaPg {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    adapter.executeScript = async (script: string) => {
      await pool.query(script);
    };
    return adapter;
  };
  return factory;
}

async function loadEngine(pool: pg.Pool, datamodel: string): Promise<Engine> {
  const runtime = await loadRuntime();
  const adapterFactory = bindMigrationAwareSqlAdapterFactory(wholeScripts(new PrismaPg(pool, { disposeExternalPool: false }), pool));
  const silent = () => {};
  return runtime.SchemaEngine.new({ datamodels: [[schemaPath, datamodel]] }, silent, adapterFactory);
}

async function readMigrations() {
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
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
  return withEngine(connectionString, async (engine) => {
    const result = await engine.applyMigrations({ migrationsList: await readMigrations(), filters: noFilters });
    return result.appliedMigrationNames;
  });
}

/** The SQL that creates the whole schema from nothing (used to write the first migration). */
export async function diffEmptyToSchema(connectionString: string): Promise<string> {
  return withEngine(connectionString, async (engine, datamodel) => {
    const result = await engine.diff({
      from: { tag: 'empty' },
      to: { tag: 'schemaDatamodel', files: [{ path: schemaPath, content: datamodel }] },
      shadowDatabaseUrl: null,
      script: true,
      exitCode: null,
      filters: noFilters,
    });
    return result.stdout ?? '';
  });
}
