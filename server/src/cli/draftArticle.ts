/**
 * `npm run draft -- article.txt [source-id]`: a first draft of seed/articles/<source-id>.json for
 * a new article. Prints the draft JSON on stdout and, on stderr, the names it did not recognise
 * and the next steps. Needs no database; the lexicon is the current seed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../config.js';
import { readSeedFiles } from '../seed/readSeedFiles.js';
import { SeedValidationError, validateSeed } from '../seed/validateSeed.js';
import { draftArticle } from '../ingest/draftArticle.js';
import { slugify } from '../domain/slugify.js';

const say = (m: string) => process.stderr.write(`[draft] ${m}\n`);
const [file, given] = process.argv.slice(2);
if (!file || !fs.existsSync(file)) {
  say('Usage: npm run draft -- <article.txt> [source-id]   (the article as plain text)');
  process.exit(2);
}
try {
  const text = fs.readFileSync(file, 'utf8');
  const sourceId = given ?? `src-${slugify(path.basename(file, path.extname(file))).slice(0, 60)}`;
  const draft = draftArticle(text, sourceId, validateSeed(readSeedFiles(path.join(REPO_ROOT, 'seed'))));
  process.stdout.write(`${JSON.stringify(draft.file, null, 2)}\n`);
  say(`${draft.mentions.length} known entities mentioned (each with its sentence as quote).`);
  if (draft.unknownNames.length) say(`Names not in the graph yet — people, bureaus, organisations? ${draft.unknownNames.join('; ')}`);
  say(`Next: add "${sourceId}" to seed/sources.json, save this draft as seed/articles/${sourceId}.json, define the new entities, add the relationships (FOR, BY, WORKED_ON, ABOUT, …) with their quotes, drop mentions that are wrong, then run npm run seed:check.`);
} catch (e) {
  say(e instanceof SeedValidationError ? e.message : String((e as Error).stack ?? e));
  process.exit(1);
}
