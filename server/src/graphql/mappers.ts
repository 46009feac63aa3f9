/** The server-side shapes behind some GraphQL types (see codegen.ts `mappers`). */
import type { EntityRecord, RelationRecord } from '../db/entities.js';
import type { Preset, RankedMunicipality, Weights } from '../domain/rankComparableMunicipalities.js';
import type { Provenance } from '../db/provenance.js';

/** A `Provenance` is resolved from the decoded evidence (db/provenance.ts): a source id and a quote. */
export type ProvenanceRef = Provenance;

export interface PathStepRef {
  relation: RelationRecord;
  from: EntityRecord;
  to: EntityRecord;
  direction: 'OUTGOING' | 'INCOMING';
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
  preset: Preset | null;
  weights: Weights;
  results: RankedMunicipality[];
}

export interface HealthRef {
  database: boolean;
  neo4jVersion: string | null;
}
