/**
 * Gemeenten and regions from the reference data: the lists (one query each), and the batched
 * lookups behind the fields of a gemeente — its herindelingen (successors, predecessors, current
 * successors); its engagements (its predecessors' included) are read by projection.ts and
 * shapedReads.ts, a page at a time. Each batched function takes
 * MANY ids and runs ONE query; every lookup starts from an index (the id constraints, the region
 * kind index of migration 2).
 */
import { int, type Database } from './database.js';
import type { EntityRecord } from './entities.js';
import { Projector, type EntityPlan } from './projection.js';
import type { RegionKind } from '../domain/vocabulary.js';

/** Herindelingen are few and short (at most two steps so far); this bounds every walk along them. */
const MAX_SUCCESSION_STEPS = 20;

const LIST_MUNICIPALITIES = (projection: string) => `
  MATCH (m:Municipality)
  WHERE ($includeDissolved OR m.dissolved IS NULL)
    AND ($province IS NULL OR m.province = $province
         OR (m.dissolved IS NOT NULL
             AND EXISTS { MATCH (m)-[:SUCCEEDED_BY*1..${MAX_SUCCESSION_STEPS}]->(s:Municipality) WHERE s.dissolved IS NULL AND s.province = $province }))
  WITH m ORDER BY m.name LIMIT $limit
  RETURN ${projection} AS node`;

/**
 * The gemeenten by name: current ones, and dissolved ones when asked (those match a province
 * through their current successors: the herindelingen data names no province). Each read with the
 * plan of the selection (projection.ts).
 */
export async function listMunicipalities(
  db: Database,
  opts: { province: string | null; includeDissolved: boolean; limit: number },
  plan: EntityPlan,
): Promise<EntityRecord[]> {
  const p = new Projector();
  const rows = await db.read<{ node: EntityRecord }>('listMunicipalities', LIST_MUNICIPALITIES(p.entity('m', plan)), {
    ...p.params,
    province: opts.province,
    includeDissolved: opts.includeDissolved,
    limit: int(opts.limit),
  });
  return rows.map((r) => r.node);
}

/** The regions by name, optionally of one kind, each read with the plan of the selection. */
export async function listRegions(db: Database, kind: RegionKind | null, limit: number, plan: EntityPlan): Promise<EntityRecord[]> {
  const p = new Projector();
  const rows = await db.read<{ node: EntityRecord }>(
    'listRegions',
    `MATCH (r:Region) WHERE $kind IS NULL OR r.kind = $kind WITH r ORDER BY r.name LIMIT $limit RETURN ${p.entity('r', plan)} AS node`,
    { ...p.params, kind, limit: int(limit) },
  );
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
