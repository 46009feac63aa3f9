import { graphql } from '../../api/generated';
import type { ComparableMunicipalitiesQuery, ComparableMunicipalitiesQueryVariables } from '../../api/generated/graphql';
import type { ComparablePreset, ScorePartKind } from '../../api/generated/schema-enums';
import type { CustomWeights } from '../../state/appState';
import type { TokenName } from '../../styles/tokens';

/**
 * The ranked gemeenten with the facts of each part of their score (the app words them, in the user's
 * language), the CBS figures shown beside them, and the weighting the server used.
 */
export const COMPARABLE_QUERY = graphql(`
  query ComparableMunicipalities($id: ID!, $first: Int!, $preset: ComparablePreset, $weights: SimilarityWeights) {
    comparableMunicipalities(id: $id, first: $first, preset: $preset, weights: $weights) {
      subject { ...EntityRef }
      basis { ...EntityRef cbsCode }
      preset
      weights { size density stedelijkheid province corop themes consultancies region }
      results {
        rank
        score
        municipality {
          ...EntityRef
          cbsCode
          province
          population
          density
          engagementCount
          corop { id name }
        }
        explanation {
          kind
          family
          contribution
          similarity
          weight
          sharedIds
          sharedNames
          subjectValue
          candidateValue
          shared { id name weight subjectVia candidateVia fromPredecessor subjectFromPredecessor curated }
        }
      }
    }
  }
`);

export type ComparableResult = ComparableMunicipalitiesQuery['comparableMunicipalities'];
export type Comparable = ComparableResult['results'][number];
export type ScorePart = Comparable['explanation'][number];
export type UsedWeights = ComparableResult['weights'];

/** How many comparable gemeenten the view lists and the map outlines. */
const COMPARABLE_COUNT = 10;

/**
 * The variables of a ranking: the comparable view and the map ask the same question, so they share
 * one cached answer. The preset is always sent; custom weights only when the user set them.
 */
export function comparableVariables(
  id: string,
  preset: ComparablePreset,
  weights: CustomWeights | null,
): ComparableMunicipalitiesQueryVariables {
  return { id, first: COMPARABLE_COUNT, preset, weights: weights ?? null };
}

/** The colour token of each part of the score, in the chart and beside each explanation line. */
export function partColorToken(kind: ScorePartKind): TokenName {
  return `--part-${kind.toLowerCase()}`;
}
