/**
 * `npm run intake -- <file> [--json] [--dry-run] [--title …] [--url …] [--date …] [--publisher …]
 * [--kind CLIENT_STORY] [--min-confidence 0.5]`: a Dutch article (.txt, .html, .pdf) → proposed
 * entities and relationships, each with its sentence as quote. For a web page, title, date,
 * publisher, author, address and kind come from its own metadata (readHtmlMetadata.ts) where no flag
 * gives them.
 *
 * Without --dry-run the article becomes a source with PENDING proposals in the graph's review queue
 * (Neo4j: NEO4J_URI, or the local one, started if needed). With --dry-run nothing is written: the
 * names the graph knows come from a reachable Neo4j (NEO4J_URI, or the local one if it runs), else
 * from seed/. With --json, stdout is ONE JSON document
 * `{"entities":[{name,type,quote,confidence}],"relations":[{type,from,to,quote,confidence}]}`;
 * everything else goes to stderr. Frog is started for the run (or the one `npm run frog:start`
 * keeps is used) and stopped after.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, type Config } from '../config.js';
import { Database } from '../db/database.js';
import { localStatus, readPassword } from '../../../neo4j/neo4j-local.js';
import { createFrogService } from '../nlp/frogService.js';
import { FrogError } from '../nlp/frogErrors.js';
import { IntakeInputError, extractArticle } from '../ingest/extractText.js';
import { lexiconFromGraph, lexiconFromSeed } from '../ingest/lexicon.js';
import { createArticleReader, headlineOf } from '../ingest/readArticle.js';
import { DEFAULT_MIN_CONFIDENCE, toIntakeJson } from '../ingest/intakeJson.js';
import type { LexiconEntry } from '../ingest/intakeTypes.js';
import { SOURCE_KINDS, isPartialDate, urlProblem, type SourceKind } from '../domain/vocabulary.js';
import { KennisgraafError } from '../domain/errors.js';
import { say, withDatabase } from './withDatabase.js';
import { takeInArticle } from '../ingest/takeInArticle.js';

const USAGE = 'Usage: npm run intake -- <article.txt|.html|.pdf> [--json] [--dry-run] [--title …] [--url …] [--date 2024-05] [--publisher …] [--kind CLIENT_STORY] [--min-confidence 0.5]';

function fail(message: string, code = 1): never {
  say(message);
  process.exit(code);
}

/** A database to read names from, without starting one: NEO4J_URI, or the local Neo4j if it runs. */
async function reachableDatabase(config: Config): Promise<Database | null> {
  const n = config.neo4j;
  let conn: { uri: string; user: string; password: string } | null = null;
  if (n.uri) conn = { uri: n.uri, user: n.user, password: n.password ?? '' };
  else if (localStatus(n.home).running) {
    const password = readPassword(n.home);
    if (password) conn = { uri: `bolt://127.0.0.1:${n.boltPort}`, user: 'neo4j', password };
  }
  if (!conn) return null;
  const db = new Database({ ...conn, database: n.database, queryTimeoutMs: config.limits.queryTimeoutMs });
  if ((await db.ping()).ok) return db;
  await db.close();
  return null;
}

