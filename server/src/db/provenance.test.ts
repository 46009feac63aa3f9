import { describe, expect, it } from 'vitest';
import { decodeProvenance, encodeProvenance, mergeProvenance, provenanceCount, type Provenance } from './provenance.js';
import { PROVENANCE_PROPERTIES } from '../domain/graphDocument.js';

const a: Provenance = { source: 'src-a', quote: 'Zin uit bron A.' };
const b: Provenance = { source: 'src-b', quote: 'Zin uit bron B.' };
const a2: Provenance = { source: 'src-a', quote: 'Een andere zin uit bron A.' };

describe('the provenance codec', () => {
  it('encodes evidence as two parallel lists and decodes it back in order', () => {
    const stored = encodeProvenance([a, b, a2]);
    expect(stored).toEqual({ provSources: ['src-a', 'src-b', 'src-a'], provQuotes: [a.quote, b.quote, a2.quote] });
    expect(Object.keys(stored).sort()).toEqual([...PROVENANCE_PROPERTIES].sort());
    expect(decodeProvenance(stored)).toEqual([a, b, a2]);
  });

  it('writes a (source, quote) pair once, however often it is given', () => {
    expect(encodeProvenance([a, a, b, a])).toEqual(encodeProvenance([a, b]));
  });

  it('reads a fact without provenance properties as having none', () => {
    expect(decodeProvenance({ id: 'x', name: 'X' })).toEqual([]);
    expect(provenanceCount({ id: 'x' })).toBe(0);
  });

  it('reads the other properties of a node or relationship as they are', () => {
    expect(decodeProvenance({ id: 'x', role: 'CONSULTANT', ...encodeProvenance([b]) })).toEqual([b]);
    expect(provenanceCount(encodeProvenance([a, b]))).toBe(2);
  });

  it('keeps a source whose quote is missing, with an empty quote', () => {
    expect(decodeProvenance({ provSources: ['src-a', 'src-b'], provQuotes: ['q'] })).toEqual([
      { source: 'src-a', quote: 'q' },
      { source: 'src-b', quote: '' },
    ]);
  });

  it('merges by appending only the pairs that are new, keeping the order', () => {
    expect(mergeProvenance([a, b], [b, a2, a2])).toEqual([a, b, a2]);
    expect(mergeProvenance([], [])).toEqual([]);
    // Same source, another quote: another piece of evidence.
    expect(mergeProvenance([a], [a2])).toHaveLength(2);
  });
});
