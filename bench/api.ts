/**
 * API benchmark: a private Neo4j (.neo4j/bench, free ports), the seed graph plus a synthetic graph
 * of N engagements, then each typical operation run R times through the real server. Prints the
 * median and p95 in ms and the number of Cypher queries per operation. Run by hand:
 *   npm run bench            (N=2000 engagements, R=20)
 *   BENCH_ENGAGEMENTS=10000 BENCH_RUNS=50 npm run bench
 * Figures depend on the machine; docs/benchmarks.md records the ones measured here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { CACHE_ROOT, freePort, startLocalNeo4j } from '../neo4j/neo4j-local.js';
import { loadConfig } from '../server/src/config.js';
import { createLogger } from '../server/src/logging/logger.js';
import { startKennisgraaf } from '../server/src/app/startKennisgraaf.js';
import { writeGraph } from '../server/src/db/writeGraph.js';
import type { GraphDocument, RelationEdge } from '../server/src/domain/graphDocument.js';

const N = Number(process.env.BENCH_ENGAGEMENTS ?? 2000);
const RUNS = Number(process.env.BENCH_RUNS ?? 20);

function syntheticGraph(n: number): GraphDocument {
  const prov = [{ source: 'src-bench', quote: 'Synthetisch feit voor de benchmark.' }];
  const themes = ['eigenKracht', 'preventie', 'maatwerk', 'jeugdzorg', 'wmo', 'participatie', 'dienstverlening', 'samenwerking'];
  const consultancies = Array.from({ length: 40 }, (_, i) => ({ id: `consultancy-bench-${i}`, type: 'CONSULTANCY' as const, name: `Bureau ${i}`, aliases: [], properties: {}, provenance: prov }));
  const people = Array.from({ length: 400 }, (_, i) => ({ id: `person-bench-${i}`, type: 'PERSON' as const, name: `Adviseur ${i}`, aliases: [], properties: {}, provenance: prov }));
  const gemeenten = ['gemeente-dordrecht', 'gemeente-westland', 'gemeente-waddinxveen', 'gemeente-den-helder', 'gemeente-tiel', 'gemeente-culemborg'];
  const engagements = Array.from({ length: n }, (_, i) => ({
    id: `eng-bench-${i}`,
    type: 'ENGAGEMENT' as const,
    name: `Traject ${i}`,
    aliases: [],
    properties: { startYear: 2010 + (i % 15), start: String(2010 + (i % 15)), status: 'COMPLETED' },
    provenance: prov,
  }));
  const relations: RelationEdge[] = engagements.flatMap((e, i): RelationEdge[] => [
    { type: 'FOR' as const, from: e.id, to: gemeenten[i % gemeenten.length]!, properties: {}, provenance: prov },
    { type: 'BY' as const, from: e.id, to: consultancies[i % consultancies.length]!.id, properties: {}, provenance: prov },
    { type: 'ABOUT' as const, from: e.id, to: themes[i % themes.length]!, properties: {}, provenance: prov },
    { type: 'ABOUT' as const, from: e.id, to: themes[(i * 7 + 3) % themes.length]!, properties: {}, provenance: prov },
    { type: 'WORKED_ON' as const, from: people[i % people.length]!.id, to: e.id, properties: { role: 'CONSULTANT' }, provenance: prov },
  ]);
  return {
    format: 'kennisgraaf-graph',
    version: 1,
    sources: [{ id: 'src-bench', title: 'Benchmark', kind: 'REGISTER', properties: {} }],
    entities: [...consultancies, ...people, ...engagements],
    relations: relations.filter((r, i, all) => all.findIndex((x) => x.type === r.type && x.from === r.from && x.to === r.to) === i),
  };
}

const OPERATIONS: [string, string][] = [
  ['search "kern"', '{ search(query: "kern", first: 10) { totalCount edges { node { id name type } } } }'],
  ['search "traject 12"', '{ search(query: "traject 12", first: 10) { totalCount edges { node { id name } } } }'],
  ['engagements eigenKracht, 50, nested', '{ engagements(filter: {themes: ["eigenKracht"]}, first: 50) { totalCount edges { node { title clients { name } consultancies { name } themes { name } provenance { quote source { title } } } } } }'],
  ['neighborhood depth 2, limit 500', '{ neighborhood(ids: ["gemeente-westland"], depth: 2, limit: 500) { truncated nodes { id } edges { id } } }'],
  ['neighborhood depth 3, limit 2000', '{ neighborhood(ids: ["consultancy-kern-konsult"], depth: 3, limit: 2000) { truncated nodes { id } edges { id } } }'],
  ['paths Kern Konsult → Den Helder', '{ paths(from: "consultancy-kern-konsult", to: "gemeente-den-helder", first: 5) { length steps { relation { type provenance { quote } } } } }'],
  ['comparableMunicipalities Den Helder', '{ comparableMunicipalities(id: "gemeente-den-helder", first: 10) { results { score municipality { name } explanation { kind family contribution sharedNames } } } }'],
  ['stats', '{ stats { engagementsPerTheme { key count } engagementsPerYear { key count } engagementsPerConsultancy { key count } } }'],
];

const home = path.join(CACHE_ROOT, 'bench', `run-${process.pid}`);
const neo4j = await startLocalNeo4j({ home, boltPort: await freePort(), httpPort: await freePort(), log: (m) => console.error(`[bench] ${m}`) });
try {
  const config = loadConfig({ PORT: '0', NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password, LOG_LEVEL: 'silent', MAX_COST: '1000000' });
  const app = await startKennisgraaf(config, createLogger('silent'), (m) => console.error(`[bench] ${m}`));
  const t0 = performance.now();
  await writeGraph(app.db, syntheticGraph(N), 'keep');
  console.log(`synthetic graph: ${N} engagements loaded in ${Math.round(performance.now() - t0)} ms`);
  console.log(`\n${'operation'.padEnd(40)} ${'median ms'.padStart(10)} ${'p95 ms'.padStart(8)} ${'queries'.padStart(8)}`);
  for (const [name, query] of OPERATIONS) {
    const times: number[] = [];
    let queries = 0;
    for (let i = 0; i < RUNS + 2; i++) {
      let count = 0;
      const off = app.db.onQuery(() => count++);
      const start = performance.now();
      const res = await app.yoga.fetch('http://bench/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
      const body = (await res.json()) as { errors?: unknown[] };
      const ms = performance.now() - start;
      off();
      if (body.errors) throw new Error(`${name}: ${JSON.stringify(body.errors)}`);
      if (i >= 2) times.push(ms); // two warm-up runs
      queries = count;
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)]!;
    const p95 = times[Math.min(times.length - 1, Math.floor(times.length * 0.95))]!;
    console.log(`${name.padEnd(40)} ${median.toFixed(1).padStart(10)} ${p95.toFixed(1).padStart(8)} ${String(queries).padStart(8)}`);
  }
  await app.stop();
} finally {
  await neo4j.stop();
  fs.rmSync(home, { recursive: true, force: true });
}
