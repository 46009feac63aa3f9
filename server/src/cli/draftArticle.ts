/**
 * `npm run draft -- article.txt [source-id]`: a first draft of the seed file for a new article,
 * written to seed/drafts/<source-id>.json (a folder the loader does not read, so an unfinished
 * draft never blocks `npm start`). Prints the names it did not recognise and the next steps.
 * Needs no database; the lexicon is the current seed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../config.js';
import { readSeedFiles } from '../seed/readSeedFiles.js';
import { SeedValidationError, validateSeed } from '../seed/validateSeed.js';
import { draftArticle } from '../ingest/draftArticle.js';
import { slugify } from '../domain/vocabulary.js';

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
  const out = path.join(REPO_ROOT, 'seed', 'drafts', `${sourceId}.json`);
  if (fs.existsSync(out)) {
    say(`${path.relative(process.cwd(), out)} exists already; move or delete it first.`);
    process.exit(1);
  }
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, `${JSON.stringify(draft.file, null, 2)}\n`);
  say(`Wrote ${path.relative(process.cwd(), out)}: ${draft.mentions.length} known entities mentioned, each with its sentence as quote.`);
  if (draft.unknownNames.length) say(`Names not in the graph yet — people, bureaus, organisations? ${draft.unknownNames.join('; ')}`);
  say(`Next: add "${sourceId}" to seed/sources.json, move the draft to seed/articles/${sourceId}.json, define the new entities, add the relationships (FOR, BY, WORKED_ON, ABOUT, …) with their quotes, drop mentions that are wrong, then run npm run seed:check.`);
} catch (e) {
  say(e instanceof SeedValidationError ? e.message : String((e as Error).stack ?? e));
  process.exit(1);
}
