/**
 * Curation writes. Each function is ONE transaction: it checks its input against the graph
 * (sources exist, endpoints exist, the relation rules hold) and writes, or throws and writes
 * nothing. Labels and relationship types come from the allow-lists (domain/vocabulary.ts).
 */
import { isDeepStrictEqual } from 'node:util';
import type { Database, WriteTx } from './database.js';
import { SYSTEM_AUDIT, recordAudit, type AuditContext } from './audit.js';
import { assertNotErased } from './erasures.js';
import { RELATION_RULES, relationId, relationRuleViolation } from '../domain/relationRules.js';
import {
  DEFAULT_REGION_KIND,
  ENTITY_LABELS,
  ENTITY_TYPES,
  PARTIAL_DATE_RULE,
  RELATION_TYPES,
  isPartialDate,
  isRelationType,
  quoteProblem,
  yearOf,
  type EntityType,
  type RelationType,
} from '../domain/vocabulary.js';
import { KennisgraafError, badInput, notFound } from '../domain/errors.js';
import { aliasText } from '../domain/graphDocument.js';
import { storable } from './writeGraph.js';
import { ENCODED_PROVENANCE_OF, MERGE_PROVENANCE, encodeProvenance, type EncodedProvenance } from './provenance.js';
import { RELATION_PROJECTION, toRelationRecord, type EntityRecord, type RawRelation, type RelationRecord, type SourceRecord } from './entities.js';

export interface ProvenanceInput {
  sourceId: string;
  quote: string;
}

/** Entity fields a curator may set, per type. */
const FIELDS: Record<EntityType, string[]> = {
  MUNICIPALITY: ['cbsCode', 'province', 'population', 'populationYear'],
  REGION: ['province'],
  ORGANIZATION: ['kind', 'website'],
  CONSULTANCY: ['website'],
  PERSON: [],
  THEME: ['description'],
  ENGAGEMENT: ['summary', 'start', 'end', 'status'],
};

const SOURCES_EXIST = 'UNWIND $ids AS id OPTIONAL MATCH (s:Source {id: id}) RETURN id, s IS NOT NULL AS found';

async function checkProvenance(tx: WriteTx, provenance: ProvenanceInput[]): Promise<EncodedProvenance> {
  if (!provenance || provenance.length === 0) {
    throw badInput('Provenance is required: give at least one { sourceId, quote } that supports this fact (createSource adds a new source).', {
      argument: 'provenance',
    });
  }
  provenance.forEach((p, i) => {
    const problem = quoteProblem(p.quote.trim());
    if (problem) throw badInput(`provenance[${i}].quote: ${problem}`, { argument: `provenance[${i}].quote` });
  });
  const rows = await tx.run<{ id: string; found: boolean }>(SOURCES_EXIST, { ids: provenance.map((p) => p.sourceId) });
  const missing = rows.filter((r) => !r.found).map((r) => r.id);
  if (missing.length) throw badInput(`Unknown source(s): ${missing.join(', ')}. Create the source first (createSource).`, { argument: 'provenance' });
  return encodeProvenance(provenance.map((p) => ({ source: p.sourceId, quote: p.quote.trim() })));
}

function pickFields(type: EntityType, input: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(input)) {
    if (['type', 'id', 'name', 'aliases', 'provenance', 'confirmNotErased'].includes(key)) continue;
    if (input[key] === undefined || input[key] === null) continue;
    if (!FIELDS[type].includes(key)) throw badInput(`Field "${key}" does not apply to ${type}; allowed: ${FIELDS[type].join(', ') || '(none)'}.`, { argument: key });
    out[key] = storable(input[key]);
  }
  for (const key of ['start', 'end'] as const) {
    const value = out[key];
    if (typeof value === 'string' && !isPartialDate(value)) throw badInput(`${key} must be ${PARTIAL_DATE_RULE}.`, { argument: key });
  }
  if (typeof out.start === 'string') out.startYear = storable(yearOf(out.start));
  return out;
}

const CREATE_SOURCE = 'CREATE (s:Source) SET s = $props RETURN properties(s) AS source';
const GET_SOURCE = 'MATCH (s:Source {id: $id}) RETURN properties(s) AS source';

