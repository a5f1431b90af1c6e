import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  {
    // content/ and tests/fixtures/ hold authors' files (a post's imported code snippets), not the site's code.
    ignores: ['.next/**', 'out/**', 'content/**', 'tests/fixtures/**', '.contentlayer/**', 'node_modules/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**', 'public/pagefind/**', 'public/_mermaid/**', 'benchmarks/bare-stack/**'],
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  // Rooms (docs/architecture.md): browser-safe code never reaches Node-only rooms, and the URL
  // module depends on nothing, so any client component may import it.
  {
    files: ['lib/browser/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{
          regex: '^(node:.*|server-only|.*/content(/index|/source|/store)?|.*/(seo|check|markdown)(/.*)?)$',
          message: 'lib/browser is for client components: it may not import Node-only rooms (docs/architecture.md).',
        }],
      }],
    },
  },
  {
    files: ['lib/routes.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['*'], message: 'lib/routes.ts stays dependency-free (client components import it).' }] }],
    },
  },
];

export default config;
