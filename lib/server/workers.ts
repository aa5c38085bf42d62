// How many app processes to run: one per core on a database server, where each process has a pool
// of its own; always one on the embedded database, which serves a single connection.
export function workerCount({ embedded, requested, cores }: { embedded: boolean; requested?: string; cores: number }): number {
  if (embedded) return 1;
  if (requested === undefined || requested === '') return Math.max(1, cores);
  const n = Number(requested);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new Error(`Invalid environment: ACCORD_WORKERS must be a whole number from 1 to 64 (got "${requested}")`);
  return n;
}
