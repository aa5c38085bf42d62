// Where scripts/serve.mjs tells the app the client's address (lib/server/client-address.mjs), and
// the app reads it (lib/auth/rate-limit.ts). A copy sent by the client is always replaced there.
// Under another server (`next dev`, a plain `next start`) nothing replaces it, so the app believes
// the header only in a process where serve.mjs said it stamps every request: a mark on globalThis,
// which, unlike an environment variable, no parent process can hand down.

export const clientAddressHeader = 'x-accord-client-address';

const mark = Symbol.for('accord.clientAddressStamped');

/** Called by the server before Next.js loads: every request of this process carries the header. */
export function markClientAddressesStamped() {
  globalThis[mark] = true;
}

export function clientAddressesStamped() {
  return globalThis[mark] === true;
}
