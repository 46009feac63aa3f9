/** The server-side shapes behind some GraphQL types (see codegen.ts `mappers`). */
import type { EntityRecord, RelationRecord } from '../db/entities.js';
import type { RankedMunicipality } from '../domain/rankComparableMunicipalities.js';

export interface ProvenanceRef {
  sourceId: string;
  quote: string;
}

export interface PathStepRef {
  relation: RelationRecord;
  from: EntityRecord;
  to: EntityRecord;
}

export interface CollaborationRef {
  person: EntityRecord;
  engagements: EntityRecord[];
}

export interface InterlockRef {
  a: EntityRecord;
  b: EntityRecord;
  consultancies: EntityRecord[];
  consultants: EntityRecord[];
  themes: EntityRecord[];
  engagements: EntityRecord[];
}

export type ComparableRef = RankedMunicipality;

export interface ComparableResultRef {
  subject: EntityRecord;
  basis: string[];
  results: RankedMunicipality[];
}

export interface HealthRef {
  database: boolean;
  neo4jVersion: string | null;
}

/** Provenance stored as two parallel lists on a node or relationship. */
export function provenanceOf(props: Record<string, unknown>): ProvenanceRef[] {
  const sources = (props.provSources as string[] | undefined) ?? [];
  const quotes = (props.provQuotes as string[] | undefined) ?? [];
  return sources.map((sourceId, i) => ({ sourceId, quote: quotes[i] ?? '' }));
}
