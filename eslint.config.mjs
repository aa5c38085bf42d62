// Next.js's own rules (React, hooks, JSX accessibility, Core Web Vitals) and its TypeScript rules.
// Warnings fail the check too (`--max-warnings 0` in package.json): a rule worth having is worth keeping.
import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      // `const { secret: _secret, ...rest } = row` leaves a field out on purpose.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // A link prefetches its page when reached for, not when in view (components/link.tsx).
      'no-restricted-imports': ['error', { paths: [{ name: 'next/link', message: "Use { Link } from '@/components/link'." }] }],
    },
  },
  { files: ['components/link.tsx'], rules: { 'no-restricted-imports': 'off' } },
  globalIgnores(['.next*/**', 'lib/generated/**', 'bench/out/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts']),
]);
