/**
 * Starts the test Neo4j once per `vitest run`: a fresh data folder under .neo4j/test/, ports the
 * OS says are free, never the user's database. Migrates and loads the seed graph, hands the
 * connection to the test files (`inject('neo4j')`), and stops and deletes it afterwards.
 * NEO4J_TEST_URI (+ NEO4J_TEST_USER, NEO4J_TEST_PASSWORD) uses a server you provide instead —
 * the tests WIPE it, so never point it at data you want to keep.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { CACHE_ROOT, freePort, startLocalNeo4j, type RunningNeo4j } from '../../neo4j/neo4j-local.js';
import { Database } from '../../server/src/db/database.js';
import { migrate } from '../../server/src/db/migrations.js';
import { seedGraph } from '../../server/src/db/seedGraph.js';
import { REPO_ROOT } from '../../server/src/config.js';

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

let running: RunningNeo4j | null = null;
let home: string | null = null;

export async function setup(project: TestProject): Promise<void> {
  let conn: TestNeo4j;
  if (process.env.NEO4J_TEST_URI) {
    conn = { uri: process.env.NEO4J_TEST_URI, user: process.env.NEO4J_TEST_USER ?? 'neo4j', password: process.env.NEO4J_TEST_PASSWORD ?? '' };
  } else {
    home = path.join(CACHE_ROOT, 'test', `run-${process.pid}-${Date.now()}`);
    running = await startLocalNeo4j({
      home,
      boltPort: await freePort(),
      httpPort: await freePort(),
      heap: '768m',
      pageCache: '128m',
      log: (m) => process.stderr.write(`[test-neo4j] ${m}\n`),
    });
    conn = { uri: running.uri, user: running.user, password: running.password };
  }
  const db = new Database({ ...conn, database: 'neo4j', queryTimeoutMs: 30_000 });
  try {
    await db.write('wipe', (tx) => tx.run('MATCH (n) DETACH DELETE n'));
    await migrate(db);
    await seedGraph(db, path.join(REPO_ROOT, 'seed'));
  } finally {
    await db.close();
  }
  project.provide('neo4j', conn);
}

export async function teardown(): Promise<void> {
  if (running) await running.stop();
  if (home) fs.rmSync(home, { recursive: true, force: true });
}