/** True when the stored properties are exactly what a create would write: the create already happened (a retry). */
function sameProperties(stored: Record<string, unknown>, written: Record<string, unknown>): boolean {
  const keys = (o: Record<string, unknown>) => Object.keys(o).filter((k) => o[k] !== null && o[k] !== undefined).sort();
  return isDeepStrictEqual(keys(stored), keys(written)) && keys(written).every((k) => isDeepStrictEqual(stored[k], written[k]));
}

/**
 * A create is safe to retry (docs/API.md): when the id exists with exactly what this create would
 * write, the existing record is the answer (and no second audit entry); an id that exists with
 * other data is a CONFLICT that names it.
 */
export async function createSource(db: Database, props: Record<string, unknown>, audit: AuditContext = SYSTEM_AUDIT): Promise<SourceRecord> {
  return db.write('createSource', async (tx) => {
    const [existing] = await tx.run<{ source: SourceRecord }>(GET_SOURCE, { id: props.id });
    if (existing) {
      if (sameProperties(existing.source, props)) return existing.source;
      throw new KennisgraafError(
        'CONFLICT',
        `A source with id "${String(props.id)}" already exists with other data (title "${existing.source.title}"); nothing was written. Cite that source (provenance sourceId), or give the new one another \`id\`. Sending the same createSource again returns the existing source.`,
        { id: props.id },
      );
    }
    const [row] = await tx.run<{ source: SourceRecord }>(CREATE_SOURCE, { props });
    await recordAudit(tx, audit, { operation: 'createSource', entityIds: [row!.source.id], after: row!.source });
    return row!.source;
  });
}

const ENTITY_EXISTS = 'OPTIONAL MATCH (n:Entity {id: $id}) RETURN n IS NOT NULL AS found, properties(n) AS node';
const createEntityQuery = (label: string) => `CREATE (n:Entity:${label}) SET n = $props RETURN properties(n) AS node`;
const CREATE_ENTITY = Object.fromEntries(ENTITY_TYPES.map((t) => [t, createEntityQuery(ENTITY_LABELS[t])])) as Record<EntityType, string>;

export async function createEntity(
  db: Database,
  input: { type: EntityType; id: string; name: string; aliases: string[]; provenance: ProvenanceInput[]; confirmNotErased?: boolean | null } & Record<string, unknown>,
  audit: AuditContext = SYSTEM_AUDIT,
): Promise<EntityRecord> {
  return db.write('createEntity', async (tx) => {
    const prov = await checkProvenance(tx, input.provenance);
    const [exists] = await tx.run<{ found: boolean; node: EntityRecord | null }>(ENTITY_EXISTS, { id: input.id });
    // An admin's confirmNotErased lets in someone else with an erased person's name (the resolver checked the role; the audit records it).
    const overridden = input.type === 'PERSON' && !exists?.found ? await assertNotErased(tx, [input], { confirmNotErased: input.confirmNotErased === true }) : [];
    const props = {
      ...pickFields(input.type, input),
      id: input.id,
      type: input.type,
      name: input.name.trim(),
      aliases: input.aliases,
      aliasText: aliasText(input.aliases),
      // A region a curator adds is a samenwerkingsverband; COROP regions and veiligheidsregio's come from the reference data.
      ...(input.type === 'REGION' ? { kind: DEFAULT_REGION_KIND } : {}),
      ...prov,
    };
    if (exists?.found && exists.node) {
      if (sameProperties(exists.node, props)) return exists.node;
      throw new KennisgraafError(
        'CONFLICT',
        `An entity with id "${input.id}" already exists with other data (${exists.node.type} "${exists.node.name}"); nothing was written. Use updateEntity to change it, mergeEntities for a duplicate, or give the new one another \`id\`. Sending the same createEntity again returns the existing entity.`,
        { id: input.id },
      );
    }
    const [row] = await tx.run<{ node: EntityRecord }>(CREATE_ENTITY[input.type], { props });
    await recordAudit(tx, audit, {
      operation: 'createEntity',
      entityIds: [input.id],
      after: row!.node,
      ...(overridden.length ? { reason: `confirmNotErased: not the person erased as ${overridden.join(', ')}` } : {}),
    });
    return row!.node;
  });
}

const GET_ENTITY = 'MATCH (n:Entity {id: $id}) RETURN properties(n) AS node';
const UPDATE_ENTITY = `
  MATCH (n:Entity {id: $id})
  SET n += $props
  WITH n, $prov AS row
  ${MERGE_PROVENANCE('n')}
  RETURN properties(n) AS node`;

