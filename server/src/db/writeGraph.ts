/**
 * Writes a GraphDocument in ONE transaction with UNWIND batches: MERGE on stable keys (entity id,
 * source id, (from, type, to) for relationships), provenance added without duplicates. Loading the
 * same document twice changes nothing; a failure leaves the graph as it was.
 *
 * mode 'keep' (seeding): properties are set only on creation, so corrections users made later are
 * never overwritten and nothing is deleted. mode 'overwrite' (import): properties are set as given.
 */
import { int, type Database, type WriteTx } from './database.js';
import { relationId } from '../domain/relationRules.js';
import { RESERVED_PROPERTIES, aliasText, type EntityNode, type GraphDocument, type RelationEdge } from '../domain/graphDocument.js';
import { ENTITY_LABELS, ENTITY_TYPES, RELATION_TYPES, type EntityType, type RelationType } from '../domain/vocabulary.js';
import { KennisgraafError } from '../domain/errors.js';
import { MERGE_PROVENANCE, encodeProvenance } from './provenance.js';

export type WriteMode = 'keep' | 'overwrite';

const BATCH = 500;

const WRITE_SOURCES = `
  UNWIND $rows AS row
  MERGE (s:Source {id: row.id})
  SET s += row.props`;

const FIND_TYPE_CONFLICTS = `
  UNWIND $rows AS row
  MATCH (n:Entity {id: row.id}) WHERE n.type <> row.type
  RETURN row.id AS id, n.type AS existing, row.type AS wanted`;

const entityQuery = (label: string, mode: WriteMode) => `
  UNWIND $rows AS row
  MERGE (n:Entity {id: row.id})
  ON CREATE SET n:${label}, n += row.props
  ${mode === 'overwrite' ? 'ON MATCH SET n += row.props' : ''}
  ${MERGE_PROVENANCE('n')}
  RETURN count(*) AS written`;

const relationQuery = (type: RelationType, mode: WriteMode) => `
  UNWIND $rows AS row
  MATCH (a:Entity {id: row.from})
  MATCH (b:Entity {id: row.to})
  MERGE (a)-[r:${type}]->(b)
  ON CREATE SET r += row.props
  ${mode === 'overwrite' ? 'ON MATCH SET r += row.props' : ''}
  ${MERGE_PROVENANCE('r')}
  RETURN count(*) AS written`;

// Built once from the allow-lists: labels and types never come from input.
const ENTITY_QUERIES = {
  keep: Object.fromEntries(ENTITY_TYPES.map((t) => [t, entityQuery(ENTITY_LABELS[t], 'keep')])),
  overwrite: Object.fromEntries(ENTITY_TYPES.map((t) => [t, entityQuery(ENTITY_LABELS[t], 'overwrite')])),
} as Record<WriteMode, Record<EntityType, string>>;
const RELATION_QUERIES = {
  keep: Object.fromEntries(RELATION_TYPES.map((t) => [t, relationQuery(t, 'keep')])),
  overwrite: Object.fromEntries(RELATION_TYPES.map((t) => [t, relationQuery(t, 'overwrite')])),
} as Record<WriteMode, Record<RelationType, string>>;

/** Whole numbers are stored as Cypher integers (years, populations), not floats. */
export function storable(v: unknown): unknown {
  return typeof v === 'number' && Number.isInteger(v) ? int(v) : v;
}

function nodeProps(e: EntityNode): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(e.properties)) if (!RESERVED_PROPERTIES.has(k) && v !== null) props[k] = storable(v);
  return { ...props, id: e.id, type: e.type, name: e.name, aliases: e.aliases, aliasText: aliasText(e.aliases) };
}

function relProps(r: RelationEdge): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(r.properties)) if (!RESERVED_PROPERTIES.has(k) && v !== null) props[k] = storable(v);
  return { ...props, id: relationId(r.from, r.type, r.to) };
}

function chunks<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += BATCH) out.push(rows.slice(i, i + BATCH));
  return out;
}

export interface WriteSummary {
  sources: number;
  entities: number;
  relations: number;
}

/** Writes inside an open transaction (so callers can combine it with other work). */
export async function writeGraphInTx(tx: WriteTx, doc: GraphDocument, mode: WriteMode): Promise<WriteSummary> {
  for (const rows of chunks(doc.sources.map((s) => ({ id: s.id, props: { ...stripNulls(s.properties), id: s.id, title: s.title, kind: s.kind } })))) {
    await tx.run(WRITE_SOURCES, { rows });
  }
  const conflicts = await tx.run<{ id: string; existing: string; wanted: string }>(FIND_TYPE_CONFLICTS, {
    rows: doc.entities.map((e) => ({ id: e.id, type: e.type })),
  });
  if (conflicts.length) {
    const c = conflicts[0]!;
    throw new KennisgraafError('CONFLICT', `Entity "${c.id}" already exists as ${c.existing}, not ${c.wanted}; nothing was written.`);
  }
  for (const type of ENTITY_TYPES) {
    const rows = doc.entities.filter((e) => e.type === type).map((e) => ({ id: e.id, props: nodeProps(e), ...encodeProvenance(e.provenance) }));
    for (const batch of chunks(rows)) await tx.run(ENTITY_QUERIES[mode][type], { rows: batch });
  }
  for (const type of RELATION_TYPES) {
    const rows = doc.relations.filter((r) => r.type === type).map((r) => ({ from: r.from, to: r.to, props: relProps(r), ...encodeProvenance(r.provenance) }));
    for (const batch of chunks(rows)) {
      const [res] = await tx.run<{ written: number }>(RELATION_QUERIES[mode][type], { rows: batch });
      if ((res?.written ?? 0) !== batch.length) {
        throw new KennisgraafError('BAD_INPUT', `Some ${type} relationships point to entities that do not exist; nothing was written.`);
      }
    }
  }
  return { sources: doc.sources.length, entities: doc.entities.length, relations: doc.relations.length };
}

export function writeGraph(db: Database, doc: GraphDocument, mode: WriteMode): Promise<WriteSummary> {
  return db.write('writeGraph', (tx) => writeGraphInTx(tx, doc, mode));
}

function stripNulls(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined).map(([k, v]) => [k, storable(v)]));
}
