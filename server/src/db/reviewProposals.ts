/**
 * A curator's review of intake proposals, each call ONE transaction. Accepting writes through the
 * graph's own write path (writeGraph: MERGE on ids, provenance appended without duplicates) with
 * the article as source and the proposal's sentence as quote: a new entity, this article's evidence
 * on a linked existing one, or a relationship (its pending endpoints are accepted along). Rejecting
 * marks the proposal REJECTED (so intake does not propose it again) and rejects the pending
 * relations of a rejected entity. Accepting twice changes nothing.
 */
import type { WriteTx, Database } from './database.js';
import { writeGraphInTx } from './writeGraph.js';
import { SYSTEM_AUDIT, recordAudit, type AuditContext } from './audit.js';
import { toProposalRecord } from './readProposals.js';
import type { AcceptRemainingResultRef, ProposalRecord, ReviewProgressRecord, ReviewResultRef } from './proposalRecords.js';
import { GRAPH_FORMAT, GRAPH_FORMAT_VERSION, type EntityNode, type RelationEdge } from '../domain/graphDocument.js';
import { relationId, relationRuleViolation } from '../domain/relationRules.js';
import { ENTITY_TYPES, entityIdFor, quoteProblem, slugify, yearOf, type EntityType, type ParticipationRole } from '../domain/vocabulary.js';
import { KennisgraafError, badInput, notFound } from '../domain/errors.js';

export interface ProposalEditsInput {
  type?: EntityType | null;
  name?: string | null;
  role?: ParticipationRole | null;
  title?: string | null;
  quote?: string | null;
  linkToEntityId?: string | null;
}

const SOURCE_OF_PROPOSAL = 'MATCH (p:Proposal {id: $id}) RETURN p.sourceId AS sourceId';
const LOAD = `
  MATCH (p:Proposal {sourceId: $sourceId})
  WITH collect(properties(p)) AS proposals
  OPTIONAL MATCH (t:SourceText {sourceId: $sourceId})
  RETURN proposals, t.text AS text`;
const ENTITY_TYPES_OF = 'UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n.id AS id, n.type AS type';
const UPDATE = `
  UNWIND $rows AS row
  MATCH (p:Proposal {id: row.id})
  SET p += row.set
  RETURN count(*) AS updated`;

interface Plan {
  proposals: Map<string, ProposalRecord>;
  snapshot: string;
  sourceId: string;
  entities: EntityNode[];
  relations: RelationEdge[];
  /** Proposal id → properties to set. */
  updates: Map<string, Record<string, unknown>>;
  /** Entity ids that exist in the graph, with their types. */
  known: Map<string, EntityType>;
  now: string;
}

const isDecided = (p: ProposalRecord) => p.status !== 'PENDING';
const isAccepted = (p: ProposalRecord) => p.status === 'ACCEPTED' || p.status === 'EDITED';

async function loadPlan(tx: WriteTx, sourceId: string): Promise<Plan> {
  const [row] = await tx.run<{ proposals: Record<string, unknown>[]; text: string | null }>(LOAD, { sourceId });
  const proposals = new Map((row?.proposals ?? []).map((p) => toProposalRecord(p)).map((p) => [p.id, p]));
  // Every entity id the plan may touch: links, generated ids of new entities.
  const candidates = new Set<string>();
  for (const p of proposals.values()) {
    if (p.linkedEntityId) candidates.add(p.linkedEntityId);
    if (p.entityId) candidates.add(p.entityId);
    if (p.kind === 'ENTITY' && p.entityType && p.name) for (const id of idCandidates(p.entityType, p.name, p, proposals)) candidates.add(id);
  }
  return {
    proposals,
    snapshot: row?.text ?? '',
    sourceId,
    entities: [],
    relations: [],
    updates: new Map(),
    known: await knownTypes(tx, [...candidates]),
    now: new Date().toISOString(),
  };
}

