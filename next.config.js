import createNextIntlPlugin from 'next-intl/plugin';

// What the API's answers (data and files, never a page) may load: nothing. Pages get their
// policy, with a nonce, from proxy.ts (lib/security/content-security-policy.ts).
const apiContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";

// Browser features the app never uses, switched off for it and for anything it might embed.
const permissionsPolicy = [
  'accelerometer=()',
  'autoplay=()',
  'camera=()',
  'display-capture=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'publickey-credentials-get=()',
  'usb=()',
  'browsing-topics=()',
].join(', ');

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
        headers: [
          // Pages with sign-in and annotation controls must not be framed by another site (clickjacking).
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          // Links out of comments must not carry the reader's page address (it names the passage).
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'Permissions-Policy', value: permissionsPolicy },
        ],
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
