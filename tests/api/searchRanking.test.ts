/**
 * Issue 14, item 5: a name that starts with the typed text ranks above one where only a later word
 * does ("Westl" → Westland, not Delft en Westland or West Betuwe), on the real full-text index of the
 * fixture graph (all 342 gemeenten and the regions of the CBS reference data), in one query.
 */
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../support/testServer.js';
import { query } from './apiHelpers.js';

const SEARCH = `query Search($q: String!, $types: [EntityType!], $first: Int) {
  search(query: $q, types: $types, first: $first) { edges { score node { id name } } }
}`;

describe('search ranks a prefix of the whole name first', () => {
  const ctx = useTestApp();
  const edges = async (q: string, types?: string[]): Promise<{ score: number; node: { id: string; name: string } }[]> =>
    (await query(ctx.app, SEARCH, { q, types, first: 10 })).search.edges;

  it('"Westl" finds Westland first, above Delft en Westland and West Betuwe', async () => {
    const hits = await edges('Westl');
    expect(hits[0]!.node.id).toBe('gemeente-westland');
    const ids = hits.map((h) => h.node.id);
    expect(ids).toContain('regio-corop-delft-en-westland');
    expect(ids.indexOf('gemeente-westland')).toBeLessThan(ids.indexOf('regio-corop-delft-en-westland'));
    const betuwe = ids.indexOf('gemeente-west-betuwe');
    if (betuwe >= 0) expect(betuwe).toBeGreaterThan(0);
  });

  it('keeps the scores in order (higher is better) with the whole-name prefixes first', async () => {
    for (const text of ['Westl', 'west', 'Den', 'Ber', 'gemeente']) {
      const hits = await edges(text);
      const scores = hits.map((h) => h.score);
      expect(scores, text).toEqual([...scores].sort((a, b) => b - a));
      // Every name that starts with the text comes before every name that does not.
      const starts = hits.map((h) => h.node.name.toLowerCase().replace(/[^a-z0-9]+/g, ' ').startsWith(text.toLowerCase()));
      const firstOther = starts.indexOf(false);
      if (firstOther >= 0) expect(starts.slice(firstOther), text).not.toContain(true);
    }
  });

  it('counts a prefix regardless of diacritics and hyphens ("sudwest fr" → Súdwest-Fryslân)', async () => {
    const hits = await edges('sudwest fr', ['MUNICIPALITY']);
    expect(hits[0]!.node.id).toBe('gemeente-sudwest-fryslan');
  });

  it('puts the exact name before longer names with the same start ("Ede" → Ede)', async () => {
    const hits = await edges('Ede', ['MUNICIPALITY']);
    expect(hits[0]!.node.id).toBe('gemeente-ede');
  });
});
