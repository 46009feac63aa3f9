/**
 * `npm run bench` (issue 11): Kennisgraaf's GraphQL server, @neo4j/graphql over the same data
 * (bench/neo4jGraphqlServer.ts) and the best raw Cypher per operation behind a tiny HTTP endpoint
 * (bench/rawCypherServer.ts), side by side against ONE Neo4j, each in its own child process on
 * its own loopback port. Every operation of bench/operations.ts is driven by autocannon at each
 * concurrency for a bounded time per cell; the table gives req/s, p50, p95, p99, errors, and the
 * ratios the issue asks for (Kennisgraaf's throughput over @neo4j/graphql's at concurrency 10, its
 * p50 over raw Cypher's at concurrency 1). The table is also written as JSON to bench/results/.
 *
 *   npm run bench                                   a private Neo4j: seed + synth 20,000 engagements
 *   npm run bench -- --engagements 100000           … the national graph
 *   NEO4J_URI=bolt://… NEO4J_PASSWORD=… npm run bench   a running database, as it is (seed and synth it first)
 *   npm run bench -- --duration 5 --connections 1,10 --ops search,stats --targets kennisgraaf,raw
 *   npm run bench -- --national                     the national goals of issue 11: synth 100,000, 50
 *                                                   clients, Kennisgraaf only, p95 against its goal per operation
 *
 * Figures depend on the machine and on what else runs on it: the load average at the start and
 * the end is printed and saved with them. docs/benchmarks.md records the ones measured here.
 */
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { Database } from '../server/src/db/database.js';
import { REPO_ROOT } from '../server/src/config.js';
import { OPERATIONS, resolveParams, type BenchParams, type BenchOperation } from './operations.js';
import { benchDatabase, f1, latencySummary, startBenchServer, type Connection } from './setup.js';

const TARGETS = ['kennisgraaf', 'neo4j-graphql', 'raw'] as const;
type Target = (typeof TARGETS)[number];

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '2' },
    connections: { type: 'string' },
    ops: { type: 'string' },
    targets: { type: 'string' },
    engagements: { type: 'string' },
    seed: { type: 'string', default: '1' },
    national: { type: 'boolean', default: false },
  },
});

/**
 * `--national`: the goals of issue 11 for the national synthetic graph (about 1M relationships)
 * with 50 concurrent clients — p95 per operation at most this many ms. The other options still
 * apply (e.g. `--targets kennisgraaf,raw` to see raw Cypher beside it).
 */
const NATIONAL_P95_GOAL_MS: Record<string, number> = {
  search: 50,
  neighborhood: 50,
  paths: 50,
  comparable: 50,
  engagementsByTheme: 50,
  municipalityEngagements: 50,
  stats: 100,
};
const NATIONAL = values.national;
const DURATION = Number(values.duration);
const WARMUP = Number(values.warmup);
const CONNECTIONS = (values.connections ?? (NATIONAL ? '50' : '1,10,50')).split(',').map(Number);
const OP_NAMES = values.ops?.split(',') ?? (NATIONAL ? Object.keys(NATIONAL_P95_GOAL_MS) : null);
const OPS = OP_NAMES ? OPERATIONS.filter((o) => OP_NAMES.includes(o.name)) : OPERATIONS;
const RUN_TARGETS = (values.targets ?? (NATIONAL ? 'kennisgraaf' : TARGETS.join(','))).split(',').filter((t): t is Target => (TARGETS as readonly string[]).includes(t));
const ENGAGEMENTS = Number(values.engagements ?? (NATIONAL ? '100000' : '20000'));
const say = (m: string) => process.stderr.write(`[bench] ${m}\n`);

interface Cell {
  op: string;
  target: Target;
  connections: number;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
}


