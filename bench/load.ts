/**
 * `npm run bench:load` (issue 12): many concurrent clients for a while against ONE Kennisgraaf
 * server, each request a different read that the explorer or an analyst sends — search-as-you-type,
 * a neighbourhood, a page of engagements (about a theme, of a gemeente, of a bureau), paths between a
 * bureau and a gemeente, comparable gemeenten, the overview figures — with arguments drawn from the
 * graph (every gemeente, bureau and theme, prefixes of their names), not one request repeated.
 * Reports throughput, p50/p95/p99 per operation and overall, and every error: a non-200, a GraphQL
 * error (an HTTP 200 with `errors`), a timeout or a broken connection. The target is 0 errors.
 *
 *   npm run bench:load                                  a private Neo4j with the seed + the national synthetic graph
 *                                                       (100,000 engagements, ~1M relationships) and its own server
 *   npm run bench:load -- --connections 50 --duration 60
 *   npm run bench:load -- --engagements 20000           a smaller synthetic graph
 *   NEO4J_URI=bolt://… NEO4J_PASSWORD=… npm run bench:load   its own server on a database as it is
 *   npm run bench:load -- --url http://host:4000        a server that runs already (its own limits apply)
 *
 * Every client comes from this one address, so the per-client rate limit (RATE_LIMIT_PER_MINUTE,
 * default 600 a minute) would answer 429 within seconds: a server this script starts gets the limit
 * of `--rate-limit` (default 1,000,000) and the report says so; with `--url` the server's own limit
 * applies and 429s are counted as errors. The arguments come from the server itself (GraphQL), so
 * `--url` needs no database access. The figures, with the date, the machine and the load average
 * during the run, are printed and written to bench/results/load-<time>.json (git-ignored).
 */
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { REPO_ROOT } from '../server/src/config.js';
import { OPERATIONS, type BenchOperation, type BenchParams } from './operations.js';
import { benchDatabase, f1, latencySummary, startBenchServer } from './setup.js';

const { values } = parseArgs({
  options: {
    connections: { type: 'string', default: '50' },
    duration: { type: 'string', default: '60' },
    warmup: { type: 'string', default: '5' },
    url: { type: 'string' },
    token: { type: 'string' },
    timeout: { type: 'string', default: '30' },
    'rate-limit': { type: 'string', default: '1000000' },
    engagements: { type: 'string', default: '100000' },
    seed: { type: 'string', default: '1' },
  },
});
const CONNECTIONS = Number(values.connections);
const DURATION = Number(values.duration);
const WARMUP = Number(values.warmup);
const TIMEOUT = Number(values.timeout);
const RATE_LIMIT = values['rate-limit'];
const say = (m: string) => process.stderr.write(`[load] ${m}\n`);

/** The mix: how often each operation of bench/operations.ts is sent (weights). */
const MIX: Record<string, number> = {
  search: 25,
  neighborhood: 20,
  engagementsByTheme: 10,
  municipalityEngagements: 10,
  bureauProfile: 5,
  paths: 10,
  comparable: 10,
  stats: 10,
};

interface Pools {
  gemeenten: { id: string; name: string }[];
  bureaus: { id: string; name: string }[];
  themes: { id: string; name: string }[];
  engagements: string[];
  terms: string[];
}

const headers = (): Record<string, string> => ({ 'content-type': 'application/json', ...(values.token ? { authorization: `Bearer ${values.token}` } : {}) });

