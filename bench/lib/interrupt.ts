// An interrupted benchmark (Ctrl-C, SIGTERM) still drops the databases it made: what is registered
// here runs, last registered first, before the process exits. Servers and Chromium go with the
// process ('exit' handlers in app-server.ts, floor-app.ts, browser.ts).
const pending: (() => Promise<unknown>)[] = [];

async function interrupted(signal: NodeJS.Signals) {
  console.error(`\n${signal}: cleaning up`);
  for (const work of pending.reverse()) await work().catch((error: unknown) => console.error(`cleanup: ${String(error)}`));
  process.exit(130);
}
process.once('SIGINT', interrupted);
process.once('SIGTERM', interrupted);

/** Runs `work` if the process is interrupted; returns `work` to call when finished normally. */
export function onInterrupt<T>(work: () => Promise<T>): () => Promise<T> {
  pending.push(work);
  return () => {
    pending.splice(pending.indexOf(work), 1);
    return work();
  };
}
