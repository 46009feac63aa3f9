/**
 * `npm run reference:import -- <file> [--source <id> | --source-title "…" [--source-url …] [--source-date YYYY-MM-DD]
 *   [--source-publisher …]] [--complete] [--dry-run]`
 *
 * Reads a CBS reference file (a gemeente list or kerncijfers file, or a herindelingen file; see
 * docs/API.md), refuses a broken one before touching the database (line and column named, exit
 * code 1, nothing written), and otherwise updates the graph in one transaction: new codes become
 * gemeenten, known codes get their reference attributes refreshed (curated facts untouched), every
 * fact gets the file's line as evidence, herindelingen become dissolved gemeenten + SUCCEEDED_BY.
 * Prints what changed. Running it twice with the same file changes nothing the second time.
 *
 * The bundled files (seed/reference/gemeenten.csv, gemeenten_extra.csv, herindelingen.csv) have
 * their sources already; any other file needs --source (an existing source) or --source-title
 * (creates a REGISTER source).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { REPO_ROOT } from '../config.js';
import { importReference, ReferenceImportError } from '../db/importReference.js';
import type { SourceNode } from '../domain/graphDocument.js';
import { isPartialDate, slugify, PARTIAL_DATE_RULE } from '../domain/vocabulary.js';
import { formatReferenceReport } from '../reference/formatReferenceReport.js';
import { ReferenceFileError, parseReferenceCsv, type ReferenceFile } from '../reference/parseReferenceCsv.js';
import type { ReferenceInputFile } from '../reference/planReferenceUpdate.js';
import { HERINDELING_SOURCES_FILE, REFERENCE_FOLDER, referenceInputs, referencePath } from '../reference/referenceFiles.js';
import { sourcesFileSchema, webAddressSchema } from '../seed/seedSchema.js';
import { say, withDatabase } from './withDatabase.js';

const USAGE = `Usage: npm run reference:import -- <file.csv> [--source <id> | --source-title "…" [--source-url <url>] [--source-date YYYY-MM-DD] [--source-publisher "…"]] [--complete] [--dry-run]
  --source <id>          the source of every row: an existing source (e.g. a REGISTER source added earlier)
  --source-title "…"     creates a REGISTER source with this title (and --source-url, --source-date, --source-publisher)
  --complete             the file lists every gemeente on its peildatum: a current gemeente missing from it is dissolved
  --dry-run              report what would change, write nothing
The bundled files in seed/reference/ need no source option.`;

const BUNDLED_DIR = path.join(REPO_ROOT, 'seed', REFERENCE_FOLDER);

function usage(message: string): never {
  say(`${message}\n${USAGE}`);
  process.exit(2);
}

let args: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      source: { type: 'string' },
      'source-title': { type: 'string' },
      'source-url': { type: 'string' },
      'source-date': { type: 'string' },
      'source-publisher': { type: 'string' },
      complete: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
    },
  });
}
try {
  args = parse();
} catch (e) {
  usage((e as Error).message);
}
const { values: opts, positionals } = args;
const [file] = positionals;
if (!file || positionals.length > 1) usage(positionals.length > 1 ? `One file at a time (got ${positionals.length}).` : 'Name the file to import.');
if (!fs.existsSync(file) || !fs.statSync(file).isFile()) usage(`${file} does not exist or is not a file.`);
if (opts.source && opts['source-title']) usage('Give --source (an existing source) or --source-title (a new one), not both.');
if (opts.source && (opts['source-url'] || opts['source-date'] || opts['source-publisher'])) usage('--source-url, --source-date and --source-publisher describe a new source: use them with --source-title.');

const name = path.basename(file);
const content = fs.readFileSync(file);

/** Refuses the file (exit code 1, nothing written) with the parser's problems. */
function refuse(message: string): never {
  say(message);
  process.exit(1);
}

let parsed: ReferenceFile;
try {
  parsed = parseReferenceCsv(name, content);
} catch (e) {
  if (e instanceof ReferenceFileError) refuse(e.message);
  throw e;
}
if (parsed.kind === 'HERINDELING_SOURCES') refuse(`${name} is the source list of a herindelingen file, not a file to import; import the herindelingen file itself.`);
const importable = parsed;

/** The bundled reference file this is, if it is one (same name and the same bytes). */
function bundled(): string | null {
  const candidate = path.join(BUNDLED_DIR, name);
  if (name === HERINDELING_SOURCES_FILE || !fs.existsSync(candidate)) return null;
  return fs.readFileSync(candidate).equals(content) ? candidate : null;
}

