import { describe, expect, it } from 'vitest';
import { EMPTY_KNOWN, mergeGraph, mergeRelations, visibleGraph } from './knownGraph';

const g = mergeGraph(EMPTY_KNOWN, {
  nodes: [
    { id: 'a', label: 'A', type: 'CONSULTANCY', degree: 2 },
    { id: 'b', label: 'B', type: 'PERSON' },
    { id: 'c', label: 'C', type: 'ENGAGEMENT', year: 2016 },
    { id: 'd', label: 'D', type: 'MUNICIPALITY' },
  ],
  edges: [
    { id: 'b|WORKS_AT|a', source: 'b', target: 'a', type: 'WORKS_AT', title: 'adviseur' },
    { id: 'c|BY|a', source: 'c', target: 'a', type: 'BY' },
    { id: 'c|FOR|d', source: 'c', target: 'd', type: 'FOR' },
  ],
});

describe('visibleGraph', () => {
  it('shows an expanded node with its neighbours and the edges between them', () => {
    const v = visibleGraph(g, { exp: ['a'], pin: [], hide: [] });
    expect(v.nodes.map((n) => n.id).sort()).toEqual(['a', 'b', 'c']);
    expect(v.edges.map((e) => e.id).sort()).toEqual(['b|WORKS_AT|a', 'c|BY|a']);
  });

  it('collapsing keeps a pinned node but drops the neighbours only it brought in', () => {
    const v = visibleGraph(g, { exp: [], pin: ['a'], hide: [] });
    expect(v.nodes.map((n) => n.id)).toEqual(['a']);
    expect(v.edges).toEqual([]);
  });

  it('leaves hidden nodes and their edges out', () => {
    const v = visibleGraph(g, { exp: ['a'], pin: [], hide: ['c'] });
    expect(v.nodes.map((n) => n.id).sort()).toEqual(['a', 'b']);
    expect(v.edges.map((e) => e.id)).toEqual(['b|WORKS_AT|a']);
  });
});

describe('mergeRelations', () => {
  it('adds both ends of a relation and keeps richer node data already known', () => {
    const next = mergeRelations(g, [
      {
        id: 'c|FOR|e',
        type: 'FOR',
        role: null,
        title: null,
        from: { id: 'c', name: 'C', type: 'ENGAGEMENT' },
        to: { id: 'e', name: 'E', type: 'MUNICIPALITY' },
      },
    ]);
    expect(next.nodes.get('c')?.year).toBe(2016);
    expect(next.nodes.get('e')?.label).toBe('E');
    expect(next.edges.get('c|FOR|e')?.source).toBe('c');
  });

  it('keeps what a neighbourhood said about an edge when a relation without it arrives', () => {
    const withKind = mergeGraph(EMPTY_KNOWN, {
      nodes: [],
      edges: [{ id: 'a|RELATED_TO|b', source: 'a', target: 'b', type: 'RELATED_TO', kind: 'partner', provenanceCount: 2 }],
    });
    const next = mergeRelations(withKind, [
      { id: 'a|RELATED_TO|b', type: 'RELATED_TO', from: { id: 'a', name: 'A', type: 'CONSULTANCY' }, to: { id: 'b', name: 'B', type: 'PERSON' } },
    ]);
    expect(next.edges.get('a|RELATED_TO|b')).toMatchObject({ kind: 'partner', provenanceCount: 2 });
  });

  it('takes the kind of a RELATED_TO from its attributes', () => {
    const next = mergeRelations(EMPTY_KNOWN, [
      {
        id: 'a|RELATED_TO|b',
        type: 'RELATED_TO',
        attributes: [{ key: 'kind', value: 'oud-collega' }],
        from: { id: 'a', name: 'A', type: 'PERSON' },
        to: { id: 'b', name: 'B', type: 'PERSON' },
      },
    ]);
    expect(next.edges.get('a|RELATED_TO|b')?.kind).toBe('oud-collega');
  });
});
