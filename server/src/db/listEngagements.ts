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
import { Projector, type EntityPlan } from './projection.js';
import { ATTRIBUTION_WAYS } from './engagementAttribution.js';

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

/** Cypher: engagement `e` is about one of `$themes` or a theme narrower than one (the thesaurus nests at most 6 deep). */
export const ABOUT_THEMES = (e: string) => `EXISTS { MATCH (${e})-[:ABOUT]->(:Theme)-[:BROADER*0..6]->(t:Theme) WHERE t.id IN $themes }`;
/** Cypher: engagement `e` was done by one of `$consultancies`. */
export const BY_CONSULTANCIES = (e: string) => `EXISTS { MATCH (${e})-[:BY]->(k:Consultancy) WHERE k.id IN $consultancies }`;

/** Cypher: the engagements `e` that match the filter (parameters as in filterParams). */
const MATCHING_ENGAGEMENTS = `
  ${EXPAND_PLACES}
  MATCH (e:Engagement)
  WHERE ($themes IS NULL OR ${ABOUT_THEMES('e')})
    AND ($consultancies IS NULL OR ${BY_CONSULTANCIES('e')})
    AND ($persons IS NULL OR EXISTS { MATCH (p:Person)-[:WORKED_ON]->(e) WHERE p.id IN $persons })
    AND ($clients IS NULL OR EXISTS { MATCH (e)-[:FOR]->(c) WHERE c.id IN $clients })
    AND (places IS NULL OR EXISTS { MATCH (e)-[:FOR]->(c) WHERE ${CLIENT_IN_PLACES} })
    AND ($from IS NULL OR e.startYear >= $from)
    AND ($to IS NULL OR e.startYear <= $to)`;

/**
 * The engagements matching a filter, starting from the most selective criterion given — a person,
 * a client, a bureau, a theme (and its narrower themes), a place — through its index and
 * relationships, never from every engagement (only a filter on years alone, or none, reads the
 * year index or the label); the other criteria are checked on what that gives. Yields `e`, distinct.
 * The text depends only on which criteria are given (constant fragments), the values are $parameters.
 */
export function matchingEngagements(f: ReturnType<typeof filterParams>): string {
  const checks: string[] = [];
  let anchor: string;
  if (f.persons) anchor = 'UNWIND $persons AS pid MATCH (:Person {id: pid})-[:WORKED_ON]->(e:Engagement)';
  else if (f.clients) anchor = 'UNWIND $clients AS cid MATCH (:Entity {id: cid})<-[:FOR]-(e:Engagement)';
  else if (f.consultancies) anchor = 'UNWIND $consultancies AS kid MATCH (:Consultancy {id: kid})<-[:BY]-(e:Engagement)';
  else if (f.themes) anchor = 'UNWIND $themes AS tid MATCH (:Theme {id: tid})<-[:BROADER*0..6]-(:Theme)<-[:ABOUT]-(e:Engagement)';
  else if (f.places) anchor = PLACES_ANCHOR;
  else if (f.from !== null || f.to !== null) anchor = 'MATCH (e:Engagement) WHERE e.startYear >= coalesce($from, -1000000) AND e.startYear <= coalesce($to, 1000000)';
  else anchor = 'MATCH (e:Engagement)';
  if (f.clients && f.persons) checks.push('EXISTS { MATCH (e)-[:FOR]->(c) WHERE c.id IN $clients }');
  if (f.consultancies && (f.persons || f.clients)) checks.push(BY_CONSULTANCIES('e'));
  if (f.themes && (f.persons || f.clients || f.consultancies)) {
    checks.push(ABOUT_THEMES('e'));
  }
  if (f.places && (f.persons || f.clients || f.consultancies || f.themes)) checks.push(`EXISTS { MATCH (e)-[:FOR]->(c) WHERE ${CLIENT_IN_PLACES} }`);
  if (f.from !== null) checks.push('e.startYear >= $from');
  if (f.to !== null) checks.push('e.startYear <= $to');
  const scope = f.places ? 'places' : '';
  return `
  ${f.places ? EXPAND_PLACES : ''}
  CALL (${scope}) { ${anchor} RETURN DISTINCT e }
  WITH e${f.places ? ', places' : ''} ${checks.length ? `WHERE ${checks.join(' AND ')}` : ''}`;
}

