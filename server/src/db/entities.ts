/**
 * Batched lookups behind the GraphQL field resolvers: entities, relationships and sources by id.
 * Each function takes MANY ids and runs ONE query, so a list of 100 rows costs one round trip.
 */
import { int, type Database } from './database.js';
import { ENTITY_LABELS, type EntityType, type RelationType, type SourceKind } from '../domain/vocabulary.js';
import { Projector, type EntityPlan } from './projection.js';
import { relationId } from '../domain/relationRules.js';
import { CITES_SOURCE } from './provenance.js';
import { cachedPerWrite } from './cachedPerWrite.js';

type Props = Record<string, unknown>;

/**
 * A node's properties as stored (id, type, name, aliases, provenance lists, …). `type` is one of
 * the vocabulary's entity types: only the writers in this folder create entities, and they take
 * the type from the allow-list.
 */
export type EntityRecord = Props & { id: string; type: EntityType; name: string };

/** A relationship with both endpoints' properties, so resolvers need no further query. */
export interface RelationRecord {
  id: string;
  type: RelationType;
  from: string;
  to: string;
  props: Props;
  fromNode: EntityRecord;
  toNode: EntityRecord;
}

export type SourceRecord = Props & { id: string; title: string; kind: SourceKind };

export type Direction = 'OUTGOING' | 'INCOMING' | 'BOTH';

const ENTITIES_BY_ID = `
  UNWIND $ids AS id
  MATCH (n:Entity {id: id})
  RETURN properties(n) AS node`;

export async function entitiesByIds(db: Database, ids: readonly string[]): Promise<Map<string, EntityRecord>> {
  const rows = await db.read<{ node: EntityRecord }>('entitiesByIds', ENTITIES_BY_ID, { ids: [...new Set(ids)] });
  return new Map(rows.map((r) => [r.node.id, r.node]));
}

/** Relationship projection shared by every query that returns relationships. */
export const RELATION_PROJECTION = (r: string) =>
  `{ type: type(${r}), props: properties(${r}), fromNode: properties(startNode(${r})), toNode: properties(endNode(${r})) }`;

export interface RawRelation {
  type: RelationType;
  props: Props;
  fromNode: EntityRecord;
  toNode: EntityRecord;
}

export function toRelationRecord(raw: RawRelation): RelationRecord {
  return {
    id: typeof raw.props.id === 'string' ? raw.props.id : relationId(raw.fromNode.id, raw.type, raw.toNode.id),
    type: raw.type,
    from: raw.fromNode.id,
    to: raw.toNode.id,
    props: raw.props,
    fromNode: raw.fromNode,
    toNode: raw.toNode,
  };
}

const RELATIONS_OF = `
  UNWIND $ids AS id
  MATCH (n:Entity {id: id})
  OPTIONAL MATCH (n)-[r]-(m:Entity)
  WHERE ($types IS NULL OR type(r) IN $types)
    AND ($direction = 'BOTH'
         OR ($direction = 'OUTGOING' AND startNode(r) = n)
         OR ($direction = 'INCOMING' AND endNode(r) = n))
  WITH id, r, m ORDER BY m.name
  RETURN id, collect(${RELATION_PROJECTION('r')}) AS rels`;

/** The relationships of many entities, restricted to some types and a direction (one query). */
export async function relationsOf(
  db: Database,
  ids: readonly string[],
  types: readonly RelationType[] | null,
  direction: Direction,
): Promise<Map<string, RelationRecord[]>> {
  const rows = await db.read<{ id: string; rels: (RawRelation | { type: null })[] }>('relationsOf', RELATIONS_OF, {
    ids: [...new Set(ids)],
    types: types ? [...types] : null,
    direction,
  });
  return new Map(rows.map((row) => [row.id, row.rels.filter((r): r is RawRelation => r.type !== null).map(toRelationRecord)]));
}

const RELATION_BY_ID = `
  MATCH (a:Entity {id: $from})-[r]->(b:Entity {id: $to})
  WHERE type(r) = $type
  RETURN ${RELATION_PROJECTION('r')} AS rel`;

export async function relationById(db: Database, from: string, type: RelationType, to: string): Promise<RelationRecord | null> {
  const [row] = await db.read<{ rel: RawRelation }>('relationById', RELATION_BY_ID, { from, type, to });
  return row ? toRelationRecord(row.rel) : null;
}

const SOURCES_BY_ID = `
  UNWIND $ids AS id
  MATCH (s:Source {id: id})
  RETURN properties(s) AS source`;

export async function sourcesByIds(db: Database, ids: readonly string[]): Promise<Map<string, SourceRecord>> {
  const rows = await db.read<{ source: SourceRecord }>('sourcesByIds', SOURCES_BY_ID, { ids: [...new Set(ids)] });
  return new Map(rows.map((r) => [r.source.id, r.source]));
}

const SOURCE_FACT_COUNTS = `
  UNWIND $ids AS sid
  CALL (sid) {
    MATCH (n:Entity) WHERE ${CITES_SOURCE('n', 'sid')} RETURN count(n) AS nodes
  }
  CALL (sid) {
    MATCH (:Entity)-[r]->(:Entity) WHERE ${CITES_SOURCE('r', 'sid')} RETURN count(r) AS rels
  }
  RETURN sid AS id, nodes + rels AS count`;

export async function sourceFactCounts(db: Database, ids: readonly string[]): Promise<Map<string, number>> {
  const rows = await db.read<{ id: string; count: number }>('sourceFactCounts', SOURCE_FACT_COUNTS, { ids: [...new Set(ids)] });
  return new Map(rows.map((r) => [r.id, r.count]));
}

const ALL_SOURCES = 'MATCH (s:Source) RETURN properties(s) AS source ORDER BY s.title';

export async function allSources(db: Database): Promise<SourceRecord[]> {
  return (await db.read<{ source: SourceRecord }>('allSources', ALL_SOURCES)).map((r) => r.source);
}

/**
 * Every source by id, kept until the graph changes (cachedPerWrite.ts): the sources are few and
 * nearly every answer with evidence names some, so a request needs no query for them. A source
 * added elsewhere in the last minute is not in it yet: the loader reads what it misses.
 */
export function cachedSources(db: Database): Promise<Map<string, SourceRecord>> {
  return cachedPerWrite(db, 'sources', async () => new Map((await allSources(db)).map((s) => [s.id, s])));
}

/**
 * The entities of one type by name (the label, from the allow-list), each read with the plan of the
 * selection (projection.ts) — its properties and relationship fields in this one query.
 */
export async function entitiesOfType(db: Database, type: EntityType, opts: { limit: number; plan: EntityPlan }): Promise<EntityRecord[]> {
  const p = new Projector();
  const rows = await db.read<{ node: EntityRecord }>(
    'entitiesOfType',
    `MATCH (n:${ENTITY_LABELS[type]}) WITH n ORDER BY n.name LIMIT $limit RETURN ${p.entity('n', opts.plan)} AS node`,
    { ...p.params, limit: int(opts.limit) },
  );
  return rows.map((r) => r.node);
}
