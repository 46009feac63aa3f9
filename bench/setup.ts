/**
 * What the benchmarks that drive a server over HTTP (`npm run bench`, `npm run bench:load`) need
 * before they measure: a database with a graph (NEO4J_URI as it is, or a private Neo4j under
 * .neo4j/bench/ with the seed and the synthetic graph) and servers started as child processes on
 * free loopback ports.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { CACHE_ROOT, freePort, startLocalNeo4j, type RunningNeo4j } from '../neo4j/neo4j-local.js';
import { Database } from '../server/src/db/database.js';
import { migrate } from '../server/src/db/migrations.js';
import { isGraphEmpty, seedGraph } from '../server/src/db/seedGraph.js';
import { countSynthetic, loadSyntheticBasis } from '../server/src/db/syntheticGraph.js';
import { writeGraph } from '../server/src/db/writeGraph.js';
import { generateSyntheticGraph } from '../server/src/domain/generateSyntheticGraph.js';
import { REPO_ROOT } from '../server/src/config.js';

export interface Connection {
  uri: string;
  user: string;
  password: string;
}

/** The database: NEO4J_URI as it is, or a private one with the seed and a synthetic graph of `engagements`. */
export async function benchDatabase(opts: { engagements: number; seed: number; log: (m: string) => void }): Promise<{
  conn: Connection;
  neo4j: RunningNeo4j | null;
  home: string | null;
}> {
  if (process.env.NEO4J_URI) {
    return { conn: { uri: process.env.NEO4J_URI, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? '' }, neo4j: null, home: null };
  }
  const home = path.join(CACHE_ROOT, 'bench', `run-${process.pid}`);
  const neo4j = await startLocalNeo4j({ home, boltPort: await freePort(), httpPort: await freePort(), heap: '2g', pageCache: '1g', log: opts.log });
  const conn = { uri: neo4j.uri, user: neo4j.user, password: neo4j.password };
  const db = new Database({ ...conn, database: 'neo4j', queryTimeoutMs: 600_000 });
  try {
    await migrate(db);
    if (await isGraphEmpty(db)) await seedGraph(db, path.join(REPO_ROOT, 'seed'));
    if (opts.engagements > 0 && (await countSynthetic(db)).nodes === 0) {
      const t0 = performance.now();
      let relations = 0;
      for (const doc of generateSyntheticGraph(await loadSyntheticBasis(db), { engagements: opts.engagements, seed: opts.seed })) {
        relations += (await writeGraph(db, doc, 'keep')).relations;
      }
      const s = (performance.now() - t0) / 1000;
      opts.log(`synth: ${opts.engagements} engagements, ${relations} relationships in ${s.toFixed(1)} s (${Math.round(relations / s)} relationships/s)`);
    }
  } catch (e) {
    await neo4j.stop();
    throw e;
  } finally {
    await db.close();
  }
  return { conn, neo4j, home };
}

export type BenchServerScript = 'server/src/main.ts' | 'bench/neo4jGraphqlServer.ts' | 'bench/rawCypherServer.ts';

/**
 * Starts one server script as a child process on a free loopback port and waits until `probe`
 * (a path on it) answers a POST without a 5xx. `env` is added to the server's environment.
 */
export async function startBenchServer(
  script: BenchServerScript,
  conn: Connection,
  opts: { probe: string; env?: Record<string, string> },
): Promise<{ child: ChildProcess; base: string }> {
  const port = await freePort();
  const env = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    NEO4J_URI: conn.uri,
    NEO4J_USER: conn.user,
    NEO4J_PASSWORD: conn.password,
    LOG_LEVEL: 'silent',
    KENNISGRAAF_SEED_ON_EMPTY: 'false',
    KENNISGRAAF_GRAPHIQL: 'false',
    ...opts.env,
  };
  const child = spawn(path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx'), [script], { cwd: REPO_ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${script} exited: ${log}`);
    const ok = await fetch(`${base}${opts.probe}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' })
      .then((r) => r.status < 500)
      .catch(() => false);
    if (ok) break;
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error(`${script} did not start: ${log}`);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return { child, base };
}

/** Requests, throughput and percentiles of one measured run (latencies in ms, any order). */
export interface LatencySummary {
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
}

export function latencySummary(latencies: readonly number[], durationSeconds: number): LatencySummary {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]! : NaN);
  return { requests: sorted.length, rps: sorted.length / durationSeconds, p50: at(50), p95: at(95), p99: at(99) };
}

/** A figure for a table: whole numbers from 100 up, one decimal below, "—" for none. */
export const f1 = (n: number) => (Number.isFinite(n) ? (n >= 100 ? n.toFixed(0) : n.toFixed(1)) : '—');