/** Starts one server as a child process and waits until it answers. */
async function startServer(target: Target, conn: Connection): Promise<{ child: ChildProcess; url: (op: BenchOperation) => string }> {
  const script = ({ kennisgraaf: 'server/src/main.ts', 'neo4j-graphql': 'bench/neo4jGraphqlServer.ts', raw: 'bench/rawCypherServer.ts' } as const)[target];
  const { child, base } = await startBenchServer(script, conn, {
    probe: target === 'raw' ? '/none' : '/graphql',
    // One loopback client sends everything: the per-client limit would answer 429.
    env: { RATE_LIMIT_PER_MINUTE: '1000000' },
  });
  return { child, url: (op) => (target === 'raw' ? `${base}/${op.name}` : `${base}/graphql`) };
}

function body(target: Target, op: BenchOperation, p: BenchParams): string {
  if (target === 'raw') return JSON.stringify(p);
  return JSON.stringify(target === 'kennisgraaf' ? op.kennisgraaf(p) : op.neo4jGraphql(p));
}

/** One request first: the operation must answer without errors (and the size says what it returned). */
async function verify(url: string, payload: string): Promise<number> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: payload });
  const text = await res.text();
  if (res.status !== 200 || text.includes('"errors"')) throw new Error(`${url}: ${res.status} ${text.slice(0, 400)}`);
  return text.length;
}

async function drive(url: string, payload: string, connections: number, duration: number): Promise<Omit<Cell, 'op' | 'target'>> {
  const latencies: number[] = [];
  const r = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: payload,
        connections,
        duration,
        timeout: 30,
        // A GraphQL error is an HTTP 200: count it as an error too.
        verifyBody: (b) => !String(b).includes('"errors"'),
      },
      (err, result) => (err ? reject(err instanceof Error ? err : new Error(String(err))) : resolve(result)),
    );
    instance.on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
  });
  return { connections, ...latencySummary(latencies, duration), errors: r.errors + r.timeouts + r.non2xx + (r.mismatches ?? 0) };
}


function table(cells: Cell[]): string {
  const lines = [`| operation | target | c | req/s | p50 ms | p95 ms | p99 ms | errors |`, '|---|---|---:|---:|---:|---:|---:|---:|'];
  for (const c of cells) lines.push(`| ${c.op} | ${c.target} | ${c.connections} | ${f1(c.rps)} | ${f1(c.p50)} | ${f1(c.p95)} | ${f1(c.p99)} | ${c.errors} |`);
  return lines.join('\n');
}

function ratios(cells: Cell[]): { op: string; throughputVsNeo4jGraphqlC10: number; p50VsRawC1: number }[] {
  const find = (op: string, target: Target, c: number) => cells.find((x) => x.op === op && x.target === target && x.connections === c);
  return OPS.map((o) => ({
    op: o.name,
    throughputVsNeo4jGraphqlC10: (find(o.name, 'kennisgraaf', 10)?.rps ?? NaN) / (find(o.name, 'neo4j-graphql', 10)?.rps ?? NaN),
    p50VsRawC1: (find(o.name, 'kennisgraaf', 1)?.p50 ?? NaN) / (find(o.name, 'raw', 1)?.p50 ?? NaN),
  }));
}

/** Kennisgraaf's p95 per operation against the national goal (`--national`). */
function nationalGoals(cells: Cell[]): { op: string; connections: number; p95: number; goal: number; met: boolean }[] {
  return cells
    .filter((c) => c.target === 'kennisgraaf' && NATIONAL_P95_GOAL_MS[c.op] !== undefined)
    .map((c) => ({ op: c.op, connections: c.connections, p95: c.p95, goal: NATIONAL_P95_GOAL_MS[c.op]!, met: c.errors === 0 && c.p95 <= NATIONAL_P95_GOAL_MS[c.op]! }));
}

const load = () => os.loadavg().map((l) => l.toFixed(2)).join(' ');

