/**
 * `npm run seed:check`: validates seed/ without a database (shapes, ids, references, themes,
 * relation rules) and, when the article texts are at hand, that every quote is verbatim.
 */
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../config.js';
import { readSeedFiles } from '../seed/readSeedFiles.js';
import { SeedValidationError, validateSeed } from '../seed/validateSeed.js';
import { findUnquotedQuotes } from '../seed/findUnquotedQuotes.js';

const say = (m: string) => process.stderr.write(`[seed:check] ${m}\n`);
const texts = process.env.SEED_TEXTS ?? path.resolve(REPO_ROOT, '..', 'shared', 'seeds');

try {
  const files = readSeedFiles(path.join(REPO_ROOT, 'seed'));
  const doc = validateSeed(files);
  say(`valid: ${doc.entities.length} entities, ${doc.relations.length} relationships, ${doc.sources.length} sources`);
  if (fs.existsSync(texts)) {
    const problems = [...findUnquotedQuotes(files, texts)].flatMap(([file, missing]) => missing.map((m) => `${file}: ${m}`));
    if (problems.length) {
      say(`quotes not found verbatim in their article:\n${problems.join('\n')}`);
      process.exitCode = 1;
    } else say(`every quote stands verbatim in its article (${texts})`);
  } else say(`article texts not found at ${texts} (set SEED_TEXTS); quotes not checked`);
} catch (e) {
  say(e instanceof SeedValidationError ? e.message : String((e as Error).stack ?? e));
  process.exitCode = 1;
}
