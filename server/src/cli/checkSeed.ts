/**
 * `npm run seed:check`: validates seed/ without a database (shapes, ids, references, themes,
 * relation rules) and that every quote stands verbatim in its article text (seed/texts/).
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
  const problems = [...findUnquotedQuotes(files, seedDir)].flatMap(([file, missing]) => missing.map((m) => `${file}: ${m}`));
  if (problems.length) {
    say(`quotes not found verbatim in their article:\n${problems.join('\n')}`);
    process.exitCode = 1;
  } else say('every quote stands verbatim in its article (seed/texts/)');
} catch (e) {
  say(e instanceof SeedValidationError ? e.message : String((e as Error).stack ?? e));
  process.exitCode = 1;
}
