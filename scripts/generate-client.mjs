// `prisma generate` without network: see scripts/schema-engine-offline.mjs for why this works.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const engine = path.resolve('scripts/schema-engine-offline.mjs');
const result = spawnSync(process.execPath, [path.resolve('node_modules/prisma/build/index.js'), 'generate'], {
  stdio: 'inherit',
  env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: engine, PRISMA_HIDE_UPDATE_MESSAGE: '1', CHECKPOINT_DISABLE: '1' },
});
process.exit(result.status ?? 1);