/**
 * The engagements for a client that stands for one of \`places\` (as CLIENT_IN_PLACES says), found
 * from the places: the client is the place; a region the place (a gemeente) is a member of; a
 * member of the place (a region); an organisation part of the place, of a region the place is a
 * member of, or of a member of the place.
 */
const PLACES_ANCHOR = `
    UNWIND places AS pid MATCH (p:Entity {id: pid})
    CALL (p) {
      MATCH (p)<-[:FOR]-(e:Engagement) RETURN e
      UNION MATCH (p:Municipality)-[:MEMBER_OF]->(:Entity)<-[:FOR]-(e:Engagement) RETURN e
      UNION MATCH (p:Region)<-[:MEMBER_OF]-(:Entity)<-[:FOR]-(e:Engagement) RETURN e
      UNION MATCH (p)<-[:PART_OF]-(:Entity)<-[:FOR]-(e:Engagement) RETURN e
      UNION MATCH (p:Municipality)-[:MEMBER_OF]->(:Entity)<-[:PART_OF]-(:Entity)<-[:FOR]-(e:Engagement) RETURN e
      UNION MATCH (p:Region)<-[:MEMBER_OF]-(:Entity)<-[:PART_OF]-(:Entity)<-[:FOR]-(e:Engagement) RETURN e
    }`;

/**
 * Per current gemeente: the matching engagements for it or a predecessor (`count`), and the others
 * for an organisation part of it, a region one of them is a member of or an organisation part of
 * such a region (`viaRegion`) — the attribution of db/engagementAttribution.ts, which the detail
 * panel and the comparison use too: together what `engagements(filter: {municipalities: [id]})` counts.
 */
const COUNTS_PER_MUNICIPALITY = `
  ${MATCHING_ENGAGEMENTS}
  WITH collect(e) AS matching
  MATCH (m:Municipality) WHERE m.dissolved IS NULL
  CALL (m, matching) {
    CALL (m) { ${ATTRIBUTION_WAYS('m')} }
    WITH e, min(rank) AS rank WHERE e IN matching
    RETURN count(CASE WHEN rank <= 1 THEN e END) AS count, count(CASE WHEN rank > 1 THEN e END) AS viaRegion
  }
  RETURN properties(m) AS municipality, count, viaRegion
  ORDER BY m.name`;

const nonEmpty = (xs?: string[] | null) => (xs && xs.length ? xs : null);

export function filterParams(filter: EngagementFilterInput) {
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

export interface EngagementPage {
  /** All matching engagements; null when not asked for (it costs a pass over all of them). */
  total: number | null;
  page: EntityRecord[];
  /** Whether there are more after this page. */
  more: boolean;
}

/**
 * A page of the engagements matching a filter, in one query, each engagement read with the plan of
 * the selection (projection.ts): its properties and relationship fields in the same query.
 */
export async function listEngagements(
  db: Database,
  filter: EngagementFilterInput,
  order: EngagementOrder,
  skip: number,
  limit: number,
  opts: { plan: EntityPlan; total: boolean },
): Promise<EngagementPage> {
  const params = filterParams(filter);
  const p = new Projector();
  // The matches are collected as references (no property read), then only the page is sorted out
  // of them (ORDER BY … LIMIT keeps the best few, it does not sort them all).
  const cypher = `${matchingEngagements(params)}
  WITH collect(e) AS matched
  CALL (matched) {
    UNWIND matched AS e
    WITH e ORDER BY ${ORDER[order]} SKIP $skip LIMIT $limit + 1
    RETURN collect(e) AS found
  }
  RETURN ${opts.total ? 'size(matched)' : 'null'} AS total, size(found) > $limit AS more,
         COLLECT { UNWIND range(0, size(found) - 1) AS i WITH found[i] AS e, i WHERE i < $limit
                   WITH e ORDER BY i RETURN ${p.entity('e', opts.plan)} AS v } AS page`;
  const [row] = await db.read<EngagementPage>('listEngagements', cypher, { ...params, ...p.params, skip: int(skip), limit: int(limit) });
  return row ?? { total: 0, page: [], more: false };
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