async function knownTypes(tx: WriteTx, ids: string[]): Promise<Map<string, EntityType>> {
  const rows = await tx.run<{ id: string; type: EntityType }>(ENTITY_TYPES_OF, { ids });
  return new Map(rows.map((r) => [r.id, r.type]));
}

/** The engagement's client, for its id: `eng-<client>-<topic>` like the curated ones. */
function clientName(p: ProposalRecord, proposals: Map<string, ProposalRecord>): string {
  const forRel = [...proposals.values()].find((r) => r.relationType === 'FOR' && r.fromId === p.id);
  return (forRel?.toId && proposals.get(forRel.toId)?.name) || '';
}

/** The ids a new entity may get: the generated one, then numbered ones when it is taken by another type. */
function idCandidates(type: EntityType, name: string, p: ProposalRecord, proposals: Map<string, ProposalRecord>): string[] {
  const base = type === 'ENGAGEMENT' ? `eng-${slugify(`${clientName(p, proposals)} ${name}`).slice(0, 80)}` : entityIdFor(type, name);
  return [base, `${base}-2`, `${base}-3`];
}

function requireQuote(plan: Plan, quote: string): string {
  const q = quote.trim();
  const problem = quoteProblem(q);
  if (problem) throw badInput(`quote: ${problem}`, { argument: 'edits.quote', reason: 'QUOTE_NOT_IN_TEXT' });
  if (!plan.snapshot.includes(q)) throw badInput('The quote does not stand verbatim in the article (Source.text); copy the sentence from it.', { argument: 'edits.quote', reason: 'QUOTE_NOT_IN_TEXT' });
  return q;
}

