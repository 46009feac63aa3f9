/**
 * Which graph the test Neo4j holds. The db and e2e layers run against the fixture graph
 * (tests/fixtures/graph, a seed-format folder that does not follow seed/), so their exact
 * assertions hold however seed/ grows. Files that test the real seed/ load it in its place and
 * put the fixture back (`useSeedGraph()` in testServer.ts).
 *
 * Loading goes through the product's own seed loader — readSeedFiles → validateSeed → writeGraph —
 * so a fixture the product would refuse is refused here too. No vitest import: the global setup
 * uses this module outside the test runner.
 */
import path from 'node:path';
import { REPO_ROOT } from '../../server/src/config.js';
import type { Database } from '../../server/src/db/database.js';
import { writeGraph, type WriteSummary } from '../../server/src/db/writeGraph.js';
import { readSeedFiles } from '../../server/src/seed/readSeedFiles.js';
import { validateSeed } from '../../server/src/seed/validateSeed.js';

/** The fixture graph the exact assertions of tests/api are written against. */
export const FIXTURE_GRAPH_DIR = path.join(REPO_ROOT, 'tests', 'fixtures', 'graph');

/** The real, growing seed of the product. */
export const SEED_DIR = path.join(REPO_ROOT, 'seed');

/**
 * Replaces every entity and source in the database by the graph of a seed-format folder.
 * The folder is validated first: when it is refused, the database is left as it was.
 */
export async function replaceGraph(db: Database, dir: string): Promise<WriteSummary> {
  const doc = validateSeed(readSeedFiles(dir));
  await db.write('test:wipeGraph', (tx) => tx.run('MATCH (n) WHERE n:Entity OR n:Source OR n:Proposal OR n:SourceText DETACH DELETE n'));
  return writeGraph(db, doc, 'keep');
}

/** Puts the fixture graph in the database, in place of whatever it held. */
export function loadFixtureGraph(db: Database): Promise<WriteSummary> {
  return replaceGraph(db, FIXTURE_GRAPH_DIR);
}
