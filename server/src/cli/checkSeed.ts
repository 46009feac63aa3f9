/**
 * `npm run seed:check`: validates seed/ without a database (shapes, ids, references, themes,
 * relation rules, the CBS reference files) and that every quote stands in the text of its source:
 * verbatim in its article (seed/texts/), or as a whole line of its reference file (seed/reference/).
 */
import path from 'node:path';
import { REPO_ROOT } from '../config.js';
import { readSeedFiles } from '../seed/readSeedFiles.js';
import { SeedValidationError, validateSeed } from '../seed/validateSeed.js';
import { findUnquotedQuotes } from '../seed/findUnquotedQuotes.js';

const say = (m: string) => process.stderr.write(`[seed:check] ${m}\n`);
const seedDir = path.join(REPO_ROOT, 'seed');

try {
  const files = readSeedFiles(seedDir);
  const doc = validateSeed(files);
  say(`valid: ${doc.entities.length} entities, ${doc.relations.length} relationships, ${doc.sources.length} sources`);
  const problems = [...findUnquotedQuotes(doc, seedDir)].flatMap(([file, missing]) => missing.map((m) => `${file}: ${m}`));
  if (problems.length) {
    say(`quotes not found in the text of their source:\n${problems.join('\n')}`);
    process.exitCode = 1;
  } else say('every quote stands in the text of its source: verbatim in its article (seed/texts/), a whole line of its reference file (seed/reference/)');
} catch (e) {
  say(e instanceof SeedValidationError ? e.message : String((e as Error).stack ?? e));
  process.exitCode = 1;
}
