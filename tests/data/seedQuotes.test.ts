/**
 * Invariants of the real seed/, whatever articles it holds: it is a valid seed folder (shapes,
 * ids, references, themes, relation rules, a quote on every fact), and every quote stands in the
 * text of its source: verbatim in its article (whitespace folded), or as a whole line of its CBS
 * reference file. The texts are part of the repo (seed/texts/, seed/reference/), so this runs on
 * every clone — without a database.
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

describe('quotes', () => {
  const result = findUnquotedQuotes(validateSeed(readSeedFiles(SEED)), SEED);

  it('are checked against every article text and every reference file', () => {
    const texts = [...result.keys()];
    expect(texts.filter((t) => t.startsWith('texts/')).length).toBeGreaterThanOrEqual(5);
    expect(texts).toEqual(expect.arrayContaining(['reference/gemeenten.csv', 'reference/gemeenten_extra.csv', 'reference/herindelingen.csv']));
  });

  for (const [file, missing] of result) {
    it(`stand in ${file}`, () => {
      expect(missing).toEqual([]);
    });
  }
});