/** Plans the acceptance of one proposal (and of the endpoints a relation needs). Returns the proposals accepted along. */
function planAccept(plan: Plan, p: ProposalRecord, edits: ProposalEditsInput | null, along: ProposalRecord[]): string {
  const planned = plan.updates.get(p.id);
  if (planned?.status === 'ACCEPTED' || planned?.status === 'EDITED') return (planned.entityId ?? planned.relationId) as string;
  const hasEdits = !!edits && Object.values(edits).some((v) => v !== null && v !== undefined);
  if (isAccepted(p)) {
    if (hasEdits) throw badInput(`Proposal ${p.id} is in the graph already; change the fact there (updateEntity, addRelation, removeRelation).`, { argument: 'edits' });
    return (p.entityId ?? p.relationId)!;
  }
  const quote = edits?.quote ? requireQuote(plan, edits.quote) : p.quote;
  const set: Record<string, unknown> = { status: hasEdits ? 'EDITED' : 'ACCEPTED', reviewedAt: plan.now };
  if (hasEdits) set.proposedJson = JSON.stringify({ entityType: p.entityType, name: p.name, role: p.role, title: p.title, quote: p.quote, linkedEntityId: p.linkedEntityId });
  if (edits?.quote) set.quote = quote;
  const provenance = [{ source: plan.sourceId, quote }];

  if (p.kind === 'ENTITY') {
    const type = edits?.type ?? p.entityType!;
    const name = (edits?.name ?? p.name ?? '').trim();
    if (!name) throw badInput('An entity needs a name.', { argument: 'edits.name' });
    if (!ENTITY_TYPES.includes(type)) throw badInput(`Unknown entity type ${type}.`, { argument: 'edits.type' });
    let id = edits?.linkToEntityId ?? (edits?.type && edits.type !== p.entityType ? null : p.linkedEntityId);
    if (id) {
      const knownType = plan.known.get(id);
      if (!knownType) throw notFound('entity', id);
      if (knownType !== type) throw badInput(`${id} is a ${knownType}, not a ${type}; choose an entity of the proposal's type or change the type.`, { argument: 'edits.linkToEntityId', reason: 'TYPE_MISMATCH' });
      set.linkedEntityId = id;
    } else {
      if (type === 'THEME') throw badInput('Themes come from the thesaurus: link the proposal to an existing theme (linkToEntityId), or add the theme to seed/themes.json first.', { argument: 'edits.linkToEntityId' });
      // The generated id; an entity of the same type under it is the same entity (same type, same name).
      id = idCandidates(type, name, p, plan.proposals).find((c) => !plan.known.has(c) || plan.known.get(c) === type) ?? null;
      if (!id) throw badInput(`No free id for "${name}"; link the proposal to an existing entity instead.`, { argument: 'edits.linkToEntityId' });
    }
    const properties: Record<string, string | number | null> = {};
    if (type === 'ENGAGEMENT') {
      properties.status = p.engagementStatus ?? 'UNKNOWN';
      if (p.start) {
        properties.start = p.start;
        properties.startYear = yearOf(p.start);
      }
      if (p.end) properties.end = p.end;
    }
    plan.entities.push({ id, type, name, aliases: [], properties, provenance });
    plan.known.set(id, type);
    if (edits?.type) set.entityType = type;
    if (edits?.name) set.name = name;
    set.entityId = id;
    plan.updates.set(p.id, set);
    return id;
  }

  // A relation: its endpoints must be (or become) entities.
  const ends = [p.fromId, p.toId].map((eid) => {
    const e = eid ? plan.proposals.get(eid) : undefined;
    if (!e) throw badInput(`Proposal ${p.id} points to a proposal that no longer exists.`);
    if (e.status === 'REJECTED' && plan.updates.get(e.id)?.status !== 'ACCEPTED') {
      throw badInput(`"${e.name}" (${e.id}) was rejected, so this relationship cannot be accepted; accept that proposal first (with edits or a link) if it is right.`);
    }
    const wasPending = !isDecided(e) && !plan.updates.has(e.id);
    const entityId = planAccept(plan, e, null, along);
    if (wasPending) along.push(e);
    return { entityId, type: plan.known.get(entityId)! };
  });
  const [from, to] = ends as [{ entityId: string; type: EntityType }, { entityId: string; type: EntityType }];
  const role = edits?.role ?? p.role;
  const title = (edits?.title ?? p.title)?.trim() || null;
  const violation = relationRuleViolation(p.relationType!, from.type, to.type, { role, kind: null, year: null });
  if (violation) throw badInput(violation, { argument: 'edits' });
  const properties: Record<string, string> = {};
  if (role) properties.role = role;
  if (title) properties.title = title;
  plan.relations.push({ type: p.relationType!, from: from.entityId, to: to.entityId, properties, provenance });
  if (edits?.role) set.role = role;
  if (edits?.title) set.title = title;
  const rid = relationId(from.entityId, p.relationType!, to.entityId);
  set.relationId = rid;
  plan.updates.set(p.id, set);
  return rid;
}

function planReject(plan: Plan, p: ProposalRecord, along: ProposalRecord[]): void {
  if (isAccepted(p)) throw badInput(`Proposal ${p.id} is in the graph already; remove the fact itself (removeRelation, deleteEntity).`);
  if (p.status === 'REJECTED') return;
  plan.updates.set(p.id, { status: 'REJECTED', reviewedAt: plan.now });
  if (p.kind !== 'ENTITY') return;
  for (const r of plan.proposals.values()) {
    if (r.kind === 'RELATION' && r.status === 'PENDING' && !plan.updates.has(r.id) && (r.fromId === p.id || r.toId === p.id)) {
      plan.updates.set(r.id, { status: 'REJECTED', reviewedAt: plan.now });
      along.push(r);
    }
  }
}

/** Writes the plan, and its audit entry (what reached the graph, and the proposals decided) in the same transaction. */
async function commit(tx: WriteTx, plan: Plan, audit: AuditContext, operation: string): Promise<void> {
  if (plan.entities.length || plan.relations.length) {
    await writeGraphInTx(tx, { format: GRAPH_FORMAT, version: GRAPH_FORMAT_VERSION, sources: [], entities: plan.entities, relations: plan.relations }, 'keep');
  }
  const rows = [...plan.updates.entries()].map(([id, set]) => ({ id, set }));
  if (rows.length) await tx.run(UPDATE, { rows });
  if (rows.length || plan.entities.length || plan.relations.length) {
    await recordAudit(tx, audit, {
      operation,
      entityIds: plan.entities.map((e) => e.id),
      relationIds: plan.relations.map((r) => relationId(r.from, r.type, r.to)),
      after: { entities: plan.entities, relations: plan.relations, proposals: Object.fromEntries(plan.updates) },
    });
  }
}

