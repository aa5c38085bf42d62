// Closed-loop load: `workers` callers, each starting its next operation when the last one ended,
// for `seconds` after a warm-up (whose own rate is returned too, as `warmupPerSecond`). Used for
// the app and for its plain-pg baseline alike, so that both are measured the same way.
import { percentile } from './report';

export type LoadResult = {
  done: number;
  perSecond: number;
  warmupPerSecond: number;
  p50: number;
  p99: number;
  failures: number;
  firstFailure?: string;
  cpuMsPerOp?: number;
};

/** `cpuMs`, when given, reads a server's CPU time so far: the result then says how much of it each operation took. */
export async function runLoad(
  workers: number,
  seconds: number,
  op: (worker: number, i: number) => Promise<void>,
  warmupSeconds = 1,
  cpuMs?: () => number,
): Promise<LoadResult> {
  const latencies: number[] = [];
  let failures = 0;
  let firstFailure: string | undefined;
  let measuring = false;
  let stopAt = Infinity;
  let counter = 0;
  let warmupDone = 0;
  const worker = async (w: number) => {
    while (performance.now() < stopAt) {
      const began = performance.now();
      const counted = measuring;
      try {
        await op(w, counter++);
        if (counted && measuring) latencies.push(performance.now() - began);
        else if (!measuring) warmupDone++;
      } catch (error) {
        failures++;
        firstFailure ??= error instanceof Error ? error.message : String(error);
        if (failures > 100) throw new Error(`more than 100 failures; the first: ${firstFailure}`);
      }
    }
  };
  const warmupEnds = performance.now() + warmupSeconds * 1000;
  stopAt = warmupEnds + seconds * 1000;
  const running = Promise.all(Array.from({ length: workers }, (_, w) => worker(w)));
  await new Promise((resolve) => setTimeout(resolve, warmupSeconds * 1000));
  measuring = true;
  const began = performance.now();
  const cpuBefore = cpuMs?.();
  await running;
  // Operations still in flight when the clock stopped finish after it: count elapsed to the end.
  const elapsed = (performance.now() - began) / 1000;
  const cpuMsPerOp = cpuMs && cpuBefore !== undefined ? (cpuMs() - cpuBefore) / Math.max(1, latencies.length) : undefined;
  return {
    done: latencies.length,
    perSecond: latencies.length / elapsed,
    warmupPerSecond: warmupDone / warmupSeconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    failures,
    firstFailure,
    cpuMsPerOp,
  };
}
