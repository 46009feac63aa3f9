/**
 * The real server (startKennisgraaf) against the test Neo4j, on a free port, serving the built
 * web app. For API tests `yoga.fetch` needs no port; browser tests use `url`. The test Neo4j holds
 * the fixture graph (tests/fixtures/graph, loaded by the global setup).
 */
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, inject } from 'vitest';
import { loadConfig, type Config } from '../../server/src/config.js';
import { createLogger } from '../../server/src/logging/logger.js';
import { startKennisgraaf, type RunningKennisgraaf } from '../../server/src/app/startKennisgraaf.js';
import { Database } from '../../server/src/db/database.js';
import { loadFixtureGraph, replaceGraph, SEED_DIR } from './fixtureGraph.js';

export const TEST_TOKEN = 'test-token-0123456789';

export function testConfig(env: Record<string, string> = {}): Config {
  const conn = inject('neo4j');
  return loadConfig({
    PORT: '0',
    NEO4J_URI: conn.uri,
    NEO4J_USER: conn.user,
    NEO4J_PASSWORD: conn.password,
    KENNISGRAAF_API_TOKENS: TEST_TOKEN,
    KENNISGRAAF_SEED_ON_EMPTY: 'false',
    LOG_LEVEL: 'silent',
    // Tests send hundreds of requests a minute from one client; tests/api/abuse.test.ts sets its own limit.
    RATE_LIMIT_PER_MINUTE: '1000000',
    // Never the developer's own register (data/erasures.jsonl): one per test process.
    KENNISGRAAF_ERASURE_REGISTER: path.join(os.tmpdir(), `kg-test-erasures-${process.pid}.jsonl`),
    ...env,
  });
}

export function startTestServer(env: Record<string, string> = {}): Promise<RunningKennisgraaf> {
  const config = testConfig(env);
  return startKennisgraaf(config, createLogger(config.logLevel));
}

/**
 * The usual fixture of an API test file: a server and a Cypher handle on the test Neo4j, started
 * before the file's tests and stopped after them. Read `ctx.app` and `ctx.db` inside tests.
 */
export function useTestApp(env: Record<string, string> = {}): { readonly app: RunningKennisgraaf; readonly db: Database } {
  const ctx = {} as { app: RunningKennisgraaf; db: Database };
  beforeAll(async () => {
    // The db handle first: when the server fails to start, the file's own after-hooks still have it.
    ctx.db = testDatabase();
    ctx.app = await startTestServer(env);
  });
  afterAll(async () => {
    await ctx.db?.close();
    await ctx.app?.stop();
  });
  return ctx;
}

/**
 * The fixture of a file that tests the real seed/ in Neo4j: loads seed/ in place of the fixture
 * graph before the file's tests and puts the fixture graph back after them, so the files after it
 * see the graph they expect. Files run one at a time (vitest.config.ts), so nothing else sees the
 * swap. Read `ctx.db` inside tests.
 */
export function useSeedGraph(): { readonly db: Database } {
  const ctx = {} as { db: Database };
  beforeAll(async () => {
    ctx.db = testDatabase();
    await replaceGraph(ctx.db, SEED_DIR);
  });
  afterAll(async () => {
    if (!ctx.db) return;
    try {
      await loadFixtureGraph(ctx.db);
    } finally {
      await ctx.db.close();
    }
  });
  return ctx;
}

/** A driver wrapper on the test Neo4j for tests that check the graph with Cypher. */
export function testDatabase(): Database {
  const conn = inject('neo4j');
  return new Database({ ...conn, database: 'neo4j', queryTimeoutMs: 30_000 });
}

/** Runs `work` on a connection of its own to the test Neo4j, closed afterwards. */
export async function withTestDatabase<T>(work: (db: Database) => Promise<T>): Promise<T> {
  const db = testDatabase();
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

/** Runs a GraphQL operation through the server's HTTP handler (no port). */
export async function gql<T = Record<string, unknown>>(
  app: Pick<RunningKennisgraaf, 'yoga'>,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<{ status: number; data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] }> {
  const res = await app.yoga.fetch('http://kennisgraaf.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  return { status: res.status, ...body };
}
