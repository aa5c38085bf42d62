/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native or Wasm packages that must be loaded by Node at run time, not bundled.
  serverExternalPackages: ['@electric-sql/pglite', '@electric-sql/pglite-socket', '@node-rs/argon2', 'pg', '@prisma/schema-engine-wasm'],
  poweredByHeader: false,
};

export default nextConfig;