async function graphql<T>(url: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(url, { method: 'POST', headers: headers(), body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (res.status !== 200 || body.errors || !body.data) throw new Error(`${res.status}: ${JSON.stringify(body.errors ?? body).slice(0, 400)}`);
  return body.data;
}

/** What the requests draw their arguments from, asked of the server itself. */
async function loadPools(url: string): Promise<Pools> {
  const data = await graphql<{
    municipalities: { id: string; name: string }[];
    consultancies: { id: string; name: string }[];
    themes: { id: string; name: string }[];
    engagements: { edges: { node: { id: string } }[] };
  }>(url, '{ municipalities(first: 400) { id name } consultancies { id name } themes { id name } engagements(first: 100) { edges { node { id } } } }');
  const words = new Set<string>();
  for (const x of [...data.municipalities, ...data.consultancies, ...data.themes]) {
    for (const w of x.name.split(/[^\p{L}\p{N}]+/u)) if (w.length >= 4) words.add(w.toLowerCase());
  }
  // Search as the user types it: prefixes of 3 letters and more of the words in names.
  const terms = [...words].flatMap((w) => [w.slice(0, 3), w.slice(0, Math.ceil(w.length / 2) + 1), w]);
  return { gemeenten: data.municipalities, bureaus: data.consultancies, themes: data.themes, engagements: data.engagements.edges.map((e) => e.node.id), terms };
}

const pick = <T>(xs: readonly T[]): T => xs[Math.floor(Math.random() * xs.length)]!;

/** Arguments for one request: each drawn anew. */
function drawParams(p: Pools): BenchParams {
  const start = pick([...p.gemeenten.map((g) => g.id), ...p.bureaus.map((b) => b.id), ...p.engagements]);
  return {
    theme: pick(p.themes).id,
    city: pick(p.gemeenten).id,
    bureau: pick(p.bureaus).id,
    busyBureau: start,
    searchText: pick(p.terms),
    pathFrom: pick(p.bureaus).id,
    pathTo: pick(p.gemeenten).id,
    comparable: pick(p.gemeenten).id,
  };
}

const OPS = OPERATIONS.filter((o) => MIX[o.name]);
const cumulative = (() => {
  let sum = 0;
  return OPS.map((o) => ({ op: o, upTo: (sum += MIX[o.name]!) }));
})();
function drawOperation(): BenchOperation {
  const r = Math.random() * cumulative[cumulative.length - 1]!.upTo;
  return cumulative.find((c) => r < c.upTo)!.op;
}

interface OpStats {
  latencies: number[];
  errors: number;
  samples: string[];
}

interface ClientContext {
  op?: string;
  t0?: number;
}

/** One autocannon run of the mix; every response is timed and checked per operation. */
async function run(url: string, pools: Pools, duration: number): Promise<{ stats: Map<string, OpStats>; result: autocannon.Result }> {
  const stats = new Map<string, OpStats>(OPS.map((o) => [o.name, { latencies: [], errors: 0, samples: [] }]));
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    autocannon(
      {
        url,
        connections: CONNECTIONS,
        duration,
        timeout: TIMEOUT,
        requests: [
          {
            method: 'POST',
            setupRequest: (req, context: ClientContext) => {
              const op = drawOperation();
              context.op = op.name;
              context.t0 = performance.now();
              return { ...req, method: 'POST', headers: headers(), body: JSON.stringify(op.kennisgraaf(drawParams(pools))) };
            },
            onResponse: (status, body, context: ClientContext) => {
              const s = stats.get(context.op!)!;
              s.latencies.push(performance.now() - context.t0!);
              if (status !== 200 || body.includes('"errors"')) {
                s.errors++;
                if (s.samples.length < 3) s.samples.push(`${status} ${body.slice(0, 300)}`);
              }
            },
          },
        ],
      },
      (err, r) => (err ? reject(err instanceof Error ? err : new Error(String(err))) : resolve(r)),
    );
  });
  return { stats, result };
}


interface Row {
  op: string;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
}

function row(op: string, latencies: number[], errors: number, duration: number): Row {
  return { op, ...latencySummary(latencies, duration), errors };
}

const loadAvg = () => os.loadavg()[0]!;

