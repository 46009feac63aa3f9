/** Full-text search over names and aliases (index `entity_search`), ranked, one query per call. */
import { int, type Database } from './database.js';
import type { EntityRecord } from './entities.js';

const SEARCH = `
  CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: 1000}) YIELD node, score
  WHERE $types IS NULL OR node.type IN $types
  WITH node, score ORDER BY score DESC, node.name ASC
  WITH collect({node: properties(node), score: score}) AS hits
  RETURN size(hits) AS total, hits[$skip..$skip + $limit] AS page`;

export interface SearchHit {
  node: EntityRecord;
  score: number;
}

export async function searchEntities(
  db: Database,
  luceneQuery: string,
  opts: { types: string[] | null; skip: number; limit: number },
): Promise<{ total: number; hits: SearchHit[] }> {
  const [row] = await db.read<{ total: number; page: SearchHit[] }>('searchEntities', SEARCH, {
    query: luceneQuery,
    types: opts.types,
    skip: int(opts.skip),
    limit: int(opts.limit),
  });
  return { total: row?.total ?? 0, hits: row?.page ?? [] };
}
