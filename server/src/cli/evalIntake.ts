/**
 * `npm run eval:intake [-- --verbose]`: intake on labelled articles, scored. Three sets, reported
 * apart: the five seed articles (gold: their curated seed files; the rules were developed on them),
 * tests/fixtures/intake (texts written for this; untuned at their first run, their errors then
 * fixed some general rules), tests/fixtures/intake/heldout and heldout2 (each written after the
 * last rule change before it; one later fix came from an error of heldout) and heldout3 (written
 * after the last rule change, never tuned on). Prints
 * precision and recall of entities per type and of relationships, per article and per set, the
 * time per article, and every error (`--verbose`). For a seed article the names the graph knows
 * exclude what only that article defines (else its people and bureaus would be "known").
 * Needs Frog; no database.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT, loadConfig } from '../config.js';
import { createFrogService } from '../nlp/frogService.js';
import { FrogError } from '../nlp/frogErrors.js';
import { extractArticle } from '../ingest/extractText.js';
import { lexiconFromDocument } from '../ingest/lexicon.js';
import { createArticleReader, headlineOf } from '../ingest/readArticle.js';
import { toIntakeJson } from '../ingest/intakeJson.js';
import { add, evaluate, precision, recall, type Counts, type Gold, type GoldEntity } from '../ingest/evaluateIntake.js';
import { readSeedFiles } from '../seed/readSeedFiles.js';
import { validateSeed } from '../seed/validateSeed.js';
import { articleFileSchema } from '../seed/seedSchema.js';
import type { GraphDocument } from '../domain/graphDocument.js';
import { foldText, type EntityType } from '../domain/vocabulary.js';

const say = (m: string) => process.stderr.write(`${m}\n`);
const { values } = parseArgs({ options: { verbose: { type: 'boolean', default: false } } });

interface Case {
  name: string;
  set: 'seed (tuned)' | 'fixtures (tuned after their first run)' | 'held out 1–2 (untuned at their first run)' | 'held out 3 (untuned)';
  file: string;
  title: string | null;
  gold: Gold;
  withoutSource?: string;
}

/** Every name the graph gives an entity of this type and name (themes: the thesaurus aliases). */
function withGraphNames(doc: GraphDocument, g: GoldEntity): GoldEntity {
  const names = [g.name, ...(g.aliases ?? [])].map(foldText);
  const e = doc.entities.find((x) => x.type === g.type && [x.name, ...x.aliases].some((n) => names.includes(foldText(n))));
  return e ? { ...g, aliases: [...(g.aliases ?? []), e.name, ...e.aliases] } : g;
}

function seedCases(doc: GraphDocument): Case[] {
  const dir = path.join(REPO_ROOT, 'seed', 'articles');
  return fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => {
    const article = articleFileSchema.parse(JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')));
    const entity = (id: string) => doc.entities.find((e) => e.id === id);
    const gold: Gold = {
      entities: article.entities.map((e) => {
        const d = entity(e.id)!;
        return { type: d.type, name: d.type === 'ENGAGEMENT' ? d.id : d.name, aliases: d.aliases };
      }),
      relations: article.relations.map((r) => ({ type: r.type, from: entity(r.from)?.type === 'ENGAGEMENT' ? r.from : entity(r.from)!.name, to: entity(r.to)?.type === 'ENGAGEMENT' ? r.to : entity(r.to)!.name })),
    };
    const source = doc.sources.find((s) => s.id === article.source)!;
    return { name: article.source, set: 'seed (tuned)', file: path.join(REPO_ROOT, 'seed', 'texts', `${article.source}.txt`), title: source.title, gold, withoutSource: article.source };
  });
}

function fixtureCases(doc: GraphDocument, folder: string, set: Case['set']): Case[] {
  const dir = path.join(REPO_ROOT, 'tests', 'fixtures', 'intake', folder);
  return fs.readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort().map((f) => {
    const g = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as Gold & { file: string; title?: string };
    return { name: g.file, set, file: path.join(dir, g.file), title: g.title ?? null, gold: { entities: g.entities.map((e) => withGraphNames(doc, e)), relations: g.relations } };
  });
}

const pct = (x: number) => x.toFixed(2);
const line = (label: string, c: Counts) => `${label.padEnd(14)} P ${pct(precision(c))}  R ${pct(recall(c))}  (${c.tp} right of ${c.predicted} proposed, ${c.gold} in gold)`;

async function main(): Promise<void> {
  const config = loadConfig();
  const doc = validateSeed(readSeedFiles(config.seedDir));
  const cases = [
    ...seedCases(doc), ...fixtureCases(doc, '.', 'fixtures (tuned after their first run)'), ...fixtureCases(doc, 'heldout', 'held out 1–2 (untuned at their first run)'),
    ...fixtureCases(doc, 'heldout2', 'held out 1–2 (untuned at their first run)'),
    ...fixtureCases(doc, 'heldout3', 'held out 3 (untuned)'),
  ];
  const nlp = createFrogService({ command: config.intake.frogCommand, port: config.intake.frogPort, home: config.intake.frogHome, timeoutMs: config.intake.nlpTimeoutMs, log: say });
  const totals = new Map<string, { entities: Record<string, Counts>; relations: Counts; ms: number[] }>();
  try {
    for (const c of cases) {
      const article = await extractArticle(fs.readFileSync(c.file), path.basename(c.file), { maxBytes: config.intake.maxBytes, maxWords: config.intake.maxWords });
      const reader = createArticleReader(lexiconFromDocument(doc, { withoutSource: c.withoutSource }));
      const started = Date.now();
      const sentences = await nlp.analyse(article.text);
      const json = toIntakeJson(reader.read(sentences, { title: c.title ?? article.title ?? headlineOf(article.text) }));
      const ms = Date.now() - started;
      const ev = evaluate(json, c.gold);
      const t = totals.get(c.set) ?? { entities: {}, relations: { tp: 0, predicted: 0, gold: 0 }, ms: [] };
      for (const [type, counts] of Object.entries(ev.entities)) t.entities[type] = add(t.entities[type] ?? { tp: 0, predicted: 0, gold: 0 }, counts);
      t.relations = add(t.relations, ev.relations);
      t.ms.push(ms);
      totals.set(c.set, t);
      const all = Object.values(ev.entities).reduce(add, { tp: 0, predicted: 0, gold: 0 });
      console.log(`${c.name} [${c.set}, ${article.format}, ${ms} ms]`);
      console.log(`  ${line('entities', all)}`);
      console.log(`  ${line('relations', ev.relations)}`);
      if (values.verbose) for (const e of ev.errors) console.log(`    - ${e}`);
    }
  } finally {
    await nlp.stop();
  }
  for (const [set, t] of totals) {
    const all = Object.values(t.entities).reduce(add, { tp: 0, predicted: 0, gold: 0 });
    console.log(`\n== ${set}: ${t.ms.length} articles, ${Math.round(t.ms.reduce((a, b) => a + b, 0) / t.ms.length)} ms per article (Frog + rules; median ${t.ms.sort((a, b) => a - b)[Math.floor(t.ms.length / 2)]} ms)`);
    console.log(`  ${line('entities', all)}`);
    for (const type of Object.keys(t.entities).sort() as EntityType[]) console.log(`    ${line(type, t.entities[type]!)}`);
    console.log(`  ${line('relations', t.relations)}`);
  }
}

main().catch((e: unknown) => {
  say(e instanceof FrogError ? e.message : String((e as Error).stack ?? e));
  process.exit(1);
});
