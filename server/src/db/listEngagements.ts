/**
 * Engagements with filters, ordering and offset paging, plus the total — one query; and the same
 * filter counted per gemeente for the map (municipalityEngagementCounts) — one query.
 * Themes match narrower themes too (via BROADER*). A gemeente stands for itself and its
 * predecessors (SUCCEEDED_BY*, transitively: West Betuwe for Geldermalsen too) and matches
 * engagements for any of them, for a region one of them belongs to, or for an organisation that is
 * part of one of those; a region likewise.
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

/** Herindelingen are few and short (at most two steps so far); this bounds the walk back. */
const MAX_SUCCESSION_STEPS = 20;

/**
 * Cypher: the ids of the given places ($places, gemeenten and regions) and of the gemeenten that
 * went into them (their predecessors, transitively), as `places`; null when $places is null.
 */
const EXPAND_PLACES = `
  WITH CASE WHEN $places IS NULL THEN null
       ELSE $places + COLLECT { UNWIND $places AS pid
                                MATCH (:Municipality {id: pid})<-[:SUCCEEDED_BY*1..${MAX_SUCCESSION_STEPS}]-(p:Municipality)
                                RETURN DISTINCT p.id } END AS places`;

/** The client `c` stands for one of the places in the list `places`. */
const CLIENT_IN_PLACES = `
  c.id IN places
  OR EXISTS { MATCH (m:Municipality)-[:MEMBER_OF]->(c) WHERE m.id IN places }
  OR EXISTS { MATCH (c)-[:MEMBER_OF]->(r:Region) WHERE r.id IN places }
  OR EXISTS { MATCH (c)-[:PART_OF]->(x) WHERE x.id IN places
              OR EXISTS { MATCH (m2:Municipality)-[:MEMBER_OF]->(x) WHERE m2.id IN places }
              OR EXISTS { MATCH (x)-[:MEMBER_OF]->(r2:Region) WHERE r2.id IN places } }`;

/** Cypher: the engagements `e` that match the filter (parameters as in filterParams). */
const MATCHING_ENGAGEMENTS = `
  ${EXPAND_PLACES}
  MATCH (e:Engagement)
  WHERE ($themes IS NULL OR EXISTS { MATCH (e)-[:ABOUT]->(:Theme)-[:BROADER*0..6]->(t:Theme) WHERE t.id IN $themes })
    AND ($consultancies IS NULL OR EXISTS { MATCH (e)-[:BY]->(k:Consultancy) WHERE k.id IN $consultancies })
    AND ($persons IS NULL OR EXISTS { MATCH (p:Person)-[:WORKED_ON]->(e) WHERE p.id IN $persons })
    AND ($clients IS NULL OR EXISTS { MATCH (e)-[:FOR]->(c) WHERE c.id IN $clients })
    AND (places IS NULL OR EXISTS { MATCH (e)-[:FOR]->(c) WHERE ${CLIENT_IN_PLACES} })
    AND ($from IS NULL OR e.startYear >= $from)
    AND ($to IS NULL OR e.startYear <= $to)`;

const listQuery = (order: EngagementOrder) => `
  ${MATCHING_ENGAGEMENTS}
  WITH e ORDER BY ${ORDER[order]}
  WITH collect(properties(e)) AS rows
  RETURN size(rows) AS total, rows[$skip..$skip + $limit] AS page`;

/**
 * Per current gemeente: the matching engagements for it or a predecessor (`count`), and the others
 * for a region one of them is a member of or an organisation part of one of them or of such a
 * region (`viaRegion`): together what `engagements(filter: {municipalities: [id]})` counts.
 */
const COUNTS_PER_MUNICIPALITY = `
  ${MATCHING_ENGAGEMENTS}
  WITH collect(e) AS matching
  MATCH (m:Municipality) WHERE m.dissolved IS NULL
  WITH matching, m, [m] + COLLECT { MATCH (p:Municipality)-[:SUCCEEDED_BY*1..${MAX_SUCCESSION_STEPS}]->(m) RETURN DISTINCT p } AS own
  WITH matching, m, own, COLLECT { UNWIND own AS o MATCH (o)-[:MEMBER_OF]->(r:Region) RETURN DISTINCT r } AS regions
  WITH m, own, regions, matching,
       COLLECT { UNWIND own AS o MATCH (e:Engagement)-[:FOR]->(o) WHERE e IN matching RETURN DISTINCT e } AS direct
  WITH m, direct, COLLECT {
         UNWIND regions AS r MATCH (e:Engagement)-[:FOR]->(r) WHERE e IN matching AND NOT e IN direct RETURN e
         UNION
         UNWIND own + regions AS x MATCH (e:Engagement)-[:FOR]->(:Organization)-[:PART_OF]->(x) WHERE e IN matching AND NOT e IN direct RETURN e
       } AS via
  RETURN properties(m) AS municipality, size(direct) AS count, size(via) AS viaRegion
  ORDER BY m.name`;

const QUERIES = Object.fromEntries((Object.keys(ORDER) as EngagementOrder[]).map((o) => [o, listQuery(o)])) as Record<EngagementOrder, string>;

const nonEmpty = (xs?: string[] | null) => (xs && xs.length ? xs : null);

function filterParams(filter: EngagementFilterInput) {
  return {
    themes: nonEmpty(filter.themes),
    consultancies: nonEmpty(filter.consultancies),
    persons: nonEmpty(filter.persons),
    clients: nonEmpty(filter.clients),
    places: nonEmpty([...(filter.municipalities ?? []), ...(filter.regions ?? [])]),
    from: filter.from ?? null,
    to: filter.to ?? null,
  };
}

export async function listEngagements(
  db: Database,
  filter: EngagementFilterInput,
  order: EngagementOrder,
  skip: number,
  limit: number,
): Promise<{ total: number; page: EntityRecord[] }> {
  const [row] = await db.read<{ total: number; page: EntityRecord[] }>('listEngagements', QUERIES[order], {
    ...filterParams(filter),
    skip: int(skip),
    limit: int(limit),
  });
  return { total: row?.total ?? 0, page: row?.page ?? [] };
}

export interface MunicipalityCountRecord {
  municipality: EntityRecord;
  count: number;
  viaRegion: number;
}

/** Every current gemeente with its numbers of matching engagements (one query). */
export function countEngagementsPerMunicipality(db: Database, filter: EngagementFilterInput): Promise<MunicipalityCountRecord[]> {
  return db.read<{ municipality: EntityRecord; count: number; viaRegion: number }>('countEngagementsPerMunicipality', COUNTS_PER_MUNICIPALITY, filterParams(filter));
}
