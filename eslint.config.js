/**
 * ESLint for the whole repo (`npm run lint`, part of `npm run check` and so of `npm test`).
 *
 * - Every TypeScript file: typescript-eslint's recommended rules WITH type information, from the
 *   four tsconfigs that `npm run typecheck` checks (server + tests + tools, web, e2e, render
 *   benchmark). Type-aware rules catch what tsc does not: floating and misused promises, awaiting
 *   non-promises, `any` leaking into typed code, needless assertions.
 * - web/src: also the Rules of React (eslint-plugin-react-hooks, recommended) and browser globals.
 * - Tests: response data is `any` on purpose (apiHelpers.ts `Json`: checked field by field), so the
 *   no-unsafe-* family is off there; the promise rules stay on.
 * - Files outside every tsconfig (this file, web/vite.config.ts) get the rules without types.
 * - Layers (docs/ARCHITECTURE.md): server/src/domain is the pure core and imports nothing from
 *   graphql/ or db/; db/ imports nothing from graphql/ (its errors are domain errors, mapped to
 *   GraphQL errors in graphql/formatError.ts).
 */
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { defineConfig, globalIgnores } from 'eslint/config';

const tsconfigRootDir = import.meta.dirname;

export default defineConfig([
  globalIgnores([
    'dist/',
    'node_modules/',
    '.neo4j/',
    'test-results/',
    'tests/e2e/screenshots/',
    // Written by `npm run codegen` from schema.graphql; not committed.
    'server/src/graphql/generated/',
    'web/src/api/generated/',
  ]),
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.json', './web/tsconfig.json', './tests/e2e/tsconfig.json', './bench/tsconfig.render.json'],
        tsconfigRootDir,
      },
    },
    rules: {
      // `_name` marks a parameter or binding that must be there but is not used.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['server/**', 'neo4j/**', 'supervisor/**', 'tests/**', 'bench/**', '*.ts', '*.js', 'web/vite.config.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['server/src/domain/**/*.ts'],
    // A test may read schema.graphql with the graphql library (vocabulary.test.ts); the code may not.
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '(^|/)(graphql|db)/', message: 'server/src/domain is the pure core: it imports nothing from graphql/ or db/ (pass it in, or move it into domain/).' },
            { regex: '^graphql(-yoga)?$|^neo4j-driver$', message: 'server/src/domain is the pure core: no GraphQL or Neo4j libraries.' },
          ],
        },
      ],
    },
  },
  {
    files: ['server/src/db/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '(^|/)graphql/', message: 'db/ does not know the GraphQL layer: throw domain errors (domain/errors.ts) and use domain types.' },
            { regex: '^graphql(-yoga)?$', message: 'db/ does not know the GraphQL layer: throw domain errors (domain/errors.ts).' },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**/*.ts', '**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    files: ['**/*.js', 'web/vite.config.ts'],
    extends: [tseslint.configs.disableTypeChecked],
  },
]);
