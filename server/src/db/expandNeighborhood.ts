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

/** Depth 1 in one query: start nodes, neighbours by degree (one more than fit, to know), edges. */
const ONE_HOP = `
  UNWIND $ids AS id
  MATCH (s:Entity {id: id})
  WITH collect(DISTINCT s) AS start
  WHERE size(start) > 0
  CALL (start) {
    UNWIND start AS n
    MATCH (n)-[r]-(m:Entity)
    WHERE type(r) <> 'BROADER' AND NOT m IN start AND ($types IS NULL OR m.type IN $types)
    WITH DISTINCT m
    WITH m, COUNT { (m)--() } AS degree
    ORDER BY degree DESC, m.name
    LIMIT $cap
    RETURN collect({node: m, degree: degree}) AS found
  }
  CALL (start) { UNWIND start AS s RETURN collect({node: s, degree: COUNT { (s)--() }}) AS starts }
  WITH starts + found[..($limit - size(start))] AS chosen, size(found) > $limit - size(start) AS truncated
  WITH chosen, truncated, [c IN chosen | c.node] AS nodes
  RETURN truncated,
    [c IN chosen | {node: ${NODE('c.node')}, degree: c.degree}] AS nodes,
    COLLECT { UNWIND nodes AS a MATCH (a)-[r]->(b:Entity) WHERE b IN nodes RETURN ${EDGE('a', 'r', 'b')} } AS edges`;

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

export async function expandNeighborhood(
  db: Database,
  ids: string[],
  opts: { depth: number; types: EntityType[] | null; limit: number },
): Promise<{ nodes: NeighborhoodNode[]; edges: NeighborhoodEdge[]; truncated: boolean }> {
  if (opts.depth === 1) {
    const load = async () => {
      const [row] = await db.read<{ nodes: NeighborhoodNode[]; edges: NeighborhoodEdge[]; truncated: boolean }>('neighborhood', ONE_HOP, {
        ids,
        types: opts.types,
        limit: neo4jInt(opts.limit),
        cap: neo4jInt(opts.limit + 1),
      });
      return row ?? { nodes: [], edges: [], truncated: false };
    };
    // A busy node's neighbourhood (more neighbours than the limit) costs a degree for each of its
    // thousands of neighbours to choose the best connected: it is kept until the graph changes.
    return cachedPerWrite(db, `neighborhood:${JSON.stringify([ids, opts.types, opts.limit])}`, load, { keep: (r) => r.truncated });
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