const { conn, neo4j, home } = await benchDatabase({ engagements: ENGAGEMENTS, seed: Number(values.seed), log: say });
const servers = new Map<Target, Awaited<ReturnType<typeof startServer>>>();
try {
  const db = new Database({ ...conn, database: 'neo4j', queryTimeoutMs: 60_000 });
  const params = await resolveParams(db);
  const [size] = await db.read<{ nodes: number; relationships: number }>('bench:size', 'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships');
  await db.close();
  say(`graph: ${size!.nodes} nodes, ${size!.relationships} relationships; ids: ${JSON.stringify(params)}`);
  for (const t of RUN_TARGETS) servers.set(t, await startServer(t, conn));
  const startLoad = load();
  say(`load average at start: ${startLoad} (${os.cpus().length} cores)`);
  const cells: Cell[] = [];
  for (const op of OPS) {
    for (const target of RUN_TARGETS) {
      const url = servers.get(target)!.url(op);
      const payload = body(target, op, params);
      const bytes = await verify(url, payload).catch((e: unknown) => {
        say(`${op.name} ${target}: not measured, its first answer was an error: ${(e as Error).message.slice(0, 300)}`);
        return null;
      });
      for (const connections of CONNECTIONS) {
        if (bytes === null) {
          cells.push({ op: op.name, target, connections, requests: 0, rps: 0, p50: NaN, p95: NaN, p99: NaN, errors: NaN });
          continue;
        }
        if (WARMUP > 0) await drive(url, payload, connections, WARMUP);
        const cell = { op: op.name, target, ...(await drive(url, payload, connections, DURATION)) };
        cells.push(cell);
        // Requests still queued in the server when the cell ended would slow the next cell down:
        // one more answer (after them) before going on.
        await verify(url, payload).catch(() => undefined);
        say(`${op.name.padEnd(24)} ${target.padEnd(14)} c=${String(connections).padEnd(3)} ${f1(cell.rps).padStart(7)} req/s  p50 ${f1(cell.p50).padStart(6)}  p95 ${f1(cell.p95).padStart(6)}  p99 ${f1(cell.p99).padStart(6)} ms  errors ${cell.errors}  (${bytes} bytes)`);
      }
    }
  }
  const endLoad = load();
  const r = ratios(cells);
  console.log(`\n${table(cells)}\n`);
  // The ratios need cells at c=10 (with @neo4j/graphql) and c=1 (with raw Cypher): a run without them prints none.
  if (r.some((x) => Number.isFinite(x.throughputVsNeo4jGraphqlC10) || Number.isFinite(x.p50VsRawC1))) {
    const f2 = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : '—');
    console.log('| operation | Kennisgraaf ÷ @neo4j/graphql req/s at c=10 (goal ≥ 1.5) | Kennisgraaf ÷ raw Cypher p50 at c=1 (goal ≤ 2) |\n|---|---:|---:|');
    for (const x of r) console.log(`| ${x.op} | ${f2(x.throughputVsNeo4jGraphqlC10)} | ${f2(x.p50VsRawC1)} |`);
  }
  const goals = NATIONAL ? nationalGoals(cells) : null;
  if (goals) {
    console.log(`\n| operation | clients | Kennisgraaf p95 ms | goal ms | met |\n|---|---:|---:|---:|---|`);
    for (const g of goals) console.log(`| ${g.op} | ${g.connections} | ${f1(g.p95)} | ${g.goal} | ${g.met ? 'yes' : 'no'} |`);
  }
  console.log(`\nload average: ${startLoad} at the start, ${endLoad} at the end (${os.cpus().length} cores)`);
  const dir = path.join(REPO_ROOT, 'bench', 'results');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `api-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  const machine = { cpus: os.cpus().length, model: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version };
  fs.writeFileSync(
    file,
    `${JSON.stringify({ date: new Date().toISOString(), machine, load: { start: startLoad, end: endLoad }, graph: size, params, durationSeconds: DURATION, cells, ratios: r, ...(goals ? { nationalGoals: goals } : {}) }, null, 2)}\n`,
  );
  say(`written to ${path.relative(REPO_ROOT, file)}`);
} finally {
  for (const s of servers.values()) s.child.kill('SIGTERM');
  if (neo4j) await neo4j.stop();
  if (home) fs.rmSync(home, { recursive: true, force: true });
}
