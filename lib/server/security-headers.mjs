// Headers every response of the app carries: Next.js adds them to what it serves (next.config.js),
// and scripts/serve.mjs to the build's files it serves itself (lib/server/static-files.mjs).
// Plain JavaScript: both load it without a TypeScript loader.

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

export const securityHeaders = [
  // Pages with sign-in and annotation controls must not be framed by another site (clickjacking).
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  // Links out of comments must not carry the reader's page address (it names the passage).
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: permissionsPolicy },
];
