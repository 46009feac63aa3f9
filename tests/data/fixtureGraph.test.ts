/**
 * The fixture graph (tests/fixtures/graph) that the db and e2e layers load: it must stay a seed
 * folder the product accepts, with every quote verbatim in its text — the same rules as seed/,
 * checked here without a database so a broken fixture shows up in `npm run test:unit`.
 */
import { describe, expect, it } from 'vitest';
import { readSeedFiles } from '../../server/src/seed/readSeedFiles.js';
import { validateSeed } from '../../server/src/seed/validateSeed.js';
import { findUnquotedQuotes } from '../../server/src/seed/findUnquotedQuotes.js';
import { FIXTURE_GRAPH_DIR } from '../support/fixtureGraph.js';

describe('the fixture graph', () => {
  const files = readSeedFiles(FIXTURE_GRAPH_DIR);

  it('is a seed folder the product accepts, of the size the exact API assertions expect', () => {
    const doc = validateSeed(files);
    const count = (type: string) => doc.entities.filter((e) => e.type === type).length;
    expect({
      sources: doc.sources.length,
      municipalities: count('MUNICIPALITY'),
      regions: count('REGION'),
      themes: count('THEME'),
      engagements: count('ENGAGEMENT'),
      articles: files.filter((f) => f.name.startsWith('articles/')).length,
    }).toEqual({ sources: 22, municipalities: 426, regions: 67, themes: 39, engagements: 7, articles: 6 });
  });

  it('quotes every article verbatim from its text, and every register fact from its line of the reference files', () => {
    const missing = [...findUnquotedQuotes(validateSeed(files), FIXTURE_GRAPH_DIR)].flatMap(([file, quotes]) => quotes.map((q) => `${file}: ${q}`));
    expect(missing).toEqual([]);
  });
});
