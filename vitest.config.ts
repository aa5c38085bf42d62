import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      // server-only throws outside a React Server environment; tests run plain Node.
      'server-only': path.resolve(import.meta.dirname, 'lib/testing/server-only-stub.ts'),
    },
  },
  test: {
    include: ['**/*.test.ts', '**/*.test.tsx'],
    exclude: ['node_modules/**', 'e2e/**', '.next/**', '.data/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
