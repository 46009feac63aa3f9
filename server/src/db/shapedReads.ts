/**
 * The reads behind selection-shaped fields (projection.ts): one entity by id read with the plan of
 * its selection, and — for the per-request loaders, when a list of entities was not read with a
 * plan — the engagement pages and counts of many entities in one query.
 */
import type { Database } from './database.js';
import type { EntityRecord } from './entities.js';
import { Projector, type EngagementSource, type EntityPlan } from './projection.js';
import { ENTITY_LABELS, type EntityType } from '../domain/vocabulary.js';

/** One entity of a given type, with the properties and relationship fields its plan asks for. */
export async function entityWithPlan(db: Database, type: EntityType, id: string, plan: EntityPlan): Promise<EntityRecord | null> {
  const p = new Projector();
  const [row] = await db.read<{ node: EntityRecord }>(`${type.toLowerCase()}WithPlan`, `MATCH (x:${ENTITY_LABELS[type]} {id: $id}) RETURN ${p.entity('x', plan)} AS node`, { ...p.params, id });
  return row?.node ?? null;
}

const WHOLE: EntityPlan = { props: [], all: true, nested: [] };

/** A page of the engagements of each of many entities (whole records), one query. */
export async function engagementPagesOf(
  db: Database,
  ids: readonly string[],
  source: EngagementSource,
  page: { first: number; after: string | null },
): Promise<Map<string, EntityRecord[]>> {
  const p = new Projector();
  const rows = await db.read<{ id: string; page: EntityRecord[] }>(
    'engagementPagesOf',
    `UNWIND $ids AS id MATCH (x:Entity {id: id}) RETURN id, ${p.engagementPage('x', source, page, WHOLE)} AS page`,
    { ...p.params, ids: [...new Set(ids)] },
  );
  return new Map(rows.map((r) => [r.id, r.page]));
}

/** The number of engagements of each of many entities, one query. */
export async function engagementCountsOf(db: Database, ids: readonly string[], source: EngagementSource): Promise<Map<string, number>> {
  const p = new Projector();
  const rows = await db.read<{ id: string; count: number }>(
    'engagementCountsOf',
    `UNWIND $ids AS id MATCH (x:Entity {id: id}) RETURN id, ${p.engagementCount('x', source)} AS count`,
    { ...p.params, ids: [...new Set(ids)] },
  );
  return new Map(rows.map((r) => [r.id, r.count]));
}
