import type { EntityRef, Graph, GraphEdge, GraphNode, Relation } from '../api/types';

/**
 * Everything the app has learned about the graph so far (from neighbourhoods, pinned nodes, paths).
 * What is *visible* is derived from it and the URL state by `visibleGraph`. Immutable: each merge
 * returns a new value, so React sees the change.
 */
export interface KnownGraph {
  readonly nodes: ReadonlyMap<string, GraphNode>;
  readonly edges: ReadonlyMap<string, GraphEdge>;
}

export const EMPTY_KNOWN: KnownGraph = { nodes: new Map(), edges: new Map() };

/** A node from a neighbourhood answer carries more (degree, year) than one from a relation end; keep the richer. */
function mergeNode(old: GraphNode | undefined, next: GraphNode): GraphNode {
  if (!old) return next;
  return {
    ...old,
    ...next,
    degree: next.degree ?? old.degree,
    year: next.year ?? old.year,
    provenanceCount: next.provenanceCount ?? old.provenanceCount,
  };
}

export function mergeGraph(known: KnownGraph, graph: Pick<Graph, 'nodes' | 'edges'>): KnownGraph {
  const nodes = new Map(known.nodes);
  const edges = new Map(known.edges);
  for (const n of graph.nodes) nodes.set(n.id, mergeNode(nodes.get(n.id), n));
  for (const e of graph.edges) edges.set(e.id, { ...edges.get(e.id), ...e });
  return { nodes, edges };
}

function refToNode(ref: EntityRef): GraphNode {
  return { id: ref.id, label: ref.name, type: ref.type };
}

/** The label the server gives a GraphEdge: the type, with role or title. */
function relationLabel(r: Pick<Relation, 'type' | 'role' | 'title'>): string {
  const extra = r.role ?? r.title;
  return extra ? `${r.type} (${extra})` : r.type;
}

export function relationToEdge(r: Pick<Relation, 'id' | 'type' | 'from' | 'to' | 'role' | 'title'>): GraphEdge {
  return { id: r.id, source: r.from.id, target: r.to.id, type: r.type, label: relationLabel(r) };
}

export function mergeRelations(
  known: KnownGraph,
  relations: Pick<Relation, 'id' | 'type' | 'from' | 'to' | 'role' | 'title'>[],
  extraNodes: EntityRef[] = [],
): KnownGraph {
  const nodes: GraphNode[] = extraNodes.map(refToNode);
  for (const r of relations) nodes.push(refToNode(r.from), refToNode(r.to));
  return mergeGraph(known, { nodes, edges: relations.map(relationToEdge) });
}

export interface ViewSpec {
  exp: readonly string[];
  pin: readonly string[];
  hide: readonly string[];
}

export interface VisibleGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/**
 * The visible graph: expanded nodes with their neighbours, pinned nodes, minus hidden ones; and every
 * known edge between two visible nodes.
 */
export function visibleGraph(known: KnownGraph, view: ViewSpec): VisibleGraph {
  const expanded = new Set(view.exp);
  const hidden = new Set(view.hide);
  const ids = new Set<string>([...view.exp, ...view.pin]);
  for (const e of known.edges.values()) {
    if (expanded.has(e.source)) ids.add(e.target);
    if (expanded.has(e.target)) ids.add(e.source);
  }
  const nodes: GraphNode[] = [];
  for (const id of ids) {
    const n = known.nodes.get(id);
    if (n && !hidden.has(id)) nodes.push(n);
  }
  const shown = new Set(nodes.map((n) => n.id));
  const edges = [...known.edges.values()].filter((e) => shown.has(e.source) && shown.has(e.target));
  return { nodes, edges };
}
