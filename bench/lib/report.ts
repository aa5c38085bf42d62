// What every benchmark prints: one line per target, `name: value (target …) ok|MISS`, which
// bench/run.ts collects into its summary; and the small statistics those lines are made of.

/** The p-th percentile (0–100) of the values, nearest rank. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (!sorted.length) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export const median = (values: number[]) => percentile(values, 50);

/** `1,830` for counts, `31` / `4.2` for milliseconds (one decimal below 10). */
export const count = (n: number) => Math.round(n).toLocaleString('en');
export const ms = (n: number) => `${n < 10 ? n.toFixed(1) : Math.round(n).toLocaleString('en')} ms`;
export const kib = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(2)} MiB` : `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KiB`;
export const ratio = (n: number) => `${n.toFixed(2)}×`;

/** A target line, as bench/run.ts collects it from each benchmark's output. */
export const targetLine = /^[^:]+: .*\(target .*\) (ok|MISS)$/;

/** Prints a target line and returns whether it was met. */
export function target(name: string, value: string, goal: string, ok: boolean): boolean {
  console.log(`${name}: ${value} (target ${goal}) ${ok ? 'ok' : 'MISS'}`);
  return ok;
}

/** True when this is a smoke run: `--quick` on the command line, or bench/run.ts's --quick. */
export const quick = process.argv.includes('--quick') || process.env.ACCORD_BENCH_QUICK === '1';
