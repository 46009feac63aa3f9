/**
 * TypeScript shapes of the schema.graphql types the app reads (kept to the fields it selects). The
 * enums come from schema.graphql through codegen (`npm run codegen`), so a changed contract is a
 * compile error here rather than a surprise in the browser.
 */
import type { EngagementStatus, EntityType, ParticipationRole, RelationType } from './generated/schema-enums';

export type { EngagementStatus, EntityType, ParticipationRole, RelationType };

/** Display order of the entity types (legend, filters, counts): places, bureaus, people, then what. */
export const ENTITY_TYPES = [
  'MUNICIPALITY',
  'REGION',
  'ORGANIZATION',
  'CONSULTANCY',
  'PERSON',
  'THEME',
  'ENGAGEMENT',
] as const satisfies readonly EntityType[];

/** Does not compile when schema.graphql gains an entity type that ENTITY_TYPES does not list. */
export const ENTITY_TYPES_COMPLETE: [Exclude<EntityType, (typeof ENTITY_TYPES)[number]>] extends [never] ? true : never = true;

export interface EntityRef {
  id: string;
  name: string;
  type: EntityType;
}

export interface Source {
  id: string;
  title: string;
  publisher: string | null;
  date: string | null;
  url?: string | null;
  kind?: string;
}

export interface Provenance {
  quote: string;
  source: Source;
}

export interface Attribute {
  key: string;
  value: string;
}

export interface Relation {
  id: string;
  type: RelationType;
  from: EntityRef;
  to: EntityRef;
  role: ParticipationRole | null;
  title: string | null;
  attributes: Attribute[];
  provenance: Provenance[];
}

export interface GraphNode {
  id: string;
  label: string;
  type: EntityType;
  provenanceCount?: number;
  degree?: number;
  year?: number | null;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  type: RelationType;
  label: string;
  provenanceCount?: number;
}

export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
}

export interface EngagementSummary {
  id: string;
  name: string;
  start: string | null;
  end: string | null;
  startYear: number | null;
  status: EngagementStatus;
  clients: EntityRef[];
  consultancies: EntityRef[];
  themes: EntityRef[];
}
