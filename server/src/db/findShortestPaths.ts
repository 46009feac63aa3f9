/**
 * Paths between two entities, every step with its relationship and evidence: "via wie ken ik
 * iemand bij Den Helder?".
 *
 * What a path may pass through (its inner nodes): people, organisations, bureaus, gemeenten and
 * regions as clients, and engagements. Themes and the CBS regions (COROP, veiligheidsregio: the
 * reference data's grouping of gemeenten) only when the caller asks (`via`): a shared theme word
 * or a shared COROP region is not an acquaintance. The ends themselves may be anything — a path
 * from a theme starts with its ABOUT or FACES step. Thesaurus BROADER hops are never followed.
 *
 * Several paths, ranked: the k shortest (SHORTEST k, k = `first`; distinct paths; one that visits
 * a node twice is dropped), shorter first and, among equally short ones, the one whose weakest step
 * has the most evidence, then the most evidence in all. The maximum length and k are part of the
 * pattern, so they are literals: 1..6 and 1..maxPaths (config.ts). Only per-step predicates, so the
 * search prunes as it goes: a path-wide predicate (no node twice) inside the pattern made the
 * planner enumerate every trail and timed out on a theme hub.
 */
import { int, type Database } from './database.js';
import { toRelationRecord, type EntityRecord, type RawRelation, type RelationRecord } from './entities.js';
import { Projector, type EntityPlan } from './projection.js';
import { PROVENANCE_COUNT } from './provenance.js';

/** What a path may pass through besides people, organisations, bureaus, clients and engagements (`PathVia`). */
export type PathVia = 'THEMES' | 'CBS_REGIONS';

/** The Region kinds of the CBS reference data (not samenwerkingsverbanden, which are clients). */
const CBS_REGION_KINDS = ['COROP', 'VEILIGHEIDSREGIO'];

/** The query for the `k` shortest paths of at most `maxLength` steps (literals), nodes read as `node(x)` says. */
const pathQuery = (maxLength: number, k: number, node: (x: string) => string) => `
  OPTIONAL MATCH (a:Entity {id: $from})
  OPTIONAL MATCH (b:Entity {id: $to})
  RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, COLLECT {
    MATCH p = SHORTEST ${k} (a) (()-[r WHERE NOT r:BROADER]-(x:Entity)
             WHERE x = b OR (($themes OR NOT x:Theme) AND ($cbsRegions OR NOT (x:Region AND x.kind IN $cbsKinds)))){1,${maxLength}} (b)
    WITH p WHERE all(i IN range(0, length(p) - 1) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..])
    WITH p, [s IN relationships(p) | ${PROVENANCE_COUNT('s')}] AS evidence
    WITH p, reduce(m = head(evidence), e IN evidence | CASE WHEN e < m THEN e ELSE m END) AS weakest,
         reduce(t = 0, e IN evidence | t + e) AS total
    ORDER BY length(p), weakest DESC, total DESC
    LIMIT $first
    RETURN {nodes: [n IN nodes(p) | ${node('n')}],
            rels: [r IN relationships(p) | {type: type(r), props: properties(r),
                                            fromNode: [s IN [startNode(r)] | ${node('s')}][0], toNode: [e IN [endNode(r)] | ${node('e')}][0]}]}
  } AS paths`;

export interface FoundPath {
  nodes: EntityRecord[];
  relations: RelationRecord[];
}

/**
 * The best paths between two entities, in one query that also says whether each end exists
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
  /** What else a path may pass through. */
  via: readonly PathVia[] = [],
): Promise<{ fromFound: boolean; toFound: boolean; paths: FoundPath[] }> {
  if (![1, 2, 3, 4, 5, 6].includes(maxLength)) throw new Error(`maxLength ${maxLength} is outside 1..6`);
  if (!Number.isInteger(first) || first < 1 || first > 100) throw new Error(`first ${first} is outside 1..100`);
  const projector = new Projector();
  const query = pathQuery(maxLength, first, (x) => projector.entity(x, { ...plan, nested: [] }));
  const [row] = await db.read<{ fromFound: boolean; toFound: boolean; paths: { nodes: EntityRecord[]; rels: RawRelation[] }[] }>('findShortestPaths', query, {
    ...projector.params,
    from,
    to,
    first: int(first),
    themes: via.includes('THEMES'),
    cbsRegions: via.includes('CBS_REGIONS'),
    cbsKinds: CBS_REGION_KINDS,
  });
  return {
    fromFound: row?.fromFound ?? false,
    toFound: row?.toFound ?? false,
    paths: (row?.paths ?? []).map((r) => ({ nodes: r.nodes, relations: r.rels.map(toRelationRecord) })),
  };
}
