import { describe, expect, it } from 'vitest';
import { EMPTY_KNOWN, mergeGraph, visibleGraph, type GraphEdge, type GraphNode } from './knownGraph';
import { groupedVisibleGraph, groupId, NOTHING_REVEALED, reveal, type GroupCount } from './neighborGroups';

/** A bureau with 10 engagements (6 for gemeente g1, 4 for g2) and 2 people. */
function hub() {
  const nodes: GraphNode[] = [
    { id: 'b', label: 'Bureau', type: 'CONSULTANCY' },
    { id: 'g1', label: 'Eerste', type: 'MUNICIPALITY' },
    { id: 'g2', label: 'Tweede', type: 'MUNICIPALITY' },
    { id: 'p1', label: 'P1', type: 'PERSON' },
    { id: 'p2', label: 'P2', type: 'PERSON' },
  ];
  const edges: GraphEdge[] = [
    { id: 'p1|WORKS_AT|b', source: 'p1', target: 'b', type: 'WORKS_AT' },
    { id: 'p2|WORKS_AT|b', source: 'p2', target: 'b', type: 'WORKS_AT' },
  ];
  for (let i = 0; i < 10; i++) {
    nodes.push({ id: `e${i}`, label: `E${i}`, type: 'ENGAGEMENT' });
    edges.push({ id: `e${i}|BY|b`, source: `e${i}`, target: 'b', type: 'BY' });
    edges.push({ id: `e${i}|FOR|g`, source: `e${i}`, target: i < 6 ? 'g1' : 'g2', type: 'FOR' });
  }
  return mergeGraph(EMPTY_KNOWN, { nodes, edges });
}

const known = hub();
const view = { exp: ['b'], pin: [], hide: [] };
/** The server knows of 25 engagements (the neighbourhood brought 10) and 2 people. */
const counts = new Map<string, GroupCount[]>([
  [
    'b',
    [
      { of: 'b', type: 'ENGAGEMENT', count: 25, parts: [] },
      { of: 'b', type: 'PERSON', count: 2, parts: [] },
    ],
  ],
]);
const byClient = new Map<string, GroupCount[]>([
  [
    'b',
    [
      {
        of: 'b',
        type: 'ENGAGEMENT',
        count: 25,
        parts: [
          { key: 'g1', name: 'Eerste', count: 15 },
          { key: 'g2', name: 'Tweede', count: 10 },
        ],
      },
      { of: 'b', type: 'PERSON', count: 2, parts: [] },
    ],
  ],
]);

const ids = (xs: { id: string }[]) => xs.map((x) => x.id).sort();

describe('groupedVisibleGraph', () => {
  it('below the threshold is the plain visible graph', () => {
    const g = groupedVisibleGraph(known, view, new Map(), NOTHING_REVEALED, null, 40);
    expect(ids(g.graph.nodes)).toEqual(ids(visibleGraph(known, view).nodes));
    expect(g.groups).toEqual([]);
    expect(g.shortfalls).toEqual([]);
  });

  it('groups a type above the threshold into one node that says how many it holds, and the shortfall', () => {
    const g = groupedVisibleGraph(known, view, counts, NOTHING_REVEALED, null, 5);
    expect(ids(g.graph.nodes)).toEqual(['b', 'p1', 'p2']);
    expect(g.groups).toEqual([{ id: groupId('b', 'ENGAGEMENT'), of: 'b', type: 'ENGAGEMENT', by: null, hidden: 25, total: 25 }]);
    expect(g.shortfalls).toEqual([{ id: 'b', label: 'Bureau', shown: 2, total: 27 }]);
  });

  it('says what the neighbourhood limit cut off, even below the threshold', () => {
    const g = groupedVisibleGraph(known, view, counts, NOTHING_REVEALED, null, 40);
    expect(g.graph.nodes).toHaveLength(13);
    expect(g.groups.map((x) => [x.type, x.hidden])).toEqual([['ENGAGEMENT', 15]]);
    expect(g.shortfalls[0]).toMatchObject({ shown: 12, total: 27 });
  });

  it('opening a group shows its members and counts them off', () => {
    const group = { id: groupId('b', 'ENGAGEMENT'), of: 'b' };
    const r = reveal(NOTHING_REVEALED, group, ['e0', 'e1', 'e2'], 'c1', false);
    const g = groupedVisibleGraph(known, view, counts, r, null, 5);
    expect(ids(g.graph.nodes)).toEqual(['b', 'e0', 'e1', 'e2', 'p1', 'p2']);
    expect(g.graph.edges.map((e) => e.id)).toContain('e1|BY|b');
    expect(g.groups[0]).toMatchObject({ hidden: 22, total: 25 });
    expect(r.byGroup.get(group.id)).toMatchObject({ cursor: 'c1', done: false });
  });

  it('by client: one group per client, members shown counted off by their client', () => {
    const none = groupedVisibleGraph(known, view, byClient, NOTHING_REVEALED, 'CLIENT', 5);
    expect(none.groups.map((x) => [x.key, x.keyName, x.hidden])).toEqual([
      ['g1', 'Eerste', 15],
      ['g2', 'Tweede', 10],
    ]);
    const r = reveal(NOTHING_REVEALED, { id: groupId('b', 'ENGAGEMENT', 'CLIENT', 'g2'), of: 'b' }, ['e6', 'e7'], null, false);
    const some = groupedVisibleGraph(known, view, byClient, r, 'CLIENT', 5);
    expect(some.groups.map((x) => [x.key, x.hidden])).toEqual([
      ['g1', 15],
      ['g2', 8],
    ]);
  });

  it('hidden and collapsed nodes take their groups with them', () => {
    expect(groupedVisibleGraph(known, { exp: ['b'], pin: [], hide: ['b'] }, counts, NOTHING_REVEALED, null, 5).groups).toEqual([]);
    expect(groupedVisibleGraph(known, { exp: [], pin: ['b'], hide: [] }, counts, NOTHING_REVEALED, null, 5).groups).toEqual([]);
  });
});