function progressOf(proposals: Iterable<ProposalRecord>): ReviewProgressRecord {
  const all = [...proposals];
  const count = (s: string) => all.filter((p) => p.status === s).length;
  const pending = count('PENDING');
  return { total: all.length, reviewed: all.length - pending, pending, accepted: count('ACCEPTED'), edited: count('EDITED'), rejected: count('REJECTED') };
}

/** The plan's records as they are after the commit. */
function after(plan: Plan): Map<string, ProposalRecord> {
  const out = new Map<string, ProposalRecord>();
  for (const [id, p] of plan.proposals) out.set(id, { ...p, ...(plan.updates.get(id) as Partial<ProposalRecord> | undefined) });
  return out;
}

export function reviewProposal(
  db: Database,
  id: string,
  decision: 'ACCEPT' | 'REJECT',
  edits: ProposalEditsInput | null,
  audit: AuditContext = SYSTEM_AUDIT,
): Promise<ReviewResultRef> {
  return db.write('reviewProposal', async (tx) => {
    const [row] = await tx.run<{ sourceId: string }>(SOURCE_OF_PROPOSAL, { id });
    if (!row) throw new KennisgraafError('NOT_FOUND', `No proposal with id "${id}". List them with \`proposals(sourceId:)\`.`, { id });
    const plan = await loadPlan(tx, row.sourceId);
    if (edits?.linkToEntityId) plan.known = new Map([...plan.known, ...(await knownTypes(tx, [edits.linkToEntityId]))]);
    const p = plan.proposals.get(id)!;
    const along: ProposalRecord[] = [];
    if (decision === 'ACCEPT') planAccept(plan, p, edits, along);
    else {
      if (edits && Object.values(edits).some((v) => v !== null && v !== undefined)) throw badInput('Edits apply to an accepted proposal; reject without edits.', { argument: 'edits' });
      planReject(plan, p, along);
    }
    await commit(tx, plan, audit, 'reviewProposal');
    const now = after(plan);
    return { proposal: now.get(id)!, alongWith: along.map((a) => now.get(a.id)!), progress: progressOf(now.values()) };
  });
}

export function acceptRemainingProposals(db: Database, sourceId: string, audit: AuditContext = SYSTEM_AUDIT): Promise<AcceptRemainingResultRef> {
  return db.write('acceptRemainingProposals', async (tx) => {
    const plan = await loadPlan(tx, sourceId);
    if (!plan.proposals.size) throw badInput(`Source ${sourceId} has no intake proposals.`, { argument: 'sourceId' });
    const accepted: ProposalRecord[] = [];
    const rejected: ProposalRecord[] = [];
    const pending = [...plan.proposals.values()].filter((p) => p.status === 'PENDING').sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'ENTITY' ? -1 : 1));
    for (const p of pending) {
      if (plan.updates.has(p.id)) continue;
      const blocked = p.kind === 'RELATION' && [p.fromId, p.toId].some((e) => (e && plan.proposals.get(e)?.status === 'REJECTED'));
      if (blocked) {
        plan.updates.set(p.id, { status: 'REJECTED', reviewedAt: plan.now });
        rejected.push(p);
        continue;
      }
      planAccept(plan, p, null, []);
    }
    for (const p of pending) if (plan.updates.get(p.id)?.status === 'ACCEPTED') accepted.push(p);
    await commit(tx, plan, audit, 'acceptRemainingProposals');
    const now = after(plan);
    return { accepted: accepted.map((a) => now.get(a.id)!), rejected: rejected.map((r) => now.get(r.id)!), progress: progressOf(now.values()) };
  });
}
