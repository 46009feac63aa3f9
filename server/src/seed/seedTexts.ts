/**
 * The text of a seed article: a file in seed/texts, named by the Source's `text` property
 * (`texts/<slug>.txt`). One reader for everyone who needs it: the `Source.text` field
 * (intakeResolvers.ts) and the erasure of a person (erasePerson.ts, which reads the files BEFORE
 * its write transaction: a transaction function does no file I/O, the driver may retry it).
 */
import fs from 'node:fs';
import path from 'node:path';

/** What a Source's `text` property must look like to name a seed text: nothing outside seed/texts is ever read. */
const SEED_TEXT_FILE = /^texts\/[a-z0-9-]+\.txt$/;

/** The article's text, or null when `file` names no seed text or the file cannot be read. */
export function readSeedText(seedDir: string, file: unknown): string | null {
  if (typeof file !== 'string' || !SEED_TEXT_FILE.test(file)) return null;
  try {
    return fs.readFileSync(path.join(seedDir, file), 'utf8');
  } catch {
    return null;
  }
}
