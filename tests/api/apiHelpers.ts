/**
 * Shared helpers of the API contract tests: run an operation and demand data, demand a refusal
 * with a given code, count Cypher round trips per operation, count the graph, read the fixture
 * graph's files.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { gql, TEST_TOKEN } from '../support/testServer.js';
import { FIXTURE_GRAPH_DIR } from '../support/fixtureGraph.js';
import type { RunningKennisgraaf } from '../../server/src/app/startKennisgraaf.js';
import type { Database } from '../../server/src/db/database.js';
import { parseReferenceCsv, type GemeenteRow } from '../../server/src/reference/parseReferenceCsv.js';

/** Response data is checked field by field in the tests; typing every shape adds nothing. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export type GqlResult = Awaited<ReturnType<typeof gql<Json>>>;

export const AUTH = { authorization: `Bearer ${TEST_TOKEN}` };

/** A stack-trace line as V8 prints it ("    at fn (file:line:col)"). */
const STACK_LINE = /^\s{4}at /m;

/** True when the serialised response contains a stack trace or internals a client must not see. */
export function leaksInternals(res: unknown): boolean {
  const text = JSON.stringify(res, null, 2);
  return STACK_LINE.test(text) || /\\n\s{4}at /.test(text) || /"stack"|"originalError"/.test(text);
}

/** Runs an operation and expects data without errors. */
export async function query(app: Pick<RunningKennisgraaf, 'yoga'>, source: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<Json> {
  const res = await gql<Json>(app, source, variables, headers);
  expect(res.errors, `errors for ${source.slice(0, 120)}: ${JSON.stringify(res.errors)}`).toBeUndefined();
  expect(res.status).toBe(200);
  expect(res.data).toBeTruthy();
  return res.data;
}

/**
 * Expects exactly one error with this `extensions.code` and a message matching `message`,
 * and no stack trace anywhere in the response. Returns the error for further checks.
 */
export function expectRefused(res: GqlResult, code: string, message?: RegExp): { message: string; extensions?: Record<string, unknown> } {
  expect(res.errors, `expected a ${code} error, got ${JSON.stringify(res)}`).toBeDefined();
  expect(res.errors).toHaveLength(1);
  const error = res.errors![0]!;
  expect(error.extensions?.code, error.message).toBe(code);
  expect(error.message.length).toBeGreaterThan(15);
  if (message) expect(error.message).toMatch(message);
  expect(leaksInternals(res), JSON.stringify(res)).toBe(false);
  // Nothing about the database engine or the query language leaks into the message.
  expect(error.message).not.toMatch(/Neo4j|Cypher|Lucene|ParseException|neo4j-driver/i);
  return error;
}

/** Runs an operation and counts the Cypher queries it caused (names in order). */
export async function countQueries(
  app: RunningKennisgraaf,
  source: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<{ count: number; names: string[]; data: Json }> {
  const names: string[] = [];
  const unsubscribe = app.db.onQuery((e) => names.push(e.name));
  let res: GqlResult;
  try {
    res = await gql<Json>(app, source, variables, headers);
  } finally {
    unsubscribe();
  }
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return { count: names.length, names, data: res.data };
}

export interface GraphCounts {
  nodes: number;
  relationships: number;
  sources: number;
  /** A fingerprint of every property of every node and relationship. */
  fingerprint: string;
}

/** Counts the whole graph (the audit trail aside: changes add entries to it), and fingerprints its properties, straight from Neo4j. */
export async function graphCounts(db: Database): Promise<GraphCounts> {
  const [row] = await db.read<{ nodes: number; relationships: number; sources: number; fingerprint: string }>(
    'test:graphCounts',
    `CALL () { MATCH (n) WHERE NOT n:AuditEntry RETURN count(n) AS nodes }
     CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
     CALL () { MATCH (s:Source) RETURN count(s) AS sources }
     CALL () {
       MATCH (n) WHERE NOT n:KennisgraafMeta AND NOT n:AuditEntry
       WITH n ORDER BY coalesce(n.id, '')
       WITH collect(coalesce(n.id, '') + ':' + toString(size(keys(n))) + ':' + coalesce(n.name, n.title, '') + ':' + toString(size(coalesce(n.provSources, [])))) AS ns
       RETURN reduce(s = '', x IN ns | s + x + ';') AS nodeText
     }
     CALL () {
       MATCH (a)-[r]->(b)
       WITH a.id + '|' + type(r) + '|' + b.id + ':' + toString(size(coalesce(r.provSources, []))) AS x ORDER BY x
       RETURN reduce(s = '', y IN collect(x) | s + y + ';') AS relText
     }
     RETURN nodes, relationships, sources, nodeText + relText AS fingerprint`,
  );
  return row!;
}

// ---------------------------------------------------------------------------------------------
// The fixture graph the test Neo4j holds (tests/fixtures/graph, not seed/), read from its files
// (independent of what the server did with them).

export interface FixtureArticle {
  /** The id of the article's source. */
  source: string;
  entities: { id: string; type?: string; name?: string; aliases?: string[] }[];
  relations: { from: string; type: string; to: string }[];
}

export function fixtureArticles(): FixtureArticle[] {
  const dir = path.join(FIXTURE_GRAPH_DIR, 'articles');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as FixtureArticle);
}

export function fixtureJson<T = Json>(file: 'gemeenten.json' | 'themes.json' | 'sources.json' | 'reference/sources.json'): T {
  return JSON.parse(fs.readFileSync(path.join(FIXTURE_GRAPH_DIR, file), 'utf8')) as T;
}

/** The rows of one of the fixture's CBS gemeente files (reference/gemeenten.csv, reference/gemeenten_extra.csv). */
export function fixtureReferenceRows(file: 'gemeenten.csv' | 'gemeenten_extra.csv'): GemeenteRow[] {
  const parsed = parseReferenceCsv(file, fs.readFileSync(path.join(FIXTURE_GRAPH_DIR, 'reference', file)));
  if (parsed.kind !== 'GEMEENTEN') throw new Error(`${file} is not a gemeente file`);
  return parsed.rows.map((r) => r.row);
}

/** Ids of the engagements the fixture's articles define (with a name). */
export function fixtureEngagementIds(): Set<string> {
  return new Set(
    fixtureArticles()
      .flatMap((a) => a.entities)
      .filter((e) => e.type === 'ENGAGEMENT' && e.name)
      .map((e) => e.id),
  );
}

/** A short random suffix that makes ids unique to one test run. */
export function runSuffix(): string {
  return Math.random().toString(36).slice(2, 10).replace(/[^a-z0-9]/g, 'x');
}

export const ids = <T extends { id: string }>(xs: readonly T[]): string[] => xs.map((x) => x.id);
