/**
 * `npm run synth -- --engagements 100000 [--seed 1] [--bureaus N] [--people N]`: adds a
 * deterministic national synthetic graph (domain/generateSyntheticGraph.ts) on the gemeenten and
 * themes in the graph, through writeGraph, one transaction per chunk, with a progress line on
 * stderr and the load rate at the end. `npm run synth:remove` (`--remove`) deletes all of it.
 * Synthetic data is marked `synthetic: true` and never exported.
 */
import { parseArgs } from 'node:util';
import { generateSyntheticGraph, syntheticSizes } from '../domain/generateSyntheticGraph.js';
import { countSynthetic, loadSyntheticBasis, removeSyntheticGraph } from '../db/syntheticGraph.js';
import { writeGraph } from '../db/writeGraph.js';
import { say, withDatabase } from './withDatabase.js';

const USAGE = 'Usage: npm run synth -- --engagements <n> [--seed <n>] [--bureaus <n>] [--people <n>] [--chunk <n>]   |   npm run synth:remove';

const { values } = parseArgs({
  options: {
    engagements: { type: 'string' },
    seed: { type: 'string', default: '1' },
    bureaus: { type: 'string' },
    people: { type: 'string' },
    chunk: { type: 'string' },
    remove: { type: 'boolean', default: false },
  },
});

function count(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0) {
    say(`--${name} must be a whole number, not "${text}".\n${USAGE}`);
    process.exit(2);
  }
  return n;
}

const engagements = count('engagements', values.engagements);
if (!values.remove && engagements === undefined) {
  say(USAGE);
  process.exit(2);
}

const rate = (n: number, ms: number) => Math.round(n / (ms / 1000)).toLocaleString('en');

await withDatabase(async (db) => {
  if (values.remove) {
    const t0 = performance.now();
    const removed = await removeSyntheticGraph(db, { progress: (m) => say(m) });
    say(`Removed ${removed.nodes} synthetic nodes, ${removed.relationships} relationships and ${removed.sources} source(s) in ${((performance.now() - t0) / 1000).toFixed(1)} s.`);
    return;
  }
  const existing = await countSynthetic(db);
  if (existing.nodes > 0) {
    say(`The graph already holds a synthetic graph (${existing.nodes} nodes, ${existing.relationships} relationships). Remove it first: npm run synth:remove`);
    process.exitCode = 1;
    return;
  }
  const opts = { engagements: engagements!, seed: count('seed', values.seed) ?? 1, bureaus: count('bureaus', values.bureaus), people: count('people', values.people), chunkSize: count('chunk', values.chunk) };
  const sizes = syntheticSizes(opts);
  const basis = await loadSyntheticBasis(db);
  say(`Synthetic graph (seed ${opts.seed}): ${sizes.engagements} engagements, ${sizes.bureaus} bureaus, ${sizes.people} people on ${basis.gemeenten.length} gemeenten and ${basis.themes.length} themes.`);
  const t0 = performance.now();
  const done = { entities: 0, relations: 0, engagements: 0 };
  const line = process.stderr.isTTY ? (m: string) => process.stderr.write(`\r[synth] ${m}   `) : (m: string) => process.stderr.write(`[synth] ${m}\n`);
  for (const doc of generateSyntheticGraph(basis, opts)) {
    const s = await writeGraph(db, doc, 'keep');
    done.entities += s.entities;
    done.relations += s.relations;
    done.engagements += doc.entities.filter((e) => e.type === 'ENGAGEMENT').length;
    const ms = performance.now() - t0;
    line(`${done.engagements}/${sizes.engagements} engagements, ${done.entities} nodes, ${done.relations} relationships, ${rate(done.relations, ms)} relationships/s`);
  }
  if (process.stderr.isTTY) process.stderr.write('\n');
  const ms = performance.now() - t0;
  say(
    `Loaded ${done.entities} nodes and ${done.relations} relationships in ${(ms / 1000).toFixed(1)} s: ` +
      `${rate(done.relations, ms)} relationships/s (${rate(done.entities + done.relations, ms)} nodes and relationships/s). Remove with: npm run synth:remove`,
  );
});