async function main(): Promise<void> {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        title: { type: 'string' },
        url: { type: 'string' },
        date: { type: 'string' },
        publisher: { type: 'string' },
        kind: { type: 'string' },
        'min-confidence': { type: 'string', default: String(DEFAULT_MIN_CONFIDENCE) },
      },
    });
  } catch (e) {
    fail(`${(e as Error).message}\n${USAGE}`, 2);
  }
  const { values, positionals } = args;
  const file = positionals[0];
  if (!file || positionals.length > 1) fail(USAGE, 2);
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) fail(`No file ${file}.\n${USAGE}`, 2);
  if (values.kind !== undefined && !SOURCE_KINDS.includes(values.kind as SourceKind)) fail(`--kind must be one of ${SOURCE_KINDS.join(', ')}.`, 2);
  if (values.date && !isPartialDate(values.date)) fail('--date must be a year, year-month or date (2024, 2024-05, 2024-05-31).', 2);
  const urlIssue = values.url ? urlProblem(values.url.trim()) : null;
  if (urlIssue) fail(`--url: ${urlIssue}. Nothing was written.`, 2);
  const minConfidence = Number(values['min-confidence']);
  if (!(minConfidence >= 0 && minConfidence <= 1)) fail('--min-confidence must be a number from 0 to 1.', 2);

  let config: Config;
  try {
    config = loadConfig();
  } catch (e) {
    fail(e instanceof ConfigError ? e.message : String(e));
  }
  const size = fs.statSync(file).size;
  if (size > config.intake.maxBytes) {
    fail(`The article is ${(size / 1024 / 1024).toFixed(1)} MB; intake takes at most ${(config.intake.maxBytes / 1024 / 1024).toFixed(1)} MB (INTAKE_MAX_BYTES). Nothing was written.`);
  }
  let article;
  try {
    article = await extractArticle(fs.readFileSync(file), path.basename(file), { maxBytes: config.intake.maxBytes, maxWords: config.intake.maxWords });
  } catch (e) {
    if (e instanceof IntakeInputError) fail(`${e.message} Nothing was written.`);
    throw e;
  }
  // A flag says it, else the web page's own metadata (readHtmlMetadata), else the defaults.
  const page = article.metadata;
  const title = values.title ?? article.title ?? headlineOf(article.text) ?? path.basename(file, path.extname(file));
  const kind = (values.kind as SourceKind | undefined) ?? page?.kind ?? 'CLIENT_STORY';
  const publisher = values.publisher ?? page?.publisher ?? null;
  const date = values.date ?? page?.date ?? null;
  const meta = { title, publisher, date };
  const nlp = createFrogService({ command: config.intake.frogCommand, port: config.intake.frogPort, home: config.intake.frogHome, timeoutMs: config.intake.nlpTimeoutMs, log: say });

  try {
    if (values['dry-run']) {
      const db = await reachableDatabase(config);
      let lexicon: LexiconEntry[];
      if (db) {
        say('Names from the graph (Neo4j is reachable).');
        lexicon = await lexiconFromGraph(db).finally(() => db.close());
      } else {
        say('No Neo4j reachable: names from seed/ (the CBS reference data and the curated facts).');
        lexicon = lexiconFromSeed(config.seedDir);
      }
      const started = Date.now();
      const sentences = await nlp.analyse(article.text);
      const draft = createArticleReader(lexicon).read(sentences, meta);
      const doc = toIntakeJson(draft, minConfidence);
      say(`${article.format}, ${article.text.length} characters, ${sentences.length} sentences; ${doc.entities.length} entities and ${doc.relations.length} relationships proposed in ${Date.now() - started} ms. Dry run: nothing was written.`);
      if (values.json) process.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
      else printReadable(doc);
      return;
    }
    await withDatabase(async (db) => {
      const result = await takeInArticle(db, nlp, {
        text: article.text,
        format: article.format,
        meta: { title, url: values.url?.trim() || page?.url || null, date, publisher, kind, author: page?.author ?? null },
      });
      say(
        `${result.created ? 'New source' : 'Known source (same text)'} ${result.source.id}: ${result.added} proposals added, ${result.progress.pending} pending of ${result.progress.total}. Review them in the web app or through the API (proposals, reviewProposal).`,
      );
      if (values.json) {
        process.stdout.write(`${JSON.stringify({ source: result.source.id, created: result.created, added: result.added, progress: result.progress }, null, 2)}\n`);
      }
    });
  } finally {
    await nlp.stop();
  }
}

function printReadable(doc: ReturnType<typeof toIntakeJson>): void {
  const out: string[] = ['Entities:'];
  for (const e of doc.entities) out.push(`  ${e.confidence.toFixed(2)}  ${e.type.padEnd(13)} ${e.name}\n        “${e.quote}”`);
  out.push('Relationships:');
  for (const r of doc.relations) out.push(`  ${r.confidence.toFixed(2)}  ${r.from} —${r.type}→ ${r.to}\n        “${r.quote}”`);
  process.stdout.write(`${out.join('\n')}\n`);
}

main().catch((e: unknown) => {
  if (e instanceof FrogError || e instanceof IntakeInputError || e instanceof KennisgraafError) fail(`${e.message} Nothing was written.`);
  fail(String((e as Error).stack ?? e));
});
