/**
 * The tests in three layers (vitest projects), run in this order by `npm test`:
 *
 * - `unit`: pure server and web code beside it (`*.test.ts` in server/src and web/src) and
 *   tests/data (reads seed files only). No global setup, no Neo4j, no Java, no browser; files run
 *   in parallel. `npm run test:unit` runs only this layer, in seconds.
 * - `db`: tests/integration (server ↔ Neo4j), tests/api (GraphQL over HTTP) and tests/performance
 *   (the db-hit guard) against a real Neo4j started by tests/support/globalSetup.ts and loaded
 *   with the fixture graph (tests/fixtures/graph). Files run ONE AT A TIME: Neo4j Community has a single user database,
 *   and these files share it — some replace the whole graph (export → wipe → import, loading the
 *   real seed/ and putting the fixture back), others compare a fingerprint of the whole graph
 *   before and after an operation, or count every node. Any other file running at the same time
 *   would see, or cause, a different graph. (A database per file would need Enterprise or one
 *   Neo4j per file — about 10 s to start and 1 GB each.)
 * - `e2e`: tests/e2e in real Chromium against the server on the same Neo4j, one file at a time
 *   and after the db layer (it reads the fixture graph that the db files restore).
 *
 * The layers run in sequence (`sequence.groupOrder`): unit, then db, then e2e, so a browser test
 * never meets a graph that a db test is replacing. The db and e2e projects list the same global
 * setup; it starts one Neo4j per `vitest run` and both projects share it (see globalSetup.ts).
 */
import { createRequire } from 'node:module';
import { defineConfig, type ViteUserConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

// graphql 16 ships CJS (`main`) and ESM (`module`) copies. Node — and so graphql-yoga at run
// time — loads the CJS one; Vite would give our sources the ESM one, and two GraphQLError
// classes make yoga mask our typed errors. Tests must load what production loads. Every project
// has its own Vite server, so every project gets the alias.
const resolve: ViteUserConfig['resolve'] = {
  alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
};

const NEO4J_SETUP = ['tests/support/globalSetup.ts'];

export default defineConfig({
  test: {
    // Reporters are global: every project's tests in one verbose listing and one JSON report,
    // which .ci/run reads for its "N passed, N failed" line.
    reporters: ['verbose', ['json', { outputFile: 'test-results/vitest.json' }]],
    projects: [
      {
        resolve,
        test: {
          name: 'unit',
          include: ['server/src/**/*.test.ts', 'web/src/**/*.test.ts', 'tests/data/**/*.test.ts'],
          sequence: { groupOrder: 0 },
          testTimeout: 10_000,
        },
      },
      {
        resolve,
        test: {
          name: 'db',
          include: ['tests/integration/**/*.test.ts', 'tests/api/**/*.test.ts', 'tests/performance/**/*.test.ts'],
          globalSetup: NEO4J_SETUP,
          // One file at a time in one child process: they share the one Neo4j database (see above).
          poolOptions: { forks: { singleFork: true } },
          sequence: { groupOrder: 1 },
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
      {
        resolve,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: NEO4J_SETUP,
          poolOptions: { forks: { singleFork: true } },
          sequence: { groupOrder: 2 },
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
