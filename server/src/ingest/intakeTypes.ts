/**
 * The shapes intake works with, from the mentions in a text to the proposals it makes. Pure types.
 */
import type { EngagementStatus, EntityType, IntakeRule, ParticipationRole, RelationType } from '../domain/vocabulary.js';

export type { IntakeRule };

/** An entity the graph (or the seed) already knows: what mentions are matched against. */
export interface LexiconEntry {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  /** Organisation or region kind (`politieke partij`, `COROP` …), when known. */
  kind?: string | null;
}

/** One place where the text names an entity. */
export interface FoundMention {
  type: EntityType;
  /** The name as the text writes it: `text.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
  /** Index of the sentence it is in. */
  sentence: number;
  rule: IntakeRule;
  confidence: number;
  /** The known entity it names (lexicon match), if any. */
  entityId?: string;
  /** The name to propose (the known entity's name, or the name without "gemeente", "de" …). */
  name: string;
}

/** A proposed entity: every mention of it, and its best quote. */
export interface EntityDraft {
  /** Same article, same entity → same key (type + folded name, or the known entity's id). */
  key: string;
  type: EntityType;
  name: string;
  mentions: FoundMention[];
  linkedEntityId: string | null;
  quote: string;
  quoteStart: number;
  confidence: number;
  rule: IntakeRule;
  start?: string | null;
  end?: string | null;
  engagementStatus?: EngagementStatus | null;
}

export interface RelationDraft {
  key: string;
  type: RelationType;
  /** Keys of the entity drafts it connects. */
  from: string;
  to: string;
  role?: ParticipationRole | null;
  title?: string | null;
  quote: string;
  quoteStart: number;
  confidence: number;
  rule: IntakeRule;
}

export interface IntakeDraft {
  entities: EntityDraft[];
  relations: RelationDraft[];
}

/** What is known about the article besides its text. */
export interface ArticleMeta {
  title?: string | null;
  publisher?: string | null;
  date?: string | null;
}
