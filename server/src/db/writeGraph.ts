/**
 * Writes a GraphDocument in ONE transaction with UNWIND batches: MERGE on stable keys (entity id,
 * source id, (from, type, to) for relationships), provenance added without duplicates. Loading the
 * same document twice changes nothing; a failure leaves the graph as it was.
 *
 * The one checked write path of every bulk load (seed, import, reference import, synth) and of
 * intake's accepted proposals, so it is built for speed: one query per entity label and per
 * relationship type (labels and types are literals, never per-row work), batches of 2,000 rows,
 * relationships sent as columns (no map per row; their id built in Cypher; the evidence of a new
 * one set as sent, merged only on an existing one), and all batches of a transaction sent at once
 * (pipelined on its connection) so the server never waits for the next one (docs/benchmarks.md
 * has the load rates); the type-conflict, erasure and dangling-endpoint checks ride along in the
 * pipeline.
 *
 * mode 'keep' (seeding): properties are set only on creation, so corrections users made later are
 * never overwritten and nothing is deleted. mode 'overwrite' (import): properties are set as given.
 * mode 'refresh' (the CBS reference import): new nodes and relationships get everything; existing
 * ones only their reference-owned properties (reference/referenceProperties.ts: a gemeente's name
 * and figures, a membership's end, a herindeling's year), and aliases are merged, never replaced —
 * curated facts stay as they are.
 */
import { int, type Database, type WriteTx } from './database.js';
import { RESERVED_PROPERTIES, aliasText, type EntityNode, type GraphDocument, type RelationEdge } from '../domain/graphDocument.js';
import { ENTITY_LABELS, ENTITY_TYPES, RELATION_TYPES, type EntityType, type RelationType } from '../domain/vocabulary.js';
import { KennisgraafError } from '../domain/errors.js';
import { MERGE_PROVENANCE, encodeProvenance } from './provenance.js';
import { RELATION_REFERENCE_PROPERTIES, referenceOwnedProperties } from '../reference/referenceProperties.js';
import { FIND_ERASED, FIND_ERASED_NAMES, erasedNameError, erasedPersonError, erasureKeysOf, peopleByName, type ErasedNameHit } from './erasures.js';

export type WriteMode = 'keep' | 'overwrite' | 'refresh';
const WRITE_MODES: readonly WriteMode[] = ['keep', 'overwrite', 'refresh'];

/**
 * Rows per UNWIND. Big enough that a bulk load is a few hundred queries, not thousands; small
 * enough that one query's parameters stay around a megabyte.
 */
const BATCH = 2_000;

const WRITE_SOURCES = `
  UNWIND $rows AS row
  MERGE (s:Source {id: row.id})
  SET s += row.props`;

const FIND_TYPE_CONFLICTS = `
  UNWIND $rows AS row
  MATCH (n:Entity {id: row.id}) WHERE n.type <> row.type
  RETURN row.id AS id, n.type AS existing, row.type AS wanted`;

/** What an existing entity gets, per mode. */
const ON_MATCH: Record<WriteMode, string> = {
  keep: '',
  overwrite: 'ON MATCH SET n += row.props',
  // Only the reference-owned properties (row.refresh); aliases merged, aliasText (one alias per line) rebuilt.
  refresh: `ON MATCH SET n += row.refresh, n.aliases = coalesce(n.aliases, []) + [a IN row.props.aliases WHERE NOT a IN coalesce(n.aliases, [])]
  SET n.aliasText = reduce(t = '', i IN range(0, size(n.aliases) - 1) | t + CASE WHEN i = 0 THEN '' ELSE '\\n' END + n.aliases[i])`,
};

const entityQuery = (label: string, mode: WriteMode) => `
  UNWIND $rows AS row
  MERGE (n:Entity {id: row.id})
  ON CREATE SET n:${label}, n += row.props
  ${ON_MATCH[mode]}
  ${MERGE_PROVENANCE('n')}
  RETURN count(*) AS written`;

/**
 * Relationships travel as columns, not as a map per row: `$from`, `$to`, `$props` (the stored
 * properties without `id`), `$sources` and `$quotes` (the encoded evidence), `$refresh` in mode
 * 'refresh' — row i is index i of each. That is less to pack and unpack than 2,000 maps with the
 * same seven keys, and the id (`from|TYPE|to`, relationRules.relationId) is built here instead of
 * sent. A new relationship gets its evidence as sent (encodeProvenance has removed duplicate
 * pairs); only an existing one whose evidence differs goes through MERGE_PROVENANCE.
 */
const REL_ON_MATCH: Record<WriteMode, string> = {
  keep: '',
  overwrite: 'ON MATCH SET r += $props[i]',
  refresh: 'ON MATCH SET r += $refresh[i]',
};

const relationQuery = (type: RelationType, mode: WriteMode) => `
  UNWIND range(0, size($from) - 1) AS i
  MATCH (a:Entity {id: $from[i]})
  MATCH (b:Entity {id: $to[i]})
  MERGE (a)-[r:${type}]->(b)
  ON CREATE SET r += $props[i], r.id = $from[i] + '|${type}|' + $to[i], r.provSources = $sources[i], r.provQuotes = $quotes[i]
  ${REL_ON_MATCH[mode]}
  WITH r, {provSources: $sources[i], provQuotes: $quotes[i]} AS row
  CALL (r, row) {
    WITH r, row WHERE coalesce(r.provSources, []) <> row.provSources OR coalesce(r.provQuotes, []) <> row.provQuotes
    ${MERGE_PROVENANCE('r')}
  }
  RETURN count(*) AS written`;

