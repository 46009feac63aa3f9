import type { EngagementGrouping, EntityType } from '../api/generated/schema-enums';
import { debugNumber } from './debugOptions';
import type { GraphNode, KnownGraph, ViewSpec, VisibleGraph } from './knownGraph';

/**
 * Grouping a busy node's neighbours. An expanded node with more than GROUP_THRESHOLD neighbours of
 * one type shows them as one group node ("148 trajecten"), or, for engagements grouped by client or
 * theme, one group node per client or theme; the user opens a group a page at a time. Neighbours
 * that the neighbourhood's limit cut off form a group too, so the map always says what it leaves
 * out. Counts come from the server (`neighborGroups`); until they arrive, from what is known.
 */

/** More neighbours of one type than this are grouped; `?groupAbove=N` changes it (tests). */
const GROUP_THRESHOLD = debugNumber('groupAbove', 40);
/** Members added per opening of a group; `?groupPage=N` changes it (tests). */
export const GROUP_PAGE = Math.max(1, debugNumber('groupPage', 40));
/** Group nodes per expanded node and grouping at most; the rest of the parts form one group. */
const MAX_PARTS = 12;

/** The server's count of one expanded node's neighbours of one type. */
export interface GroupCount {
  of: string;
  type: EntityType;
  count: number;
  parts: readonly { key?: string | null; name?: string | null; count: number }[];
}

/** A group node: neighbours of `of` of one type (and client or theme) that the map does not show. */
export interface NeighbourGroup {
  id: string;
  of: string;
  type: EntityType;
  /** Set for a part of the engagements (grouped by client or theme). */
  by: EngagementGrouping | null;
  /** The part's client or theme; null: the engagements without one. Unset for a whole type. */
  key?: string | null;
  keyName?: string | null;
  /** A group that stands for this many further parts (opened by type). */
  restParts?: number;
  /** Members not shown; null when parts overlap and the remainder cannot be counted. */
  hidden: number | null;
  /** Members in all. */
  total: number;
}

/** An expanded node whose neighbours are not all shown. */
export interface Shortfall {
  id: string;
  label: string;
  shown: number;
  total: number;
}

export interface GroupedGraph {
  graph: VisibleGraph;
  groups: NeighbourGroup[];
  shortfalls: Shortfall[];
}

/** Members opened so far: per expanded node, and per group (with the cursor of the next page). */
export interface Revealed {
  byNode: ReadonlyMap<string, ReadonlySet<string>>;
  byGroup: ReadonlyMap<string, { ids: ReadonlySet<string>; cursor: string | null; done: boolean }>;
}

export const NOTHING_REVEALED: Revealed = { byNode: new Map(), byGroup: new Map() };

export function groupId(of: string, type: EntityType, by: EngagementGrouping | null = null, key?: string | null): string {
  if (!by) return `group|${of}|${type}`;
  return key === undefined ? `group|${of}|${type}|${by}|rest` : `group|${of}|${type}|${by}|${key ?? '-'}`;
}

export function isGroupId(id: string): boolean {
  return id.startsWith('group|');
}

function add(map: Map<string, Set<string>>, key: string, value: string): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}

/**
 * The visible graph with busy neighbourhoods grouped: expanded and pinned nodes; each expanded
 * node's neighbours unless their type is grouped (then only those opened, or shown for another
 * reason); every known edge between two visible nodes; and the group nodes and shortfalls.
 */
