/**
 * Gemeenten and regions from the reference data: the lists (one query each), and the batched
 * lookups behind the fields of a gemeente — its herindelingen (successors, predecessors, current
 * successors) and its engagements including those of its predecessors. Each batched function takes
 * MANY ids and runs ONE query; every lookup starts from an index (the id constraints, the region
 * kind index of migration 2).
 */
import { int, type Database } from './database.js';
import type { EntityRecord } from './entities.js';
import type { RegionKind } from '../domain/vocabulary.js';

/** Herindelingen are few and short (at most two steps so far); this bounds every walk along them. */
const MAX_SUCCESSION_STEPS = 20;

const LIST_MUNICIPALITIES = `
  MATCH (m:Municipality)
  WHERE ($includeDissolved OR m.dissolved IS NULL)
    AND ($province IS NULL OR m.province = $province
         OR (m.dissolved IS NOT NULL
             AND EXISTS { MATCH (m)-[:SUCCEEDED_BY*1..${MAX_SUCCESSION_STEPS}]->(s:Municipality) WHERE s.dissolved IS NULL AND s.province = $province }))
  RETURN properties(m) AS node ORDER BY m.name LIMIT $limit`;

/**
 * The gemeenten by name: current ones, and dissolved ones when asked (those match a province
 * through their current successors: the herindelingen data names no province).
 */
export async function listMunicipalities(db: Database, opts: { province: string | null; includeDissolved: boolean; limit: number }): Promise<EntityRecord[]> {
  const rows = await db.read<{ node: EntityRecord }>('listMunicipalities', LIST_MUNICIPALITIES, {
    province: opts.province,
    includeDissolved: opts.includeDissolved,
    limit: int(opts.limit),
  });
  return rows.map((r) => r.node);
}

const LIST_REGIONS = `
  MATCH (r:Region) WHERE $kind IS NULL OR r.kind = $kind
  RETURN properties(r) AS node ORDER BY r.name LIMIT $limit`;

/** The regions by name, optionally of one kind. */
export async function listRegions(db: Database, kind: RegionKind | null, limit: number): Promise<EntityRecord[]> {
  const rows = await db.read<{ node: EntityRecord }>('listRegions', LIST_REGIONS, { kind, limit: int(limit) });
  return rows.map((r) => r.node);
}

/** One step of a herindeling as a field needs it: the year, the other gemeente, the evidence. */
export interface SuccessionRecord {
  year: number | null;
  /** The relationship's properties (provenance among them). */
  props: Record<string, unknown>;
  municipality: EntityRecord;
}

export interface Successions {
  successors: SuccessionRecord[];
  predecessors: SuccessionRecord[];
  /** The current gemeenten at the end of the chain (empty for a current gemeente). */
  current: EntityRecord[];
}

const SUCCESSIONS = `
  UNWIND $ids AS id
  MATCH (m:Municipality {id: id})
  RETURN id,
    COLLECT { MATCH (m)-[r:SUCCEEDED_BY]->(s:Municipality)
              RETURN {year: r.year, props: properties(r), municipality: properties(s)} AS x ORDER BY s.name } AS successors,
    COLLECT { MATCH (p:Municipality)-[r:SUCCEEDED_BY]->(m)
              RETURN {year: r.year, props: properties(r), municipality: properties(p)} AS x ORDER BY r.year DESC, p.name } AS predecessors,
    COLLECT { MATCH (m)-[:SUCCEEDED_BY*1..${MAX_SUCCESSION_STEPS}]->(c:Municipality) WHERE c.dissolved IS NULL
              WITH DISTINCT c RETURN properties(c) AS x ORDER BY c.name } AS current`;

/** The herindelingen of many gemeenten (one query). */
export async function successionsOf(db: Database, ids: readonly string[]): Promise<Map<string, Successions>> {
  const rows = await db.read<{ id: string } & Successions>('successionsOf', SUCCESSIONS, { ids: [...new Set(ids)] });
  return new Map(rows.map(({ id, ...s }) => [id, s]));
}

const ENGAGEMENTS_WITH_PREDECESSORS = `
  UNWIND $ids AS id
  MATCH (m:Municipality {id: id})
  RETURN id, COLLECT {
    MATCH (e:Engagement)-[:FOR]->(m) RETURN properties(e) AS x
    UNION
    MATCH (e:Engagement)-[:FOR]->(:Municipality)-[:SUCCEEDED_BY*1..${MAX_SUCCESSION_STEPS}]->(m) RETURN properties(e) AS x
  } AS engagements`;

/**
 * The engagements for each gemeente or for one of its predecessors, transitively (one query):
 * West Betuwe's include those for Geldermalsen. By name.
 */
export async function engagementsWithPredecessors(db: Database, ids: readonly string[]): Promise<Map<string, EntityRecord[]>> {
  const rows = await db.read<{ id: string; engagements: EntityRecord[] }>('engagementsWithPredecessors', ENGAGEMENTS_WITH_PREDECESSORS, {
    ids: [...new Set(ids)],
  });
  return new Map(rows.map((r) => [r.id, [...r.engagements].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))]));
}