// Built once from the allow-lists: labels and types never come from input.
const ENTITY_QUERIES = Object.fromEntries(
  WRITE_MODES.map((mode) => [mode, Object.fromEntries(ENTITY_TYPES.map((t) => [t, entityQuery(ENTITY_LABELS[t], mode)]))]),
) as Record<WriteMode, Record<EntityType, string>>;
const RELATION_QUERIES = Object.fromEntries(
  WRITE_MODES.map((mode) => [mode, Object.fromEntries(RELATION_TYPES.map((t) => [t, relationQuery(t, mode)]))]),
) as Record<WriteMode, Record<RelationType, string>>;

/** The part of `props` a refresh may change on an existing node or relationship. */
function pick(props: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).filter(([k]) => keys.includes(k)));
}

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
  return props;
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
  // Every query is sent at once and runs in order on the transaction's connection (the driver
  // pipelines them): packing the next batch overlaps the database's work on this one.
  const pending: Promise<void>[] = [];
  const send = <T extends Record<string, unknown>>(cypher: string, params: Record<string, unknown>, check?: (rows: T[]) => void) =>
    pending.push(tx.run<T>(cypher, params).then((rows) => check?.(rows)));
  for (const rows of chunks(doc.sources.map((s) => ({ id: s.id, props: { ...stripNulls(s.properties), id: s.id, title: s.title, kind: s.kind } })))) {
    send(WRITE_SOURCES, { rows });
  }
  send<{ id: string; existing: string; wanted: string }>(FIND_TYPE_CONFLICTS, { rows: doc.entities.map((e) => ({ id: e.id, type: e.type })) }, (conflicts) => {
    const c = conflicts[0];
    if (c) throw new KennisgraafError('CONFLICT', `Entity "${c.id}" already exists as ${c.existing}, not ${c.wanted}; nothing was written.`);
  });
  // An erased person (AVG) never comes back: one indexed lookup of the erasure keys of the people written.
  // A new person with the name of an erased one is refused too (createEntity with an admin's confirmNotErased lets someone else of that name in).
  const persons = doc.entities.filter((e) => e.type === 'PERSON');
  const people = erasureKeysOf(persons.map((e) => e.id));
  if (people.keys.length) {
    send<{ key: string; at: string }>(FIND_ERASED, { keys: people.keys }, ([hit]) => {
      if (hit) throw erasedPersonError(people.idOf.get(hit.key) ?? hit.key, hit.at);
    });
    send<ErasedNameHit & Record<string, unknown>>(FIND_ERASED_NAMES, { people: peopleByName(persons) }, ([hit]) => {
      if (hit) throw erasedNameError(hit.id, hit.key, hit.at);
    });
  }
  for (const type of ENTITY_TYPES) {
    const owned = referenceOwnedProperties(type);
    const rows = doc.entities.filter((e) => e.type === type).map((e) => {
      const props = nodeProps(e);
      return { id: e.id, props, ...(mode === 'refresh' ? { refresh: pick(props, owned) } : {}), ...encodeProvenance(e.provenance) };
    });
    for (const batch of chunks(rows)) send(ENTITY_QUERIES[mode][type], { rows: batch });
  }
  for (const type of RELATION_TYPES) {
    const rels = doc.relations.filter((r) => r.type === type);
    for (let at = 0; at < rels.length; at += BATCH) {
      const batch = rels.slice(at, at + BATCH);
      const cols: { from: string[]; to: string[]; props: Record<string, unknown>[]; sources: string[][]; quotes: string[][]; refresh?: Record<string, unknown>[] } = {
        from: [],
        to: [],
        props: [],
        sources: [],
        quotes: [],
        ...(mode === 'refresh' ? { refresh: [] } : {}),
      };
      for (const r of batch) {
        const props = relProps(r);
        const evidence = encodeProvenance(r.provenance);
        cols.from.push(r.from);
        cols.to.push(r.to);
        cols.props.push(props);
        cols.sources.push(evidence.provSources);
        cols.quotes.push(evidence.provQuotes);
        cols.refresh?.push(pick(props, RELATION_REFERENCE_PROPERTIES));
      }
      send<{ written: number }>(RELATION_QUERIES[mode][type], cols, ([res]) => {
        if ((res?.written ?? 0) !== batch.length) {
          throw new KennisgraafError('BAD_INPUT', `Some ${type} relationships point to entities that do not exist; nothing was written.`);
        }
      });
    }
  }
  // The first failure (in order) is the one to report; the transaction is rolled back.
  const failed = (await Promise.allSettled(pending)).find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
  return { sources: doc.sources.length, entities: doc.entities.length, relations: doc.relations.length };
}

export function writeGraph(db: Database, doc: GraphDocument, mode: WriteMode): Promise<WriteSummary> {
  return db.write('writeGraph', (tx) => writeGraphInTx(tx, doc, mode));
}

function stripNulls(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined).map(([k, v]) => [k, storable(v)]));
}
