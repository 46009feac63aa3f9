/**
 * Full-text search over names and aliases (index `entity_search`), ranked, one query per call; each
 * hit read with the plan of the selection (projection.ts): only the properties its fields read.
 */
import { int, type Database } from './database.js';
import type { EntityRecord } from './entities.js';
import { Projector, type EntityPlan } from './projection.js';

const search = (projection: string) => `
  CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: 1000}) YIELD node, score
  WHERE $types IS NULL OR node.type IN $types
  WITH node, score ORDER BY score DESC, node.name ASC
  WITH collect({node: node, score: score}) AS hits
  RETURN size(hits) AS total, COLLECT {
    UNWIND range($skip, $skip + $limit - 1) AS i
    WITH hits[i] AS hit, i WHERE hit IS NOT NULL
    WITH hit.node AS n, hit.score AS score, i ORDER BY i
    RETURN {node: ${projection}, score: score}
  } AS page`;

export interface SearchHit {
  node: EntityRecord;
  score: number;
}

export async function searchEntities(
  db: Database,
  luceneQuery: string,
  opts: { types: string[] | null; skip: number; limit: number; plan?: EntityPlan },
): Promise<{ total: number; hits: SearchHit[] }> {
  const p = new Projector();
  const [row] = await db.read<{ total: number; page: SearchHit[] }>('searchEntities', search(p.entity('n', opts.plan ?? { props: ['name'], abstract: true, nested: [] })), {
    ...p.params,
    query: luceneQuery,
    types: opts.types,
    skip: int(opts.skip),
    limit: int(opts.limit),
  });
  return { total: row?.total ?? 0, hits: row?.page ?? [] };
}
