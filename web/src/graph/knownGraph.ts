import type { EntityRef, Graph } from '../api/fragments';
import type { ParticipationRole, RelationType } from '../api/generated/schema-enums';

type ApiNode = Graph['nodes'][number];
type ApiEdge = Graph['edges'][number];

/** A node of the map. One learned from a relation end has no degree, year or provenance count. */
export type GraphNode = Pick<ApiNode, 'id' | 'label' | 'type'> & Partial<Pick<ApiNode, 'provenanceCount' | 'degree' | 'year'>>;

/** An edge of the map: its type with the role, job title or kind that the i18n layer puts into words. */
export type GraphEdge = Pick<ApiEdge, 'id' | 'source' | 'target' | 'type'> &
  Partial<Pick<ApiEdge, 'role' | 'title' | 'kind' | 'provenanceCount'>>;

/** A relationship as several queries select it (panels, paths, pinned nodes): enough to draw its edge. */
export interface RelationLike {
  id: string;
  type: RelationType;
  from: EntityRef;
  to: EntityRef;
  role?: ParticipationRole | null;
  title?: string | null;
  /** Other properties; `kind` of a RELATED_TO is one. */
  attributes?: readonly { key: string; value: string }[];
}

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

/** Edges learned from a relation may lack the provenance count or (without attributes) the kind; keep what is known. */
function mergeEdge(old: GraphEdge | undefined, next: GraphEdge): GraphEdge {
  if (!old) return next;
  return {
    ...old,
    ...next,
    role: next.role ?? old.role,
    title: next.title ?? old.title,
    kind: next.kind ?? old.kind,
    provenanceCount: next.provenanceCount ?? old.provenanceCount,
  };
}

export function mergeGraph(known: KnownGraph, graph: { nodes: readonly GraphNode[]; edges: readonly GraphEdge[] }): KnownGraph {
  const nodes = new Map(known.nodes);
  const edges = new Map(known.edges);
  for (const n of graph.nodes) nodes.set(n.id, mergeNode(nodes.get(n.id), n));
  for (const e of graph.edges) edges.set(e.id, mergeEdge(edges.get(e.id), e));
  return { nodes, edges };
}

function refToNode(ref: EntityRef): GraphNode {
  return { id: ref.id, label: ref.name, type: ref.type };
}

function relationToEdge(r: RelationLike): GraphEdge {
  return {
    id: r.id,
    source: r.from.id,
    target: r.to.id,
    type: r.type,
    role: r.role,
    title: r.title,
    kind: r.attributes?.find((a) => a.key === 'kind')?.value,
  };
}

export function mergeRelations(known: KnownGraph, relations: readonly RelationLike[], extraNodes: readonly EntityRef[] = []): KnownGraph {
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