export async function updateEntity(
  db: Database,
  id: string,
  input: { name?: string | null; aliases?: string[] | null; provenance: ProvenanceInput[] } & Record<string, unknown>,
  audit: AuditContext = SYSTEM_AUDIT,
): Promise<EntityRecord> {
  return db.write('updateEntity', async (tx) => {
    const prov = await checkProvenance(tx, input.provenance);
    const [current] = await tx.run<{ node: EntityRecord }>(GET_ENTITY, { id });
    if (!current) throw notFound('entity', id);
    const props: Record<string, unknown> = pickFields(current.node.type, input);
    if (input.name) props.name = input.name.trim();
    if (input.aliases) {
      props.aliases = input.aliases;
      props.aliasText = aliasText(input.aliases);
    }
    const [row] = await tx.run<{ node: EntityRecord }>(UPDATE_ENTITY, { id, props, prov });
    await recordAudit(tx, audit, { operation: 'updateEntity', entityIds: [id], before: current.node, after: row!.node });
    return row!.node;
  });
}

const DELETE_ENTITY = `
  MATCH (n:Entity {id: $id})
  WITH n, COUNT { (n)--() } AS rels, properties(n) AS node
  DETACH DELETE n
  RETURN rels, node`;

export async function deleteEntity(db: Database, id: string, audit: AuditContext = SYSTEM_AUDIT): Promise<{ deleted: boolean; relationsRemoved: number }> {
  return db.write('deleteEntity', async (tx) => {
    const [row] = await tx.run<{ rels: number; node: EntityRecord }>(DELETE_ENTITY, { id });
    if (!row) throw notFound('entity', id);
    await recordAudit(tx, audit, { operation: 'deleteEntity', entityIds: [id], before: { ...row.node, relationsRemoved: row.rels } });
    return { deleted: true, relationsRemoved: row.rels };
  });
}

const ENDPOINTS = `
  OPTIONAL MATCH (a:Entity {id: $from})
  OPTIONAL MATCH (b:Entity {id: $to})
  RETURN a.type AS fromType, b.type AS toType`;

const addRelationQuery = (type: RelationType) => `
  MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
  MERGE (a)-[r:${type}]->(b)
  ON CREATE SET r.id = $id
  SET r += $props
  WITH r, $prov AS row
  ${MERGE_PROVENANCE('r')}
  RETURN ${RELATION_PROJECTION('r')} AS rel`;
const ADD_RELATION = Object.fromEntries(RELATION_TYPES.map((t) => [t, addRelationQuery(t)])) as Record<RelationType, string>;

export async function addRelation(
  db: Database,
  input: { type: RelationType; from: string; to: string; role?: string | null; title?: string | null; kind?: string | null; provenance: ProvenanceInput[] },
  audit: AuditContext = SYSTEM_AUDIT,
): Promise<RelationRecord> {
  if (!RELATION_RULES[input.type]) throw badInput(`Unknown relation type ${input.type}.`);
  return db.write('addRelation', async (tx) => {
    const prov = await checkProvenance(tx, input.provenance);
    const [ends] = await tx.run<{ fromType: EntityType | null; toType: EntityType | null }>(ENDPOINTS, { from: input.from, to: input.to });
    if (!ends?.fromType) throw notFound('entity', input.from);
    if (!ends.toType) throw notFound('entity', input.to);
    const violation = relationRuleViolation(input.type, ends.fromType, ends.toType, input);
    if (violation) throw badInput(violation);
    const props: Record<string, string> = {};
    if (input.role) props.role = input.role;
    if (input.title) props.title = input.title;
    if (input.kind) props.kind = input.kind;
    const [row] = await tx.run<{ rel: RawRelation }>(ADD_RELATION[input.type], {
      from: input.from,
      to: input.to,
      id: relationId(input.from, input.type, input.to),
      props,
      prov,
    });
    const rel = toRelationRecord(row!.rel);
    await recordAudit(tx, audit, { operation: 'addRelation', entityIds: [input.from, input.to], relationIds: [rel.id], after: row!.rel });
    return rel;
  });
}

const REMOVE_RELATION = `
  MATCH (a:Entity {id: $from})-[r]->(b:Entity {id: $to})
  WHERE type(r) = $type
  WITH r, properties(r) AS props
  DELETE r
  RETURN count(*) AS removed, collect(props)[0] AS before`;

