// The client's address, decided once where the request arrives (scripts/serve.mjs) and handed to
// the app in a header of our own. Next.js passes on an X-Forwarded-For the client sent (it sets
// the header only when absent), so the app never reads that one: a client could pick an address
// per request and escape every per-address limit. X-Forwarded-For is believed only hop by hop
// from the proxies named in TRUSTED_PROXIES (proxy-addr walks it from the socket outwards and
// stops at the first address that is not one of them).
// Plain JavaScript (types in client-address.d.mts): the server entry loads it without a
// TypeScript loader, which would slow the loading of all of Next.js (scripts/serve.mjs).
import proxyAddr from 'proxy-addr';
import { clientAddressHeader, markClientAddressesStamped } from './client-address-header.mjs';

export { clientAddressHeader, markClientAddressesStamped };

/**
 * TRUSTED_PROXIES as a trust function: comma-separated addresses, CIDR ranges or proxy-addr's
 * names (`loopback`, `linklocal`, `uniquelocal`). Unset or empty trusts no one: the socket's
 * address is the client's.
 */
export function trustedProxies(setting) {
  const entries = (setting ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  try {
    return proxyAddr.compile(entries);
  } catch (error) {
    throw new Error(`Invalid environment: TRUSTED_PROXIES ${error.message} (got "${setting}")`);
  }
}

/** Replaces any client-sent copy of the header with the address this request came from. */
export function stampClientAddress(request, trust) {
  // Node keeps the headers twice; Next.js reads `headers`, but nothing may see the client's copy.
  for (let i = request.rawHeaders.length - 2; i >= 0; i -= 2) {
    if (request.rawHeaders[i]?.toLowerCase() === clientAddressHeader) request.rawHeaders.splice(i, 2);
  }
  // A socket already closed has no address: such a request is answered by no one anyway.
  const address = request.socket.remoteAddress ? proxyAddr(request, trust) : 'unknown';
  request.headers[clientAddressHeader] = address;
  request.rawHeaders.push(clientAddressHeader, address);
}