/** The bundled sources (seed/reference/sources.json) as graph source nodes. */
function bundledSources(): SourceNode[] {
  const data = sourcesFileSchema.parse(JSON.parse(fs.readFileSync(path.join(BUNDLED_DIR, 'sources.json'), 'utf8')));
  return data.sources.map(({ id, title, kind, ...rest }) => ({ id, title, kind, properties: rest }));
}

function inputForBundled(): { files: ReferenceInputFile[]; sources: SourceNode[] } {
  const sources = bundledSources();
  const csv = [{ name: referencePath(name), content: content.toString('utf8') }];
  if (importable.kind === 'HERINDELINGEN') csv.push({ name: referencePath(HERINDELING_SOURCES_FILE), content: fs.readFileSync(path.join(BUNDLED_DIR, HERINDELING_SOURCES_FILE), 'utf8') });
  const { inputs, problems } = referenceInputs(
    csv,
    sources.map((s) => ({ id: s.id, text: typeof s.properties.text === 'string' ? s.properties.text : null, date: typeof s.properties.date === 'string' ? s.properties.date : null })),
  );
  if (problems.length) refuse(problems.map((p) => `${p.file}: ${p.message}`).join('\n'));
  const cited = new Set(inputs.flatMap((f) => f.parsed.rows.map((r) => f.sourceOf(r.line))));
  return { files: inputs, sources: sources.filter((s) => cited.has(s.id)) };
}

const newSourceSchema = z.object({
  title: z.string().trim().min(3, 'a source title has at least 3 characters'),
  url: webAddressSchema.optional(),
  date: z.string().refine(isPartialDate, `--source-date must be ${PARTIAL_DATE_RULE}`).optional(),
  publisher: z.string().trim().min(1).optional(),
});

function inputForSource(): { files: ReferenceInputFile[]; sources: SourceNode[] } {
  if (opts.source) {
    return { files: [{ name, parsed: importable, sourceOf: () => opts.source!, peildatum: null }], sources: [] };
  }
  const given = newSourceSchema.safeParse({ title: opts['source-title'], url: opts['source-url'], date: opts['source-date'], publisher: opts['source-publisher'] });
  if (!given.success) usage(given.error.issues.map((i) => `${i.path[0] ? `--source-${String(i.path[0])}: ` : ''}${i.message}`).join('; '));
  const s = given.data;
  const id = `src-${slugify(s.title).slice(0, 80).replace(/-+$/, '')}`;
  const source: SourceNode = {
    id,
    title: s.title,
    kind: 'REGISTER',
    properties: {
      publisher: s.publisher ?? null,
      date: s.date ?? null,
      url: s.url ?? null,
      language: 'nl',
      note: `Ingelezen met npm run reference:import uit ${name}. Het citaat van een feit is de regel van dat bestand die het vermeldt.`,
    },
  };
  return { files: [{ name, parsed: importable, sourceOf: () => id, peildatum: s.date && /^\d{4}-\d{2}-\d{2}$/.test(s.date) ? s.date : null }], sources: [source] };
}

let input: { files: ReferenceInputFile[]; sources: SourceNode[] };
if (opts.source || opts['source-title']) input = inputForSource();
else if (bundled()) input = inputForBundled();
else if (fs.existsSync(path.join(BUNDLED_DIR, name)) && name !== HERINDELING_SOURCES_FILE) {
  refuse(
    `${file} has the name of a bundled reference file (seed/${REFERENCE_FOLDER}/${name}) but not its content, so its source is not known.\n` +
      'Name its source: --source <id> (an existing source) or --source-title "…" [--source-url …] [--source-date YYYY-MM-DD] (creates a REGISTER source).',
  );
} else {
  refuse(
    `Which source states ${name}? Name it: --source <id> (an existing source) or --source-title "…" [--source-url …] [--source-date YYYY-MM-DD] (creates a REGISTER source).\n` +
      'Every fact in the graph names its source; only the bundled files in seed/reference/ have theirs already.',
  );
}

await withDatabase(async (db) => {
  const rows = importable.rows.length;
  say(`${name}: ${importable.kind === 'GEMEENTEN' ? 'gemeente file' : 'herindelingen file'}, ${rows} rows, source ${[...new Set(input.files.flatMap((f) => f.parsed.rows.map((r) => f.sourceOf(r.line))))].join(', ')}.`);
  try {
    const { plan, written } = await importReference(db, { ...input, complete: opts.complete, dryRun: opts['dry-run'] });
    say(formatReferenceReport(plan, { file: name, written, dryRun: opts['dry-run'], complete: opts.complete }));
  } catch (e) {
    if (!(e instanceof ReferenceImportError)) throw e;
    say(e.message);
    process.exitCode = 1;
  }
});
