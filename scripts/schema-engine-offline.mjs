#!/usr/bin/env node
// Stands where Prisma's CLI looks for its native schema-engine binary (PRISMA_SCHEMA_ENGINE_BINARY),
// which cannot be downloaded offline. `prisma generate` only checks that the file exists:
// generation runs on Prisma's WebAssembly build. Migrations go through scripts/db.ts, which
// drives the same schema engine compiled to WebAssembly. Anything else lands here and says so.
process.stderr.write(
  'The native Prisma schema engine is not installed (offline machine). Use `npm run db:migrate` / `npm run db:diff`, which run the engine in WebAssembly.\n',
);
process.exit(1);
