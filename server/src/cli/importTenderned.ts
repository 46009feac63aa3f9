/**
 * `npm run import:tenderned -- <file> --dry-run [--json] [--all]`
 *
 * Reads a TenderNed file — the publication JSON (seed/tenderned/), TenderNed's bulk Excel workbook
 * (sheet "OpenData sheet") or an OCDS 1.1 release package —, refuses a broken one (exit code 1,
 * the record or line and the reason), resolves buyers and suppliers against the graph as the seed
 * holds it, classifies each award, and prints the plan: with --json one JSON document (every
 * publication with its status and reason, buyer, supplier and themes; what to review), otherwise a
 * report in words. --all imports awards outside the sociaal domein too, without themes.
 *
 * Writing the plan to the graph is the next step (issue 20); until then this runs with --dry-run
 * only and writes nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT } from '../config.js';
import { readTenderFile } from '../sources/tenderned/readTenderFile.js';
import { TenderFileError } from '../sources/tenderned/tenderRecord.js';
import { readTendernedReference } from '../sources/tenderned/tendernedReference.js';
import { planTendernedImport } from '../sources/tenderned/planTendernedImport.js';
import { formatTendernedPlan, tendernedPlanJson } from '../sources/tenderned/formatTendernedPlan.js';

const USAGE = `Usage: npm run import:tenderned -- <file> --dry-run [--json] [--all]
  <file>      TenderNed publications: the JSON records of seed/tenderned/, the bulk Excel workbook (.xlsx) or an OCDS release package (.json)
  --dry-run   plan the import and print it; write nothing
  --json      print the plan as one JSON document
  --all       import awards outside the sociaal domein too (without themes)`;

const say = (m: string) => process.stderr.write(`[import:tenderned] ${m}\n`);

function usage(message: string): never {
  say(`${message}\n${USAGE}`);
  process.exit(2);
}

let parsed: ReturnType<typeof parseArgs<{ allowPositionals: true; options: { 'dry-run': { type: 'boolean' }; json: { type: 'boolean' }; all: { type: 'boolean' } } }>>;
try {
  parsed = parseArgs({ allowPositionals: true, options: { 'dry-run': { type: 'boolean' }, json: { type: 'boolean' }, all: { type: 'boolean' } } });
} catch (e) {
  usage((e as Error).message);
}
const [file, ...extra] = parsed.positionals;
if (!file || extra.length) usage(file ? `one file at a time, not ${parsed.positionals.length}` : 'which file?');
if (!parsed.values['dry-run']) usage('not yet: writing TenderNed engagements to the graph comes with the next step of issue 20; use --dry-run to see the plan');

try {
  const { format, records } = await readTenderFile(path.basename(file), fs.readFileSync(file));
  const plan = planTendernedImport(records, readTendernedReference(path.join(REPO_ROOT, 'seed')), { all: parsed.values.all ?? false });
  if (parsed.values.json) process.stdout.write(`${JSON.stringify(tendernedPlanJson(plan), null, 2)}\n`);
  else process.stdout.write(`${formatTendernedPlan(plan, `${file} (${format})`)}\n`);
} catch (e) {
  if (e instanceof TenderFileError) {
    say(e.message);
    process.exitCode = 1;
  } else if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
    say(`${file}: no such file`);
    process.exitCode = 1;
  } else throw e;
}
