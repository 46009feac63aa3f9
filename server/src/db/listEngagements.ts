/**
 * Engagements with filters, ordering and offset paging, plus the total — one query.
 * Themes match narrower themes too (via BROADER*). A gemeente matches engagements for itself, for
 * a region it belongs to, or for an organisation that is part of either; a region likewise.
 */
import { int, type Database } from './database.js';
import type { EntityRecord } from './entities.js';

export interface EngagementFilterInput {
  themes?: string[] | null;
  municipalities?: string[] | null;
  regions?: string[] | null;
  consultancies?: string[] | null;
  persons?: string[] | null;
  clients?: string[] | null;
  from?: number | null;
  to?: number | null;
}

export type EngagementOrder = 'START_DESC' | 'START_ASC' | 'TITLE_ASC';

/** Ordering is one of three constant clauses, chosen from the enum — never from input text. */
const ORDER: Record<EngagementOrder, string> = {
  START_DESC: 'e.startYear IS NULL, e.startYear DESC, e.name ASC',
  START_ASC: 'e.startYear IS NULL, e.startYear ASC, e.name ASC',
  TITLE_ASC: 'e.name ASC',
};

/** The client `c` stands for one of the given gemeenten or regions ($places). */
export const CLIENT_IN_PLACES = `
  c.id IN $places
  OR EXISTS { MATCH (m:Municipality)-[:MEMBER_OF]->(c) WHERE m.id IN $places }
  OR EXISTS { MATCH (c)-[:MEMBER_OF]->(r:Region) WHERE r.id IN $places }
  OR EXISTS { MATCH (c)-[:PART_OF]->(x) WHERE x.id IN $places
              OR EXISTS { MATCH (m2:Municipality)-[:MEMBER_OF]->(x) WHERE m2.id IN $places }
              OR EXISTS { MATCH (x)-[:MEMBER_OF]->(r2:Region) WHERE r2.id IN $places } }`;

const listQuery = (order: EngagementOrder) => `
  MATCH (e:Engagement)
  WHERE ($themes IS NULL OR EXISTS { MATCH (e)-[:ABOUT]->(:Theme)-[:BROADER*0..6]->(t:Theme) WHERE t.id IN $themes })
    AND ($consultancies IS NULL OR EXISTS { MATCH (e)-[:BY]->(k:Consultancy) WHERE k.id IN $consultancies })
    AND ($persons IS NULL OR EXISTS { MATCH (p:Person)-[:WORKED_ON]->(e) WHERE p.id IN $persons })
    AND ($clients IS NULL OR EXISTS { MATCH (e)-[:FOR]->(c) WHERE c.id IN $clients })
    AND ($places IS NULL OR EXISTS { MATCH (e)-[:FOR]->(c) WHERE ${CLIENT_IN_PLACES} })
    AND ($from IS NULL OR e.startYear >= $from)
    AND ($to IS NULL OR e.startYear <= $to)
  WITH e ORDER BY ${ORDER[order]}
  WITH collect(properties(e)) AS rows
  RETURN size(rows) AS total, rows[$skip..$skip + $limit] AS page`;

const QUERIES = Object.fromEntries((Object.keys(ORDER) as EngagementOrder[]).map((o) => [o, listQuery(o)])) as Record<EngagementOrder, string>;

const nonEmpty = (xs?: string[] | null) => (xs && xs.length ? xs : null);

export async function listEngagements(
  db: Database,
  filter: EngagementFilterInput,
  order: EngagementOrder,
  skip: number,
  limit: number,
): Promise<{ total: number; page: EntityRecord[] }> {
  const places = [...(filter.municipalities ?? []), ...(filter.regions ?? [])];
  const [row] = await db.read<{ total: number; page: EntityRecord[] }>('listEngagements', QUERIES[order], {
    themes: nonEmpty(filter.themes),
    consultancies: nonEmpty(filter.consultancies),
    persons: nonEmpty(filter.persons),
    clients: nonEmpty(filter.clients),
    places: nonEmpty(places),
    from: filter.from ?? null,
    to: filter.to ?? null,
    skip: int(skip),
    limit: int(limit),
  });
  return { total: row?.total ?? 0, page: row?.page ?? [] };
}
