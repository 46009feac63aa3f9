/**
 * The graph around some entities, breadth first: one query per hop (depth ≤ 3) plus one for the
 * edges among the chosen nodes — at most four round trips whatever the size. Nodes are taken in
 * hop order until `limit`; `truncated` says when more were reachable.
 */
import { int as neo4jInt, type Database } from './database.js';
import type { EntityRecord } from './entities.js';
import type { EntityType, ParticipationRole, RelationType } from '../domain/vocabulary.js';
import { PROVENANCE_COUNT } from './provenance.js';

const START = `
  UNWIND $ids AS id
  MATCH (n:Entity {id: id})
  RETURN properties(n) AS node, COUNT { (n)--(:Entity) } AS degree`;

// BROADER edges are part of the thesaurus, not of who-worked-with-whom: a hop from one theme to
// the top concept would pull in every theme. They are still drawn between themes that are shown.
const HOP = `
  UNWIND $frontier AS id
  MATCH (n:Entity {id: id})-[r]-(m:Entity)
  WHERE type(r) <> 'BROADER' AND NOT m.id IN $seen AND ($types IS NULL OR m.type IN $types)
  WITH DISTINCT m
  RETURN properties(m) AS node, COUNT { (m)--(:Entity) } AS degree
  ORDER BY degree DESC, m.name
  LIMIT $cap`;

const EDGES = `
  MATCH (a:Entity)-[r]->(b:Entity)
  WHERE a.id IN $ids AND b.id IN $ids
  RETURN r.id AS id, type(r) AS type, a.id AS source, b.id AS target, r.role AS role, r.title AS title, r.kind AS kind,
         ${PROVENANCE_COUNT('r')} AS provenanceCount`;

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
  const edges = await db.read<NeighborhoodEdge>('neighborhoodEdges', EDGES, { ids: [...chosen.keys()] });
  return { nodes: [...chosen.values()], edges, truncated };
}

