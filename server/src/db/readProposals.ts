/**
 * Reads of intake proposals and source snapshots: by source, by id, review progress, the review
 * queue. Each function takes many ids and runs one query (the DataLoaders batch them).
 */
import { int, type Database } from './database.js';
import { PROPOSAL_STATUSES } from '../domain/vocabulary.js';
import { RELATION_PROJECTION, toRelationRecord, type EntityRecord, type RawRelation, type RelationRecord, type SourceRecord } from './entities.js';
import type { MentionRecord, ProposalRecord, ReviewProgressRecord } from './proposalRecords.js';

type Props = Record<string, unknown>;

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const num = (v: unknown): number => (typeof v === 'number' ? v : 0);

/** A `:Proposal` node's properties → the record resolvers get (mentions decoded). */
export function toProposalRecord(p: Props): ProposalRecord {
  let mentions: MentionRecord[];
  try {
    mentions = typeof p.mentionsJson === 'string' ? (JSON.parse(p.mentionsJson) as MentionRecord[]) : [];
  } catch {
    mentions = [];
  }
  return {
    id: p.id as string,
    sourceId: p.sourceId as string,
    key: p.key as string,
    kind: p.kind as ProposalRecord['kind'],
    status: p.status as ProposalRecord['status'],
    rule: p.rule as ProposalRecord['rule'],
    confidence: num(p.confidence),
    quote: str(p.quote) ?? '',
    quoteStart: num(p.quoteStart),
    entityType: str(p.entityType) as ProposalRecord['entityType'],
    name: str(p.name),
    mentions,
    linkedEntityId: str(p.linkedEntityId),
    start: str(p.start),
    end: str(p.end),
    engagementStatus: str(p.engagementStatus) as ProposalRecord['engagementStatus'],
    relationType: str(p.relationType) as ProposalRecord['relationType'],
    fromId: str(p.fromId),
    toId: str(p.toId),
    role: str(p.role) as ProposalRecord['role'],
    title: str(p.title),
    entityId: str(p.entityId),
    relationId: str(p.relationId),
    reviewedAt: str(p.reviewedAt),
  };
}

/** Entities first, then relations; the most confident first; then by id (stable). */
const PROPOSAL_ORDER = "ORDER BY CASE p.kind WHEN 'ENTITY' THEN 0 ELSE 1 END, p.confidence DESC, p.id";

const OF_SOURCE = `
  MATCH (p:Proposal {sourceId: $sourceId})
  WHERE p.status IN $statuses
  RETURN properties(p) AS p ${PROPOSAL_ORDER}`;

export async function proposalsOfSource(db: Database, sourceId: string, statuses: readonly string[] | null): Promise<ProposalRecord[]> {
  const rows = await db.read<{ p: Props }>('proposalsOfSource', OF_SOURCE, { sourceId, statuses: statuses?.length ? [...statuses] : [...PROPOSAL_STATUSES] });
  return rows.map((r) => toProposalRecord(r.p));
}

const BY_IDS = 'UNWIND $ids AS id MATCH (p:Proposal {id: id}) RETURN properties(p) AS p';

export async function proposalsByIds(db: Database, ids: readonly string[]): Promise<Map<string, ProposalRecord>> {
  const rows = await db.read<{ p: Props }>('proposalsByIds', BY_IDS, { ids: [...new Set(ids)] });
  return new Map(rows.map((r) => [r.p.id as string, toProposalRecord(r.p)]));
}

const PROGRESS = `
  UNWIND $ids AS sid
  OPTIONAL MATCH (p:Proposal {sourceId: sid})
  WITH sid, collect(p.status) AS s
  RETURN sid AS id, size(s) AS total,
         size([x IN s WHERE x = 'PENDING']) AS pending, size([x IN s WHERE x = 'ACCEPTED']) AS accepted,
         size([x IN s WHERE x = 'EDITED']) AS edited, size([x IN s WHERE x = 'REJECTED']) AS rejected`;

