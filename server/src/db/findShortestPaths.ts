/**
 * Shortest paths between two entities (allShortestPaths), every step with its relationship and
 * evidence. The maximum length is part of the pattern, so it is chosen from constants 1..6.
 * Thesaurus BROADER hops are left out: "both are under sociaal domein" is not a connection.
 */
import { int, type Database } from './database.js';
import { RELATION_PROJECTION, toRelationRecord, type EntityRecord, type RawRelation, type RelationRecord } from './entities.js';

const pathQuery = (maxLength: number) => `
  OPTIONAL MATCH (a:Entity {id: $from})
  OPTIONAL MATCH (b:Entity {id: $to})
  RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, COLLECT {
    MATCH p = allShortestPaths((a)-[*..${maxLength}]-(b))
    WHERE all(r IN relationships(p) WHERE type(r) <> 'BROADER')
    WITH p LIMIT $first
    RETURN {nodes: [n IN nodes(p) | properties(n)], rels: [r IN relationships(p) | ${RELATION_PROJECTION('r')}]}
  } AS paths`;

const PATH_QUERIES: Record<number, string> = Object.fromEntries([1, 2, 3, 4, 5, 6].map((n) => [n, pathQuery(n)]));

export interface FoundPath {
  nodes: EntityRecord[];
  relations: RelationRecord[];
}

/**
 * The shortest paths between two entities, in one query that also says whether each end exists
 * (so the caller can answer NOT_FOUND without a lookup of its own).
 */
export async function findShortestPaths(
  db: Database,
  from: string,
  to: string,
  maxLength: number,
  first: number,
): Promise<{ fromFound: boolean; toFound: boolean; paths: FoundPath[] }> {
  const query = PATH_QUERIES[maxLength];
  if (!query) throw new Error(`maxLength ${maxLength} is outside 1..6`);
  const [row] = await db.read<{ fromFound: boolean; toFound: boolean; paths: { nodes: EntityRecord[]; rels: RawRelation[] }[] }>('findShortestPaths', query, {
    from,
    to,
    first: int(first),
  });
  return {
    fromFound: row?.fromFound ?? false,
    toFound: row?.toFound ?? false,
    paths: (row?.paths ?? []).map((r) => ({ nodes: r.nodes, relations: r.rels.map(toRelationRecord) })),
  };
}
