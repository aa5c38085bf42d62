// The pages' Content-Security-Policy, built per request around a fresh nonce (proxy.ts). Scripts
// run only when they carry the nonce, which Next.js puts on its own; 'strict-dynamic' lets those
// load the chunks they need, and nothing else. Images only from this site (a comment's image is a
// link, lib/markdown/images-as-links.ts), so no reader's browser is made to call another host.
// Styles allow inline ones: React writes style attributes (virtual list rows, the selection
// toolbar's position), and comments cannot carry any (the sanitiser drops them).

/** A fresh, unguessable nonce: 128 random bits, base64. */
export function createNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

export function contentSecurityPolicy(nonce: string, { development = false } = {}): string {
  return [
    "default-src 'self'",
    // The development server's React evaluates strings (stack traces, fast refresh); never in production.
    `script-src 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join('; ');
}
