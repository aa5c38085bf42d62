/**
 * Where scripts/serve.mjs tells the app the client's address (lib/server/client-address.mjs), and
 * the app reads it (lib/auth/rate-limit.ts). A copy sent by the client is always replaced.
 */
export const clientAddressHeader = 'x-accord-client-address';