let server: ChildProcess | null = null;
let stopDatabase: (() => Promise<void>) | null = null;
try {
  let url = values.url ? `${values.url.replace(/\/+$/, '')}/graphql` : '';
  let rateLimit: string;
  if (url) {
    rateLimit = `the server's own RATE_LIMIT_PER_MINUTE (not set by this script); all ${CONNECTIONS} clients come from one address, so 429s are likely unless it is raised`;
  } else {
    const { conn, neo4j, home } = await benchDatabase({ engagements: Number(values.engagements), seed: Number(values.seed), log: say });
    stopDatabase = async () => {
      if (neo4j) await neo4j.stop();
      if (home) fs.rmSync(home, { recursive: true, force: true });
    };
    // All clients come from 127.0.0.1: one client for the per-client limit, so it is set for this run.
    const started = await startBenchServer('server/src/main.ts', conn, { probe: '/graphql', env: { RATE_LIMIT_PER_MINUTE: RATE_LIMIT } });
    server = started.child;
    url = `${started.base}/graphql`;
    rateLimit = `RATE_LIMIT_PER_MINUTE=${RATE_LIMIT} set by this script for its own server (all ${CONNECTIONS} clients come from one address, 127.0.0.1; the default of 600 a minute would answer 429)`;
  }
  say(`target ${url}; rate limit: ${rateLimit}`);
  // A cold database (just started, caches empty) may time out on the first big reads: try again.
  let pools: Pools | null = null;
  for (let attempt = 1; !pools; attempt++) {
    pools = await loadPools(url).catch((e: unknown) => {
      if (attempt >= 5) throw e;
      say(`reading the arguments failed (${(e as Error).message.slice(0, 120)}); again in 5 s`);
      return new Promise<null>((r) => setTimeout(() => r(null), 5_000));
    });
  }
  const { stats: size } = await graphql<{ stats: { nodesByType: { count: number }[] } }>(url, '{ stats { nodesByType { count } } }');
  const nodes = size.nodesByType.reduce((n, b) => n + b.count, 0);
  say(`graph: ${nodes} entities; arguments from ${pools.gemeenten.length} gemeenten, ${pools.bureaus.length} bureaus, ${pools.themes.length} themes, ${pools.engagements.length} engagements, ${pools.terms.length} search terms`);
  // Each operation once first: it must answer without errors, or the run would only measure errors.
  for (const op of OPS) {
    const req = op.kennisgraaf(drawParams(pools));
    await graphql(url, req.query, req.variables).catch((e: unknown) => say(`${op.name}: its first answer was an error: ${(e as Error).message}`));
  }
  if (WARMUP > 0) {
    say(`warm-up: ${CONNECTIONS} clients for ${WARMUP} s (not counted)`);
    await run(url, pools, WARMUP);
  }

  const loadSamples = [loadAvg()];
  const sampler = setInterval(() => loadSamples.push(loadAvg()), 5_000);
  const loadStart = os.loadavg().map((l) => l.toFixed(2)).join(' ');
  say(`measuring: ${CONNECTIONS} clients for ${DURATION} s; load average ${loadStart} (${os.cpus().length} cores)`);
  const { stats, result } = await run(url, pools, DURATION);
  clearInterval(sampler);
  loadSamples.push(loadAvg());
  const loadEnd = os.loadavg().map((l) => l.toFixed(2)).join(' ');

  const rows = OPS.map((o) => row(o.name, stats.get(o.name)!.latencies, stats.get(o.name)!.errors, DURATION));
  const all = [...stats.values()];
  // Timeouts and broken connections have no response, so no operation: they count in the overall row.
  const unanswered = result.timeouts + result.errors;
  const overall = row('all', all.flatMap((s) => s.latencies), all.reduce((n, s) => n + s.errors, 0) + unanswered, DURATION);
  const errorSamples = Object.fromEntries([...stats].filter(([, s]) => s.samples.length).map(([op, s]) => [op, s.samples]));

  const mean = loadSamples.reduce((a, b) => a + b, 0) / loadSamples.length;
  const load = { start: loadStart, end: loadEnd, oneMinuteMean: Number(mean.toFixed(2)), oneMinuteMax: Number(Math.max(...loadSamples).toFixed(2)) };
  const machine = { cpus: os.cpus().length, model: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version };
  const date = new Date().toISOString();

  const lines = ['| operation | requests | req/s | p50 ms | p95 ms | p99 ms | errors |', '|---|---:|---:|---:|---:|---:|---:|'];
  for (const r of [...rows, overall]) lines.push(`| ${r.op === 'all' ? '**all**' : r.op} | ${r.requests} | ${f1(r.rps)} | ${f1(r.p50)} | ${f1(r.p95)} | ${f1(r.p99)} | ${r.errors} |`);
  console.log(`\n${lines.join('\n')}\n`);
  console.log(`${date} · ${CONNECTIONS} clients · ${DURATION} s · ${nodes} entities · ${machine.cpus} × ${machine.model}, ${machine.memoryGiB} GiB, Node ${machine.node}`);
  console.log(`errors: ${overall.errors} (non-200 ${result.non2xx}, GraphQL errors ${overall.errors - unanswered - result.non2xx}, timeouts ${result.timeouts} after ${TIMEOUT} s, connection errors ${result.errors})`);
  console.log(`load average (1 min): mean ${load.oneMinuteMean}, max ${load.oneMinuteMax} during the run; ${loadStart} at the start, ${loadEnd} at the end`);
  console.log(`rate limit: ${rateLimit}`);
  for (const [op, samples] of Object.entries(errorSamples)) console.log(`first errors of ${op}:\n  ${samples.join('\n  ')}`);

  const dir = path.join(REPO_ROOT, 'bench', 'results');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `load-${date.replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(
    file,
    `${JSON.stringify({ date, machine, load, connections: CONNECTIONS, durationSeconds: DURATION, mix: MIX, rateLimit, entities: nodes, rows, overall, timeouts: result.timeouts, connectionErrors: result.errors, non2xx: result.non2xx, errorSamples }, null, 2)}\n`,
  );
  say(`written to ${path.relative(REPO_ROOT, file)}`);
  if (overall.errors > 0) process.exitCode = 1;
} finally {
  server?.kill('SIGTERM');
  await stopDatabase?.();
}
