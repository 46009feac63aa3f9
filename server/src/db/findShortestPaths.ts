/**
 * Shortest paths between two entities (allShortestPaths), every step with its relationship and
 * evidence. The maximum length is part of the pattern, so it is chosen from constants 1..6.
 * Thesaurus BROADER hops are left out: "both are under sociaal domein" is not a connection.
 */
import { int, type Database } from './database.js';
import { toRelationRecord, type EntityRecord, type RawRelation, type RelationRecord } from './entities.js';
import { Projector, type EntityPlan } from './projection.js';

/** The query for paths of at most `maxLength` steps (1..6, a literal), nodes read as `node(x)` says. */
const pathQuery = (maxLength: number, node: (x: string) => string) => `
  OPTIONAL MATCH (a:Entity {id: $from})
  OPTIONAL MATCH (b:Entity {id: $to})
  RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, COLLECT {
    MATCH p = allShortestPaths((a)-[*..${maxLength}]-(b))
    WHERE all(r IN relationships(p) WHERE type(r) <> 'BROADER')
    WITH p LIMIT $first
    RETURN {nodes: [n IN nodes(p) | ${node('n')}],
            rels: [r IN relationships(p) | {type: type(r), props: properties(r),
                                            fromNode: [s IN [startNode(r)] | ${node('s')}][0], toNode: [e IN [endNode(r)] | ${node('e')}][0]}]}
  } AS paths`;

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
  /** What the selection reads of the entities on the paths (projection.ts; none of their relationship fields). */
  plan: EntityPlan = { props: [], all: true, nested: [] },
): Promise<{ fromFound: boolean; toFound: boolean; paths: FoundPath[] }> {
  if (![1, 2, 3, 4, 5, 6].includes(maxLength)) throw new Error(`maxLength ${maxLength} is outside 1..6`);
  const projector = new Projector();
  const query = pathQuery(maxLength, (x) => projector.entity(x, { ...plan, nested: [] }));
  const [row] = await db.read<{ fromFound: boolean; toFound: boolean; paths: { nodes: EntityRecord[]; rels: RawRelation[] }[] }>('findShortestPaths', query, {
    ...projector.params,
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