/** Splits a relation id `<from>|<TYPE>|<to>`, refusing anything else. */
export function parseRelationId(id: string): { from: string; type: RelationType; to: string } {
  const [from, type, to, ...rest] = id.split('|');
  if (!from || !to || rest.length || !isRelationType(type)) {
    throw badInput(`"${id}" is not a relation id; relation ids look like "person-x|WORKED_ON|eng-y".`, { argument: 'id' });
  }
  return { from, type, to };
}

export async function removeRelation(db: Database, id: string, audit: AuditContext = SYSTEM_AUDIT): Promise<{ deleted: boolean }> {
  const parsed = parseRelationId(id);
  return db.write('removeRelation', async (tx) => {
    const [row] = await tx.run<{ removed: number; before: Record<string, unknown> | null }>(REMOVE_RELATION, parsed);
    if (!row?.removed) throw notFound('relation', id);
    await recordAudit(tx, audit, { operation: 'removeRelation', entityIds: [parsed.from, parsed.to], relationIds: [id], before: row.before });
    return { deleted: true };
  });
}

/** Moves the duplicate's relationships of one type to the survivor (constant query per type and direction). */
const moveQuery = (type: RelationType, outgoing: boolean) => `
  MATCH (d:Entity {id: $dup})${outgoing ? '-' : '<-'}[old:${type}]${outgoing ? '->' : '-'}(x:Entity)
  WHERE x.id <> $surv
  MATCH (s:Entity {id: $surv})
  WITH old, s, x, properties(old) AS oldProps
  DELETE old
  MERGE (${outgoing ? 's' : 'x'})-[r:${type}]->(${outgoing ? 'x' : 's'})
  ON CREATE SET r = oldProps, r.id = ${outgoing ? 's.id' : 'x.id'} + '|${type}|' + ${outgoing ? 'x.id' : 's.id'}
  WITH r, ${ENCODED_PROVENANCE_OF('oldProps')} AS row
  ${MERGE_PROVENANCE('r')}
  RETURN count(*) AS moved`;
const MOVES = RELATION_TYPES.flatMap((t) => [moveQuery(t, true), moveQuery(t, false)]);

const MERGE_NODES = `
  MATCH (s:Entity {id: $surv}), (d:Entity {id: $dup})
  WITH s, d, properties(d) AS dp
  DETACH DELETE d
  WITH s, dp, [a IN coalesce(s.aliases, []) + [dp.name] + coalesce(dp.aliases, []) WHERE a <> s.name] AS names
  WITH s, dp, reduce(acc = [], a IN names | CASE WHEN a IN acc THEN acc ELSE acc + a END) AS aliases
  SET s.aliases = aliases,
      s.aliasText = reduce(t = '', a IN aliases | t + CASE WHEN t = '' THEN '' ELSE '\n' END + a)
  WITH s, ${ENCODED_PROVENANCE_OF('dp')} AS row
  ${MERGE_PROVENANCE('s')}
  RETURN properties(s) AS node`;

export async function mergeEntities(db: Database, survivorId: string, duplicateId: string, audit: AuditContext = SYSTEM_AUDIT): Promise<EntityRecord> {
  if (survivorId === duplicateId) throw badInput('survivorId and duplicateId are the same entity.');
  return db.write('mergeEntities', async (tx) => {
    const [ends] = await tx.run<{ fromType: EntityType | null; toType: EntityType | null }>(ENDPOINTS, { from: survivorId, to: duplicateId });
    if (!ends?.fromType) throw notFound('entity', survivorId);
    if (!ends.toType) throw notFound('entity', duplicateId);
    if (ends.fromType !== ends.toType) throw badInput(`Only entities of one type can be merged (${survivorId} is ${ends.fromType}, ${duplicateId} is ${ends.toType}).`);
    const [survivor] = await tx.run<{ node: EntityRecord }>(GET_ENTITY, { id: survivorId });
    const [duplicate] = await tx.run<{ node: EntityRecord }>(GET_ENTITY, { id: duplicateId });
    for (const q of MOVES) await tx.run(q, { surv: survivorId, dup: duplicateId });
    const [row] = await tx.run<{ node: EntityRecord }>(MERGE_NODES, { surv: survivorId, dup: duplicateId });
    await recordAudit(tx, audit, {
      operation: 'mergeEntities',
      entityIds: [survivorId, duplicateId],
      before: { survivor: survivor!.node, duplicate: duplicate!.node },
      after: row!.node,
    });
    return row!.node;
  });
}

