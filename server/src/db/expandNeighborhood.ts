/**
 * The graph around some entities, breadth first. Depth 1 (what the explorer asks when it expands a
 * node) is ONE query: the start nodes, their neighbours by degree up to `limit`, and the edges among
 * them. Deeper: one query per hop plus one for the edges — at most four round trips whatever the
 * size. Nodes are taken in hop order until `limit`; `truncated` says when more were reachable.
 * Only what a graph node shows is read (id, name, type, start year, the evidence's sources for its
 * count), and a degree is the node's degree from the store (`COUNT { (m)--() }`), not a walk.
 * A depth-1 answer that the limit cut (a busy node) is kept until the graph changes (cachedPerWrite.ts).
 */
import { int as neo4jInt, type Database } from './database.js';
import type { EntityRecord } from './entities.js';
import type { EntityType, ParticipationRole, RelationType } from '../domain/vocabulary.js';
import { PROVENANCE_COUNT } from './provenance.js';
import { cachedPerWrite } from './cachedPerWrite.js';
import { ABOUT_THEMES, BY_CONSULTANCIES } from './listEngagements.js';

/** What a graph node needs of an entity (`n` any expression of a node). */
const NODE = (n: string) => `{id: ${n}.id, name: ${n}.name, type: ${n}.type, startYear: ${n}.startYear, provSources: ${n}.provSources}`;

const START = `
  UNWIND $ids AS id
  MATCH (n:Entity {id: id})
  RETURN ${NODE('n')} AS node, COUNT { (n)--() } AS degree`;

// BROADER edges are part of the thesaurus, not of who-worked-with-whom: a hop from one theme to
// the top concept would pull in every theme. They are still drawn between themes that are shown.
const HOP = `
  UNWIND $frontier AS id
  MATCH (n:Entity {id: id})-[r]-(m:Entity)
  WHERE type(r) <> 'BROADER' AND NOT m.id IN $seen AND ($types IS NULL OR m.type IN $types)
  WITH DISTINCT m
  WITH m, COUNT { (m)--() } AS degree
  ORDER BY degree DESC, m.name
  LIMIT $cap
  RETURN ${NODE('m')} AS node, degree`;

/** An edge as a graph view draws it: structure only. */
const EDGE = (a: string, r: string, b: string) =>
  `{id: ${r}.id, type: type(${r}), source: ${a}.id, target: ${b}.id, role: ${r}.role, title: ${r}.title, kind: ${r}.kind, provenanceCount: ${PROVENANCE_COUNT(r)}}`;

// From each chosen node along its outgoing relationships only: a hub's many incoming ones are
// found from their (few-relationship) other ends.
const EDGES = `
  UNWIND $ids AS id
  MATCH (a:Entity {id: id})-[r]->(b:Entity)
  WHERE b.id IN $ids
  RETURN ${EDGE('a', 'r', 'b')} AS edge`;

/**
 * The explorer's filters, applied after the neighbourhood is chosen (as the web app applies them to
 * what it loaded): nodes of `hiddenTypes` are left out (start nodes too), and engagements that fail
 * the theme (narrower themes included), bureau or start-year filter; other nodes stay.
 */
interface ViewFilter {
  hiddenTypes: EntityType[] | null;
  themes: string[] | null;
  consultancies: string[] | null;
  from: number | null;
  to: number | null;
}

/** The node `n` passes the view filter: the engagement checks are those of `engagements(filter)` (listEngagements.ts). */
const PASSES_FILTER = `
  NOT n.type IN $hiddenTypes
  AND NOT n.id IN $exclude
  AND (NOT n:Engagement OR (
    ($themes IS NULL OR ${ABOUT_THEMES('n')})
    AND ($consultancies IS NULL OR ${BY_CONSULTANCIES('n')})
    AND ($from IS NULL OR n.startYear >= $from)
    AND ($to IS NULL OR n.startYear <= $to)))`;

/**
 * Depth 1 in one query: start nodes, pinned nodes (shown without their neighbours), neighbours by
 * degree (one more than fit, to know), then the view filter and the excluded ids, and the edges
 * among what is left.
 */
const ONE_HOP = `
  OPTIONAL MATCH (s:Entity) WHERE s.id IN $ids
  WITH collect(DISTINCT s) AS start
  OPTIONAL MATCH (p:Entity) WHERE p.id IN $pin AND NOT p IN start
  WITH start, collect(DISTINCT p) AS pinned
  WHERE size(start) + size(pinned) > 0
  CALL (start, pinned) {
    UNWIND start AS n
    MATCH (n)-[r]-(m:Entity)
    WHERE type(r) <> 'BROADER' AND NOT m IN start AND NOT m IN pinned AND ($types IS NULL OR m.type IN $types)
    WITH DISTINCT m
    WITH m, COUNT { (m)--() } AS degree
    ORDER BY degree DESC, m.name
    LIMIT $cap
    RETURN collect({node: m, degree: degree}) AS found
  }
  CALL (start, pinned) { UNWIND start + pinned AS s RETURN collect({node: s, degree: COUNT { (s)--() }}) AS fixed }
  WITH fixed + found[..($limit - size(fixed))] AS chosen, size(found) > $limit - size(fixed) AS truncated
  CALL (chosen) {
    UNWIND chosen AS c
    WITH c, c.node AS n
    WHERE ${PASSES_FILTER}
    RETURN collect(c) AS kept
  }
  WITH kept, truncated, [c IN kept | c.node] AS nodes
  RETURN truncated,
    [c IN kept | {node: ${NODE('c.node')}, degree: c.degree}] AS nodes,
    COLLECT { UNWIND nodes AS a MATCH (a)-[r]->(b:Entity) WHERE b IN nodes RETURN ${EDGE('a', 'r', 'b')} } AS edges`;

