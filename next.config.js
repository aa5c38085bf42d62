import createNextIntlPlugin from 'next-intl/plugin';
import { securityHeaders } from './lib/server/security-headers.mjs';

// What the API's answers (data and files, never a page) may load: nothing. Pages get their
// policy, with a nonce, from proxy.ts (lib/security/content-security-policy.ts).
const apiContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native or Wasm packages that must be loaded by Node at run time, not bundled.
  serverExternalPackages: ['@electric-sql/pglite', '@electric-sql/pglite-socket', '@node-rs/argon2', 'pg', '@prisma/schema-engine-wasm'],
  poweredByHeader: false,
  // Lets the end-to-end server (and a second local server) build beside a running dev server.
  distDir: process.env.ACCORD_DIST_DIR || '.next',
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [...securityHeaders],
      },
      { source: '/api/:path*', headers: [{ key: 'Content-Security-Policy', value: apiContentSecurityPolicy }] },
    ];
  },
};

// The interface language of each request and its messages (no locale in the address). The messages
// are compiled when the app is built, so the browser gets a small formatter instead of an ICU parser.
const withNextIntl = createNextIntlPlugin({
  requestConfig: './lib/i18n/request.ts',
  experimental: { messages: { path: './messages', format: 'json', locales: 'infer', precompile: true } },
});

export default withNextIntl(nextConfig);
