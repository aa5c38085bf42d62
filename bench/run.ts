// `npm run bench`: every benchmark in turn, each printing its own figures. Arguments after `--`
// go to each of them (e.g. `npm run bench -- --annotations 5000`).
import { spawnSync } from 'node:child_process';

const benchmarks = ['bench/export.ts', 'bench/annotations-list.ts'];
for (const file of benchmarks) {
  console.log(`\n== ${file}`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', file, ...process.argv.slice(2)], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
