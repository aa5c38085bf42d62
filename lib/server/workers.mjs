// How many app processes to run: ACCORD_WORKERS, else one. More pay where the app has cores of
// its own: on a 2-core machine that also runs PostgreSQL and bench/create.ts's clients, two did
// no better than one (the machine, not the process, was the limit). Always one on the embedded
// database, which serves a single connection.
// Plain JavaScript (types in workers.d.mts), for the server entry (scripts/serve.mjs).
export function workerCount({ embedded, requested }) {
  if (embedded || requested === undefined || requested === '') return 1;
  const n = Number(requested);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new Error(`Invalid environment: ACCORD_WORKERS must be a whole number from 1 to 64 (got "${requested}")`);
  return n;
}