/** The edges from an answer's nodes (`$ids`) to entities the caller already shows (`$connect`), not among `$ids`. */
const CONNECT_EDGES = `
  UNWIND $ids AS id
  MATCH (a:Entity {id: id})-[r]-(b:Entity)
  WHERE b.id IN $connect AND NOT b.id IN $ids
  RETURN DISTINCT ${EDGE('startNode(r)', 'r', 'endNode(r)')} AS edge`;

/** No view filter: nothing hidden, every engagement passes. */
const NO_FILTER: ViewFilter = { hiddenTypes: null, themes: null, consultancies: null, from: null, to: null };

export interface NeighborhoodNode {
  node: EntityRecord;
  degree: number;
}

/** An edge as the graph views need it: structure only (role, title, kind as stored); clients word it. */
export interface NeighborhoodEdge {
  id: string;
  type: RelationType;
  source: string;
  target: string;
  /** WORKED_ON. */
  role: ParticipationRole | null;
  /** WORKS_AT, MEMBER_OF. */
  title: string | null;
  /** RELATED_TO. */
  kind: string | null;
  provenanceCount: number;
}

export interface NeighborhoodOptions {
  depth: number;
  types: EntityType[] | null;
  limit: number;
  /** Entities shown on their own, without their neighbours (depth 1 only). */
  pin?: string[];
  /** Entities left out of the answer (their neighbours stay; depth 1 only). */
  exclude?: string[];
  /** The explorer's filters, applied after the neighbourhood is chosen (depth 1 only). */
  filter?: ViewFilter | null;
  /** Entities the caller already shows: edges from the answer to them are included too (depth 1 only). */
  connect?: string[] | null;
}

export async function expandNeighborhood(
  db: Database,
  ids: string[],
  opts: NeighborhoodOptions,
): Promise<{ nodes: NeighborhoodNode[]; edges: NeighborhoodEdge[]; truncated: boolean }> {
  if (opts.depth === 1) {
    const f = opts.filter ?? NO_FILTER;
    const params = {
      ids,
      pin: opts.pin ?? [],
      exclude: opts.exclude ?? [],
      types: opts.types,
      hiddenTypes: f.hiddenTypes ?? [],
      themes: f.themes?.length ? f.themes : null,
      consultancies: f.consultancies?.length ? f.consultancies : null,
      from: f.from === null ? null : neo4jInt(f.from),
      to: f.to === null ? null : neo4jInt(f.to),
      limit: neo4jInt(opts.limit),
      cap: neo4jInt(opts.limit + 1),
    };
    const load = async () => {
      const [row] = await db.read<{ nodes: NeighborhoodNode[]; edges: NeighborhoodEdge[]; truncated: boolean }>('neighborhood', ONE_HOP, params);
      return row ?? { nodes: [], edges: [], truncated: false };
    };
    // A busy node's neighbourhood (more neighbours than the limit) costs a degree for each of its
    // thousands of neighbours to choose the best connected: it is kept until the graph changes.
    // Only the plain expansion is kept: pins and filters vary with each view.
    const plain = !params.pin.length && !params.exclude.length && !opts.filter;
    const answer = plain ? await cachedPerWrite(db, `neighborhood:${JSON.stringify([ids, opts.types, opts.limit])}`, load, { keep: (r) => r.truncated }) : await load();
    if (!opts.connect?.length || answer.nodes.length === 0) return answer;
    // The edges to what the caller shows: a query of its own, so that the (kept) answer above does
    // not depend on what each caller shows.
    const extra = await db.read<{ edge: NeighborhoodEdge }>('neighborhoodConnect', CONNECT_EDGES, { ids: answer.nodes.map((n) => n.node.id), connect: opts.connect });
    return { ...answer, edges: [...answer.edges, ...extra.map((e) => e.edge)] };
  }
  const start = await db.read<NeighborhoodNode>('neighborhoodStart', START, { ids });
  const chosen = new Map(start.map((n) => [n.node.id, n]));
  let frontier = [...chosen.keys()];
  let truncated = false;
  for (let hop = 0; hop < opts.depth && frontier.length && !truncated; hop++) {
    const room = opts.limit - chosen.size;
    // Ask for one more than fits, to know whether the limit cut the result.
    const found = await db.read<NeighborhoodNode>('neighborhoodHop', HOP, {
      frontier,
      seen: [...chosen.keys()],
      types: opts.types,
      cap: neo4jInt(room + 1),
    });
    if (found.length > room) truncated = true;
    const taken = found.slice(0, Math.max(room, 0));
    for (const n of taken) chosen.set(n.node.id, n);
    frontier = taken.map((n) => n.node.id);
  }
  const edges = await db.read<{ edge: NeighborhoodEdge }>('neighborhoodEdges', EDGES, { ids: [...chosen.keys()] });
  return { nodes: [...chosen.values()], edges: edges.map((e) => e.edge), truncated };
}