export function groupedVisibleGraph(
  known: KnownGraph,
  view: ViewSpec,
  counts: ReadonlyMap<string, readonly GroupCount[]>,
  revealed: Revealed,
  by: EngagementGrouping | null,
  threshold = GROUP_THRESHOLD,
): GroupedGraph {
  const expanded = new Set(view.exp);
  const hidden = new Set(view.hide);
  // Neighbours as the server counts them (not along BROADER), and the engagements' clients and themes.
  const neighbours = new Map<string, Set<string>>();
  const thesaurus = new Set<string>();
  const keysOf = new Map<string, Set<string>>();
  for (const e of known.edges.values()) {
    if (e.type === 'BROADER') {
      if (expanded.has(e.source)) thesaurus.add(e.target);
      if (expanded.has(e.target)) thesaurus.add(e.source);
      continue;
    }
    if (expanded.has(e.source)) add(neighbours, e.source, e.target);
    if (expanded.has(e.target)) add(neighbours, e.target, e.source);
    if ((by === 'CLIENT' && e.type === 'FOR') || (by === 'THEME' && e.type === 'ABOUT')) add(keysOf, e.source, e.target);
  }
  const typeOf = (id: string) => known.nodes.get(id)?.type;
  const countOf = (of: string, type: EntityType): number => {
    const server = counts.get(of)?.find((c) => c.type === type);
    if (server) return server.count;
    let n = 0;
    for (const m of neighbours.get(of) ?? []) if (typeOf(m) === type) n++;
    return n;
  };

  const visible = new Set<string>();
  for (const id of [...view.exp, ...view.pin]) if (!hidden.has(id)) visible.add(id);
  for (const id of thesaurus) if (!hidden.has(id)) visible.add(id);
  for (const of of view.exp) {
    if (hidden.has(of)) continue;
    const opened = revealed.byNode.get(of);
    for (const m of neighbours.get(of) ?? []) {
      const type = typeOf(m);
      if (!type || hidden.has(m)) continue;
      if (countOf(of, type) <= threshold || opened?.has(m)) visible.add(m);
    }
  }

  const nodes: GraphNode[] = [];
  for (const id of visible) {
    const n = known.nodes.get(id);
    if (n) nodes.push(n);
  }
  const shown = new Set(nodes.map((n) => n.id));
  const edges = [...known.edges.values()].filter((e) => shown.has(e.source) && shown.has(e.target));

  const groups: NeighbourGroup[] = [];
  const shortfalls: Shortfall[] = [];
  for (const of of view.exp) {
    const node = known.nodes.get(of);
    if (!node || !shown.has(of)) continue;
    const visibleOf = [...(neighbours.get(of) ?? [])].filter((m) => shown.has(m));
    const types = new Set<EntityType>([...(counts.get(of)?.map((c) => c.type) ?? []), ...visibleOf.map((m) => typeOf(m)!)]);
    let total = 0;
    for (const type of types) {
      const count = countOf(of, type);
      total += count;
      const members = visibleOf.filter((m) => typeOf(m) === type);
      const parts = counts.get(of)?.find((c) => c.type === type)?.parts ?? [];
      if (by && type === 'ENGAGEMENT' && count > threshold && parts.length > 0) {
        let named = 0;
        let namedHidden = 0;
        for (const part of parts) {
          const key = part.key ?? null;
          const id = groupId(of, type, by, key);
          const opened = revealed.byGroup.get(id)?.ids;
          const inPart = members.filter((m) => opened?.has(m) || (key !== null && keysOf.get(m)?.has(key))).length;
          const partHidden = part.count - inPart;
          if (partHidden <= 0) continue;
          if (named < MAX_PARTS) {
            groups.push({ id, of, type, by, key, keyName: part.name ?? null, hidden: partHidden, total: part.count });
            namedHidden += partHidden;
          }
          named++;
        }
        if (named > MAX_PARTS) {
          // Parts by client do not overlap, so the rest can be counted; themes overlap.
          const rest = by === 'CLIENT' ? Math.max(0, count - members.length - namedHidden) : null;
          groups.push({ id: groupId(of, type, by), of, type, by, restParts: named - MAX_PARTS, hidden: rest, total: count });
        }
      } else if (count - members.length > 0) {
        groups.push({ id: groupId(of, type), of, type, by: null, hidden: count - members.length, total: count });
      }
    }
    if (visibleOf.length < total) shortfalls.push({ id: of, label: node.label, shown: visibleOf.length, total });
  }
  return { graph: { nodes, edges }, groups, shortfalls };
}

/** Adds a page of a group's members to what has been opened. */
export function reveal(r: Revealed, group: Pick<NeighbourGroup, 'id' | 'of'>, ids: readonly string[], cursor: string | null, done: boolean): Revealed {
  const byNode = new Map(r.byNode);
  byNode.set(group.of, new Set([...(r.byNode.get(group.of) ?? []), ...ids]));
  const byGroup = new Map(r.byGroup);
  byGroup.set(group.id, { ids: new Set([...(r.byGroup.get(group.id)?.ids ?? []), ...ids]), cursor, done });
  return { byNode, byGroup };
}
