/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native or Wasm packages that must be loaded by Node at run time, not bundled.
  serverExternalPackages: ['@electric-sql/pglite', '@electric-sql/pglite-socket', '@node-rs/argon2', 'pg', '@prisma/schema-engine-wasm'],
  poweredByHeader: false,
  // Lets the end-to-end server (and a second local server) build beside a running dev server.
  distDir: process.env.ACCORD_DIST_DIR || '.next',
};

export default nextConfig;
