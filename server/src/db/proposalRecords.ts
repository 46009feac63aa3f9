/**
 * The shapes of intake proposals as stored in Neo4j (`:Proposal` nodes tied to their `:Source`)
 * and as the GraphQL resolvers receive them (codegen.ts `mappers`). Pure types, no queries.
 */
import type { EngagementStatus, EntityType, IntakeRule, ParticipationRole, ProposalKind, ProposalStatus, RelationType } from '../domain/vocabulary.js';
import type { SourceRecord } from './entities.js';

export interface MentionRecord {
  text: string;
  start: number;
  end: number;
  rule: IntakeRule;
  confidence: number;
}

/** A `:Proposal` node's properties (mentions decoded). */
export interface ProposalRecord {
  id: string;
  sourceId: string;
  /** What makes two proposals of one source the same fact (type + folded name; relation + endpoint keys). */
  key: string;
  kind: ProposalKind;
  status: ProposalStatus;
  rule: IntakeRule;
  confidence: number;
  quote: string;
  quoteStart: number;
  entityType: EntityType | null;
  name: string | null;
  mentions: MentionRecord[];
  linkedEntityId: string | null;
  start: string | null;
  end: string | null;
  engagementStatus: EngagementStatus | null;
  relationType: RelationType | null;
  fromId: string | null;
  toId: string | null;
  role: ParticipationRole | null;
  title: string | null;
  /** After acceptance: the entity id (ENTITY) or relation id (RELATION) written. */
  entityId: string | null;
  relationId: string | null;
  reviewedAt: string | null;
}

export interface ReviewProgressRecord {
  total: number;
  reviewed: number;
  pending: number;
  accepted: number;
  edited: number;
  rejected: number;
}

export interface IntakeResultRef {
  source: SourceRecord;
  created: boolean;
  added: number;
  proposals: ProposalRecord[];
  progress: ReviewProgressRecord;
  nlpMillis: number;
}

export interface ReviewResultRef {
  proposal: ProposalRecord;
  alongWith: ProposalRecord[];
  progress: ReviewProgressRecord;
}

export interface AcceptRemainingResultRef {
  accepted: ProposalRecord[];
  rejected: ProposalRecord[];
  progress: ReviewProgressRecord;
}
