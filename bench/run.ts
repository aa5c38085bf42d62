// `npm run bench`: every benchmark in turn, each in a child process of its own, its output passed
// through as it comes. Each prints one line per target of issue 10 (`name: value (target …) ok` or
// `… MISS`); those lines are printed again at the end as one summary. A MISS is a result: the run
// exits non-zero only when a benchmark crashed.
//   npm run bench [-- --only create,list] [-- --quick]
// --only takes names (file names without .ts: start, export, create, list, page), comma-separated
// or repeated; --quick runs each at smaller sizes, as a smoke test of the benchmarks themselves.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { targetLine } from './lib/report';

const benchmarks = ['start', 'create', 'list', 'page', 'export'] as const;

const { values: args } = parseArgs({
  options: { only: { type: 'string', multiple: true, default: [] }, quick: { type: 'boolean', default: false } },
});
const only = args.only
  .flatMap((value) => value.split(','))
  .map((name) => name.trim())
  .filter(Boolean);
const unknown = only.filter((name) => !(benchmarks as readonly string[]).includes(name));
if (unknown.length) {
  console.error(`unknown benchmark ${unknown.join(', ')}; known: ${benchmarks.join(', ')}`);
  process.exit(2);
}

/** Runs one benchmark file, echoing its output, and returns its target lines and exit code. */
function runOne(file: string, env: NodeJS.ProcessEnv): Promise<{ lines: string[]; code: number }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', file], { stdio: ['ignore', 'pipe', 'inherit'], env });
    const lines: string[] = [];
    let rest = '';
    child.stdout.on('data', (chunk: Buffer) => {
      process.stdout.write(chunk);
      const text = rest + chunk.toString('utf8');
      const parts = text.split('\n');
      rest = parts.pop()!;
      lines.push(...parts.filter((line) => targetLine.test(line.trimEnd())));
    });
    child.on('close', (code, signal) => {
      if (targetLine.test(rest.trimEnd())) lines.push(rest);
      resolve({ lines: lines.map((line) => line.trimEnd()), code: code ?? (signal ? 1 : 0) });
    });
  });
}

const began = performance.now();
// One production build serves every benchmark of this run that needs one (bench/lib/app-server.ts).
// --quick reaches the benchmarks as ACCORD_BENCH_QUICK=1 rather than an argument, so that a
// benchmark with strict arguments of its own is not refused for an option it does not know.
const env = { ...process.env, ACCORD_BENCH_RUN: randomBytes(6).toString('hex'), ...(args.quick ? { ACCORD_BENCH_QUICK: '1' } : {}) };
const summary: string[] = [];
const crashed: string[] = [];
for (const name of benchmarks) {
  if (only.length && !only.includes(name)) continue;
  const file = `bench/${name}.ts`;
  if (!existsSync(file)) {
    console.log(`\n== ${file}: not in this tree, skipped`);
    continue;
  }
  console.log(`\n== ${file}`);
  const started = performance.now();
  const { lines, code } = await runOne(file, env);
  console.log(`== ${file}: ${((performance.now() - started) / 1000).toFixed(0)} s${code ? `, exited with ${code}` : ''}`);
  summary.push(...lines);
  if (code) crashed.push(`${file} exited with ${code}`);
}

console.log(`\n== summary (${((performance.now() - began) / 60_000).toFixed(1)} min${args.quick ? ', --quick sizes' : ''})`);
for (const line of summary) console.log(line);
const misses = summary.filter((line) => line.endsWith(' MISS')).length;
console.log(`${summary.length} targets: ${summary.length - misses} ok, ${misses} MISS${crashed.length ? `; crashed: ${crashed.join('; ')}` : ''}`);
process.exit(crashed.length ? 1 : 0);
