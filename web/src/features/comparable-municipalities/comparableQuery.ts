import { graphql } from '../../api/generated';
import type { ComparableMunicipalitiesQuery } from '../../api/generated/graphql';
import type { ScorePartKind } from '../../api/generated/schema-enums';
import type { TokenName } from '../../styles/tokens';

/** The ranked gemeenten with the facts of each part of their score (the app words them, in the user's language). */
export const COMPARABLE_QUERY = graphql(`
  query ComparableMunicipalities($id: ID!, $first: Int!) {
    comparableMunicipalities(id: $id, first: $first) {
      subject { ...EntityRef }
      basis { ...EntityRef }
      results {
        rank
        score
        municipality { ...EntityRef province population }
        explanation { kind contribution similarity weight sharedIds sharedNames subjectValue candidateValue }
      }
    }
  }
`);

export type Comparable = ComparableMunicipalitiesQuery['comparableMunicipalities']['results'][number];

/** The colour token of each part of the score, in the chart and beside each explanation line. */
export function partColorToken(kind: ScorePartKind): TokenName {
  return `--part-${kind.toLowerCase()}`;
}
