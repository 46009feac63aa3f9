/** TypeScript shapes of the schema.graphql types the app reads (hand-kept to the fields it selects). */
export const ENTITY_TYPES = [
  'MUNICIPALITY',
  'REGION',
  'ORGANIZATION',
  'CONSULTANCY',
  'PERSON',
  'THEME',
  'ENGAGEMENT',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const RELATION_TYPES = [
  'FOR',
  'BY',
  'WORKED_ON',
  'ABOUT',
  'WORKS_AT',
  'MEMBER_OF',
  'PART_OF',
  'FOLLOWS',
  'FACES',
  'BROADER',
  'RELATED_TO',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export type ParticipationRole = 'CONSULTANT' | 'CLIENT_CONTACT' | 'OTHER';
export type EngagementStatus = 'COMPLETED' | 'ONGOING' | 'PLANNED' | 'UNKNOWN';

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
