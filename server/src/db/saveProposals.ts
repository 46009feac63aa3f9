/**
 * Writes an article intake in ONE transaction: the source (created once, never changed by a later
 * intake), its text snapshot (one `:SourceText` per text, by sha256), and the proposals that are
 * new. A proposal is new when no proposal of the source has its key — nor, for an entity, links to
 * the same known entity, nor, for a relation, has the same type and endpoints — so intake on the
 * same text adds nothing, and a rejected proposal (which stays, as REJECTED) is not proposed again.
 */
import { createHash } from 'node:crypto';
import type { Database, WriteTx } from './database.js';
import type { SourceRecord } from './entities.js';
import type { ProposalRecord } from './proposalRecords.js';
import { toProposalRecord } from './readProposals.js';
import { storable } from './writeGraph.js';
import type { IntakeDraft } from '../ingest/intakeTypes.js';

export interface SnapshotInput {
  sourceId: string;
  text: string;
  hash: string;
  format: string;
  /** Source properties (title, kind, publisher, date, url, author, language, textRetrieved). */
  props: Record<string, unknown>;
}

export const textHash = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** Stable proposal ids: the same source and fact always give the same id. */
const proposalId = (sourceId: string, key: string) => `prop-${createHash('sha256').update(`${sourceId}\n${key}`, 'utf8').digest('hex').slice(0, 20)}`;

const SOURCE_OF_TEXT = 'MATCH (t:SourceText {hash: $hash}) RETURN t.sourceId AS sourceId';

export async function sourceIdOfText(db: Database, hash: string): Promise<string | null> {
  const [row] = await db.read<{ sourceId: string }>('sourceIdOfText', SOURCE_OF_TEXT, { hash });
  return row?.sourceId ?? null;
}

const WRITE_SOURCE = `
  MERGE (s:Source {id: $sourceId})
  ON CREATE SET s += $props, s.intakeCreated = true
  WITH s, coalesce(s.intakeCreated, false) AS created
  REMOVE s.intakeCreated
  MERGE (t:SourceText {hash: $hash})
  ON CREATE SET t.sourceId = $sourceId, t.text = $text, t.format = $format, t.length = size($text)
  MERGE (s)-[:HAS_TEXT]->(t)
  RETURN properties(s) AS source, created`;

const EXISTING = 'MATCH (p:Proposal {sourceId: $sourceId}) RETURN properties(p) AS p';

const CREATE_PROPOSALS = `
  MATCH (s:Source {id: $sourceId})
  UNWIND $rows AS row
  MERGE (p:Proposal {id: row.id})
  ON CREATE SET p += row
  MERGE (p)-[:PROPOSED_FROM]->(s)
  RETURN count(*) AS written`;

export interface SavedIntake {
  source: SourceRecord;
  created: boolean;
  added: number;
}

export function saveIntake(db: Database, snapshot: SnapshotInput, draft: IntakeDraft): Promise<SavedIntake> {
  return db.write('saveIntake', async (tx: WriteTx) => {
    const [src] = await tx.run<{ source: SourceRecord; created: boolean }>(WRITE_SOURCE, { ...snapshot, props: snapshot.props });
    const existing = (await tx.run<{ p: Record<string, unknown> }>(EXISTING, { sourceId: snapshot.sourceId })).map((r) => toProposalRecord(r.p));
    const rows = newProposals(snapshot.sourceId, existing, draft, new Date().toISOString());
    if (rows.length) await tx.run(CREATE_PROPOSALS, { sourceId: snapshot.sourceId, rows });
    return { source: src!.source, created: src!.created, added: rows.length };
  });
}

/** The drafts that are not proposed yet, as `:Proposal` rows. Pure. */
export function newProposals(sourceId: string, existing: ProposalRecord[], draft: IntakeDraft, now: string): Record<string, unknown>[] {
  const byKey = new Map(existing.map((p) => [p.key, p]));
  const idOfKey = new Map<string, string>();
  const rows: Record<string, unknown>[] = [];
  const base = (key: string, d: { quote: string; quoteStart: number; confidence: number; rule: string }) => ({
    id: proposalId(sourceId, key),
    sourceId,
    key,
    status: 'PENDING',
    quote: d.quote,
    quoteStart: storable(d.quoteStart),
    confidence: d.confidence,
    rule: d.rule,
    createdAt: now,
  });
  for (const e of draft.entities) {
    const same =
      byKey.get(e.key) ??
      (e.linkedEntityId ? existing.find((p) => p.kind === 'ENTITY' && p.entityType === e.type && (p.linkedEntityId === e.linkedEntityId || p.entityId === e.linkedEntityId)) : undefined);
    if (same) {
      idOfKey.set(e.key, same.id);
      continue;
    }
    const row = {
      ...base(e.key, e),
      kind: 'ENTITY',
      entityType: e.type,
      name: e.name,
      linkedEntityId: e.linkedEntityId,
      mentionsJson: JSON.stringify(e.mentions.map((m) => ({ text: m.text, start: m.start, end: m.end, rule: m.rule, confidence: m.confidence }))),
      start: e.start ?? null,
      end: e.end ?? null,
      engagementStatus: e.engagementStatus ?? null,
    };
    idOfKey.set(e.key, row.id);
    rows.push(row);
  }
  const rejected = new Set(existing.filter((p) => p.status === 'REJECTED').map((p) => p.id));
  for (const r of draft.relations) {
    const fromId = idOfKey.get(r.from);
    const toId = idOfKey.get(r.to);
    if (!fromId || !toId || rejected.has(fromId) || rejected.has(toId)) continue;
    if (byKey.has(r.key) || existing.some((p) => p.kind === 'RELATION' && p.relationType === r.type && p.fromId === fromId && p.toId === toId)) continue;
    rows.push({ ...base(r.key, r), kind: 'RELATION', relationType: r.type, fromId, toId, role: r.role ?? null, title: r.title ?? null });
  }
  return rows;
}
