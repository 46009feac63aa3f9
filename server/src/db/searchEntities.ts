/**
 * Full-text search over names and aliases (index `entity_search`), ranked, one query per call; each
 * hit read with the plan of the selection (projection.ts): only the properties its fields read.
 *
 * Ranking: the index's relevance, lifted for a name or alias that is the typed text (`$prefix`,
 * folded) or starts with it, so "Westl" puts Westland before Delft en Westland and West Betuwe. The
 * lift is a multiple of the best relevance among the hits, so the score stays "higher is better".
 */
import { int, type Database } from './database.js';
import type { EntityRecord } from './entities.js';
import { Projector, type EntityPlan } from './projection.js';
import { NAME_FOLDING } from '../domain/buildSearchQuery.js';

const search = (projection: string) => `
  CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: 1000}) YIELD node, score
  WHERE $types IS NULL OR node.type IN $types
  WITH node, score, [name IN [node.name] + coalesce(node.aliases, []) | reduce(f = toLower(name), p IN $folding | replace(f, p[0], p[1]))] AS names
  WITH node, score, CASE WHEN $prefix IN names THEN 2 WHEN any(name IN names WHERE name STARTS WITH $prefix) THEN 1 ELSE 0 END AS tier
  WITH collect({node: node, score: score, tier: tier}) AS found, max(score) AS best
  UNWIND found AS hit
  WITH hit.node AS node, hit.score + hit.tier * (best + 1) AS score ORDER BY score DESC, node.name ASC
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
  opts: { types: string[] | null; skip: number; limit: number; plan?: EntityPlan; prefix?: string },
): Promise<{ total: number; hits: SearchHit[] }> {
  const p = new Projector();
  const [row] = await db.read<{ total: number; page: SearchHit[] }>('searchEntities', search(p.entity('n', opts.plan ?? { props: ['name'], abstract: true, nested: [] })), {
    ...p.params,
    query: luceneQuery,
    prefix: opts.prefix ?? '',
    folding: NAME_FOLDING,
    types: opts.types,
    skip: int(opts.skip),
    limit: int(opts.limit),
  });
  return { total: row?.total ?? 0, hits: row?.page ?? [] };
}
