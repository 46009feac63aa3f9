/**
 * Every quote in an article seed file must stand verbatim in that article (whitespace folded).
 * The article texts are part of the repo (seed/texts/), so this runs on every clone.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../server/src/config.js';
import { readSeedFiles } from '../../server/src/seed/readSeedFiles.js';
import { findUnquotedQuotes } from '../../server/src/seed/findUnquotedQuotes.js';

const SEED = path.join(REPO_ROOT, 'seed');

describe('article quotes', () => {
  const result = findUnquotedQuotes(readSeedFiles(SEED), SEED);

  it('checks every article seed file', () => {
    expect([...result.keys()].length).toBeGreaterThanOrEqual(5);
  });

  for (const [file, missing] of result) {
    it(`quotes ${file} verbatim`, () => {
      expect(missing).toEqual([]);
    });
  }
});
