/**
 * Invariants of the real seed/, whatever articles it holds: it is a valid seed folder (shapes,
 * ids, references, themes, relation rules, a quote on every fact), and every quote in an article
 * seed file stands verbatim in that article (whitespace folded). The article texts are part of
 * the repo (seed/texts/), so this runs on every clone — without a database.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../server/src/config.js';
import { readSeedFiles } from '../../server/src/seed/readSeedFiles.js';
import { findUnquotedQuotes } from '../../server/src/seed/findUnquotedQuotes.js';
import { validateSeed } from '../../server/src/seed/validateSeed.js';

const SEED = path.join(REPO_ROOT, 'seed');

describe('the seed folder', () => {
  it('is valid: shapes, ids, references, themes, relation rules and a quote on every fact', () => {
    expect(() => validateSeed(readSeedFiles(SEED))).not.toThrow();
  });
});

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
