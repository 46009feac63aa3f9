/**
 * Groups of an entity's neighbours, for the explorer at scale: counts per entity type (engagements
 * optionally split by client or theme), and one page of one group. Each is ONE query that starts
 * from the entity by its id (the `Entity.id` index) and walks its own relationships only; the
 * neighbourhood's rule holds (BROADER relationships are the thesaurus, not a neighbour).
 */
import { int as neo4jInt, type Database } from './database.js';
import type { EntityRecord } from './entities.js';
import type { NeighborhoodEdge, NeighborhoodNode } from './expandNeighborhood.js';
import type { EntityType } from '../domain/vocabulary.js';
import { PROVENANCE_COUNT } from './provenance.js';

type EngagementGrouping = 'CLIENT' | 'THEME';

/** The relationship from an engagement to the key of its group. */
const KEY_RELATION: Record<EngagementGrouping, 'FOR' | 'ABOUT'> = { CLIENT: 'FOR', THEME: 'ABOUT' };

const COUNTS = `
  UNWIND $ids AS id
  MATCH (n:Entity {id: id})
  CALL (n) {
    MATCH (n)-[r]-(m:Entity)
    WHERE type(r) <> 'BROADER'
    WITH DISTINCT m
    WITH m.type AS type, collect(m) AS members
    CALL (type, members) {
      WITH type, members WHERE $rel IS NOT NULL AND type = 'ENGAGEMENT'
      UNWIND members AS e
      OPTIONAL MATCH (e)-[kr:FOR|ABOUT]->(k:Entity) WHERE type(kr) = $rel
      WITH k, count(DISTINCT e) AS c
      ORDER BY c DESC, k.name
      RETURN collect({key: k.id, name: k.name, count: c}) AS parts
    }
    RETURN type, size(members) AS count, parts
  }
  RETURN n.id AS of, type, count, parts
  ORDER BY of, count DESC, type`;

const MEMBERS = `
  MATCH (n:Entity {id: $id})
  CALL (n) {
    MATCH (n)-[r]-(m:Entity)
    WHERE type(r) <> 'BROADER' AND m.type = $type
      AND ($rel IS NULL OR CASE WHEN $key IS NULL
        THEN NOT EXISTS { (m)-[kr:FOR|ABOUT]->(:Entity) WHERE type(kr) = $rel }
        ELSE EXISTS { (m)-[kr:FOR|ABOUT]->(k:Entity) WHERE type(kr) = $rel AND k.id = $key } END)
    WITH DISTINCT m
    WITH m, COUNT { (m)--() } AS degree
    ORDER BY degree DESC, m.name, m.id
    RETURN collect({node: m, degree: degree}) AS members
  }
  WITH n, size(members) AS total, members[$skip..$skip + $first] AS page
  RETURN total,
    [p IN page | {node: {id: p.node.id, name: p.node.name, type: p.node.type, startYear: p.node.startYear, provSources: p.node.provSources}, degree: p.degree}] AS nodes,
    COLLECT {
      UNWIND page AS p
      WITH p.node AS m
      MATCH (m)-[r]-(o:Entity)
      WHERE o = n OR o.id = $key
      RETURN {id: r.id, type: type(r), source: startNode(r).id, target: endNode(r).id, role: r.role, title: r.title, kind: r.kind,
        provenanceCount: ${PROVENANCE_COUNT('r')}}
    } AS edges`;

interface NeighborGroupRow {
  of: string;
  type: EntityType;
  count: number;
  parts: { key: string | null; name: string | null; count: number }[];
}

/** Neighbours of each entity counted per type; engagements also per client or theme when asked. */
export async function countNeighborGroups(db: Database, ids: string[], engagementsBy: EngagementGrouping | null): Promise<NeighborGroupRow[]> {
  return db.read<NeighborGroupRow>('neighborGroups', COUNTS, { ids, rel: engagementsBy ? KEY_RELATION[engagementsBy] : null });
}

/** One page of the neighbours of `id` of one type (and client or theme), the best connected first. */
export async function neighborGroupMembers(
  db: Database,
  id: string,
  group: { type: EntityType; engagementsBy: EngagementGrouping | null; key: string | null },
  page: { skip: number; first: number },
): Promise<{ total: number; nodes: NeighborhoodNode[]; edges: NeighborhoodEdge[] }> {
  const [row] = await db.read<{ total: number; nodes: { node: EntityRecord; degree: number }[]; edges: NeighborhoodEdge[] }>(
    'neighborGroupMembers',
    MEMBERS,
    {
      id,
      type: group.type,
      rel: group.engagementsBy && group.type === 'ENGAGEMENT' ? KEY_RELATION[group.engagementsBy] : null,
      key: group.key,
      skip: neo4jInt(page.skip),
      first: neo4jInt(page.first),
    },
  );
  return row ?? { total: 0, nodes: [], edges: [] };
}
