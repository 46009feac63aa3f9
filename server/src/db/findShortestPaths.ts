/**
 * Shortest paths between two entities (allShortestPaths), every step with its relationship and
 * evidence. The maximum length is part of the pattern, so it is chosen from constants 1..6.
 * Thesaurus BROADER hops are left out: "both are under sociaal domein" is not a connection.
 */
import { int, type Database } from './database.js';
import { RELATION_PROJECTION, toRelationRecord, type EntityRecord, type RawRelation, type RelationRecord } from './entities.js';

const pathQuery = (maxLength: number) => `
  MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
  MATCH p = allShortestPaths((a)-[*..${maxLength}]-(b))
  WHERE all(r IN relationships(p) WHERE type(r) <> 'BROADER')
  WITH p LIMIT $first
  RETURN [n IN nodes(p) | properties(n)] AS nodes,
         [r IN relationships(p) | ${RELATION_PROJECTION('r')}] AS rels`;

const PATH_QUERIES: Record<number, string> = Object.fromEntries([1, 2, 3, 4, 5, 6].map((n) => [n, pathQuery(n)]));

export interface FoundPath {
  nodes: EntityRecord[];
  relations: RelationRecord[];
}

export async function findShortestPaths(db: Database, from: string, to: string, maxLength: number, first: number): Promise<FoundPath[]> {
  const query = PATH_QUERIES[maxLength];
  if (!query) throw new Error(`maxLength ${maxLength} is outside 1..6`);
  const rows = await db.read<{ nodes: EntityRecord[]; rels: RawRelation[] }>('findShortestPaths', query, { from, to, first: int(first) });
  return rows.map((r) => ({ nodes: r.nodes, relations: r.rels.map(toRelationRecord) }));
}
