import type { EntityRef } from '../../api/types';

export const COMPARABLE_QUERY = /* GraphQL */ `
  query ComparableMunicipalities($id: ID!, $first: Int!) {
    comparableMunicipalities(id: $id, first: $first) {
      subject { id name type }
      basis { id name type }
      results {
        rank
        score
        municipality { id name type province population }
        explanation { kind label contribution similarity weight sharedIds sharedNames }
      }
    }
  }
`;

export type ScorePartKind = 'THEMES' | 'CONSULTANCIES' | 'SIZE' | 'PROVINCE' | 'REGION';
export const SCORE_PART_KINDS: readonly ScorePartKind[] = ['THEMES', 'CONSULTANCIES', 'SIZE', 'PROVINCE', 'REGION'];

export interface ScorePart {
  kind: ScorePartKind;
  label: string;
  contribution: number;
  similarity: number;
  weight: number;
  sharedIds: string[];
  sharedNames: string[];
}

export interface Comparable {
  rank: number;
  score: number;
  municipality: EntityRef & { province: string | null; population: number | null };
  explanation: ScorePart[];
}

export interface ComparableData {
  comparableMunicipalities: { subject: EntityRef; basis: EntityRef[]; results: Comparable[] };
}

/** Colour per part of the score, in the chart and beside each explanation line. */
export const PART_COLORS: Record<ScorePartKind, string> = {
  THEMES: '#15803d',
  CONSULTANCIES: '#c2410c',
  SIZE: '#1d4ed8',
  PROVINCE: '#6d28d9',
  REGION: '#0e7490',
};
