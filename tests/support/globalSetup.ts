/**
 * The global setup of the db and e2e layers: starts the test Neo4j once per `vitest run` — a
 * fresh data folder under .neo4j/test/, ports the OS says are free, never the user's database —
 * migrates it, loads the fixture graph (tests/fixtures/graph), hands the connection to the test
 * files (`inject('neo4j')`), and stops and deletes it after the last project is done.
 *
 * Both projects list this file, and vitest runs a project's global setup in that project's own
 * module runner, so module state is not shared between them. The running Neo4j is therefore kept
 * on `globalThis` (the setups all run in vitest's main process) with a count of the projects using
 * it: the first setup starts it, later ones reuse it, the last teardown stops it. One Neo4j per
 * `npm test`, however many of the two projects run. The unit project has no global setup.
 *
 * NEO4J_TEST_URI (+ NEO4J_TEST_USER, NEO4J_TEST_PASSWORD) uses a server you provide instead —
 * the tests WIPE it, so never point it at data you want to keep.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { CACHE_ROOT, freePort, startLocalNeo4j, type RunningNeo4j } from '../../neo4j/neo4j-local.js';
import { Database } from '../../server/src/db/database.js';
import { migrate } from '../../server/src/db/migrations.js';
import { loadFixtureGraph } from './fixtureGraph.js';
import { startTestFrog } from './testFrog.js';

export interface TestNeo4j {
  uri: string;
  user: string;
  password: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

interface Shared {
  users: number;
  ready: Promise<TestNeo4j>;
  running: RunningNeo4j | null;
  home: string | null;
  /** Frog for the intake tests (testFrog.ts), started in the background beside Neo4j. */
  frog?: Promise<Awaited<ReturnType<typeof startTestFrog>>>;
}

const KEY = Symbol.for('kennisgraaf.testNeo4j');
const store = globalThis as typeof globalThis & { [KEY]?: Shared };

async function start(shared: Pick<Shared, 'running' | 'home'>): Promise<TestNeo4j> {
  let conn: TestNeo4j;
  if (process.env.NEO4J_TEST_URI) {
    conn = { uri: process.env.NEO4J_TEST_URI, user: process.env.NEO4J_TEST_USER ?? 'neo4j', password: process.env.NEO4J_TEST_PASSWORD ?? '' };
  } else {
    shared.home = path.join(CACHE_ROOT, 'test', `run-${process.pid}-${Date.now()}`);
    shared.running = await startLocalNeo4j({
      home: shared.home,
      boltPort: await freePort(),
      httpPort: await freePort(),
      heap: '768m',
      pageCache: '128m',
      log: (m) => process.stderr.write(`[test-neo4j] ${m}\n`),
    });
    conn = { uri: shared.running.uri, user: shared.running.user, password: shared.running.password };
  }
  const db = new Database({ ...conn, database: 'neo4j', queryTimeoutMs: 30_000 });
  try {
    await db.write('wipe', (tx) => tx.run('MATCH (n) DETACH DELETE n'));
    await migrate(db);
    await loadFixtureGraph(db);
  } finally {
    await db.close();
  }
  return conn;
}

export async function setup(project: TestProject): Promise<void> {
  let shared = store[KEY];
  if (!shared) {
    const fresh = { users: 0, running: null, home: null };
    shared = store[KEY] = Object.assign(fresh, { ready: start(fresh) });
  }
  shared.users++;
  shared.frog ??= startTestFrog();
  project.provide('frog', (await shared.frog).conn);
  project.provide('neo4j', await shared.ready);
}

export async function teardown(): Promise<void> {
  const shared = store[KEY];
  if (!shared || --shared.users > 0) return;
  delete store[KEY];
  await (await shared.frog)?.stop();
  if (shared.running) await shared.running.stop();
  if (shared.home) fs.rmSync(shared.home, { recursive: true, force: true });
}
