/**
 * One vitest run for everything: unit tests beside the code, integration and API tests against
 * a real Neo4j, browser tests in Debian Chromium. The global setup starts a private test Neo4j
 * (own data folder, free ports) and seeds it; files run one at a time because they share it and
 * some (export → wipe → import, faults) change the whole graph.
 */
import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql 16 ships CJS (`main`) and ESM (`module`) copies. Node — and so graphql-yoga at run
    // time — loads the CJS one; Vite would give our sources the ESM one, and two GraphQLError
    // classes make yoga mask our typed errors. Tests must load what production loads.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['server/src/**/*.test.ts', 'web/src/**/*.test.ts', 'tests/**/*.test.ts'],
    globalSetup: ['tests/support/globalSetup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 240_000,
    reporters: ['verbose', ['json', { outputFile: 'test-results/vitest.json' }]],
  },
});
