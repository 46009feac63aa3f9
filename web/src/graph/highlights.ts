import type { VisibleGraph } from './knownGraph';
import type { Highlight } from './useCytoscape';

/** A path: its nodes and the relations of its steps. */
export function pathHighlight(path: { nodes: { id: string }[]; steps: { relation: { id: string } }[] }): Highlight {
  return { nodes: path.nodes.map((n) => n.id), edges: path.steps.map((s) => s.relation.id) };
}

/**
 * An interlock: the two entities, what they share, and the visible nodes that bridge them (an
 * engagement of one end that links to a shared bureau or theme), with the edges among all of those.
 */
export function interlockHighlight(graph: VisibleGraph, ends: readonly string[], ids: readonly string[]): Highlight {
  const endSet = new Set(ends);
  const shared = new Set(ids.filter((id) => !endSet.has(id)));
  const touchesEnd = new Set<string>();
  const touchesShared = new Set<string>();
  for (const e of graph.edges) {
    for (const [x, y] of [
      [e.source, e.target],
      [e.target, e.source],
    ] as const) {
      if (endSet.has(y)) touchesEnd.add(x);
      if (shared.has(y)) touchesShared.add(x);
    }
  }
  const nodes = new Set<string>([...ids, ...[...touchesEnd].filter((id) => touchesShared.has(id))]);
  return { nodes: [...nodes], edges: graph.edges.filter((e) => nodes.has(e.source) && nodes.has(e.target)).map((e) => e.id) };
}
