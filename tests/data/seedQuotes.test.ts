/**
 * Every quote in an article seed file must stand verbatim in that article (whitespace folded).
 * The articles live outside the repo (../shared/seeds or SEED_TEXTS); without them this is skipped.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../server/src/config.js';
import { readSeedFiles } from '../../server/src/seed/readSeedFiles.js';
import { findUnquotedQuotes } from '../../server/src/seed/findUnquotedQuotes.js';

const TEXTS = process.env.SEED_TEXTS ?? path.resolve(REPO_ROOT, '..', 'shared', 'seeds');

describe.skipIf(!fs.existsSync(TEXTS))('article quotes', () => {
  const result = findUnquotedQuotes(readSeedFiles(path.join(REPO_ROOT, 'seed')), TEXTS);
  for (const [file, missing] of result) {
    it(`quotes ${file} verbatim`, () => {
      expect(missing).toEqual([]);
    });
  }
});