/** Progress per source; a source without proposals is left out. */
export async function reviewProgressOf(db: Database, sourceIds: readonly string[]): Promise<Map<string, ReviewProgressRecord>> {
  const rows = await db.read<Omit<ReviewProgressRecord, 'reviewed'> & { id: string }>('reviewProgress', PROGRESS, { ids: [...new Set(sourceIds)] });
  return new Map(rows.filter((r) => r.total > 0).map((r) => [r.id, { ...r, reviewed: r.total - r.pending }]));
}

export const EMPTY_PROGRESS: ReviewProgressRecord = { total: 0, reviewed: 0, pending: 0, accepted: 0, edited: 0, rejected: 0 };

const QUEUE = `
  MATCH (p:Proposal) WHERE p.status IN $statuses
  WITH p.sourceId AS sid, max(p.createdAt) AS latest
  MATCH (s:Source {id: sid})
  RETURN properties(s) AS source ORDER BY latest DESC, s.id`;

export async function reviewQueue(db: Database, statuses: readonly string[]): Promise<SourceRecord[]> {
  return (await db.read<{ source: SourceRecord }>('reviewQueue', QUEUE, { statuses: [...statuses] })).map((r) => r.source);
}

const SNAPSHOTS = 'UNWIND $ids AS id MATCH (t:SourceText {sourceId: id}) RETURN id, t.text AS text';

/** The snapshot texts of intake sources. */
export async function sourceSnapshots(db: Database, sourceIds: readonly string[]): Promise<Map<string, string>> {
  const rows = await db.read<{ id: string; text: string }>('sourceSnapshots', SNAPSHOTS, { ids: [...new Set(sourceIds)] });
  return new Map(rows.map((r) => [r.id, r.text]));
}

const SUGGESTIONS = `
  UNWIND $asks AS ask
  CALL (ask) {
    CALL db.index.fulltext.queryNodes('entity_search', ask.query, {limit: 50}) YIELD node, score
    WHERE node.type = ask.type
    WITH node, score ORDER BY score DESC, node.name
    RETURN collect({node: properties(node), score: score}) AS hits
  }
  RETURN ask.key AS key, hits[0..ask.limit] AS hits`;

export interface SuggestionAsk {
  /** What the answer is filed under (the proposal id and page size). */
  key: string;
  /** A Lucene query built by buildSearchQuery. */
  query: string;
  type: string;
  limit: number;
}

/** Existing entities like many proposals' names, in ONE full-text query. */
export async function suggestionsFor(db: Database, asks: readonly SuggestionAsk[]): Promise<Map<string, { node: EntityRecord; score: number }[]>> {
  if (!asks.length) return new Map();
  const rows = await db.read<{ key: string; hits: { node: EntityRecord; score: number }[] }>('proposalSuggestions', SUGGESTIONS, {
    asks: asks.map((a) => ({ ...a, limit: int(a.limit) })),
  });
  return new Map(rows.map((r) => [r.key, r.hits]));
}

const RELATIONS_BY_IDS = `
  UNWIND $rels AS rel
  MATCH (a:Entity {id: rel.from})-[r]->(b:Entity {id: rel.to})
  WHERE type(r) = rel.type
  RETURN rel.from + '|' + rel.type + '|' + rel.to AS id, ${RELATION_PROJECTION('r')} AS rel`;

/** Relationships by their ids `<from>|<TYPE>|<to>`, in ONE query. */
export async function relationsByIds(db: Database, ids: readonly { from: string; type: string; to: string }[]): Promise<Map<string, RelationRecord>> {
  if (!ids.length) return new Map();
  const rows = await db.read<{ id: string; rel: RawRelation }>('relationsByIds', RELATIONS_BY_IDS, { rels: [...ids] });
  return new Map(rows.map((r) => [r.id, toRelationRecord(r.rel)]));
}
