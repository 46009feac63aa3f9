import { ENGAGEMENT_SUMMARY_FRAGMENT } from '../../api/fragments';
import type { EngagementSummary, EntityRef } from '../../api/types';

export interface ThemeOption {
  id: string;
  name: string;
  broader: { id: string }[];
  narrower: { id: string }[];
}

/** The choices of the filters: the thesaurus, the bureaus, and the years that have engagements. */
export const FILTER_OPTIONS_QUERY = /* GraphQL */ `
  query FilterOptions {
    themes { id name broader { id } narrower { id } }
    consultancies { id name type }
    stats { engagementsPerYear { key count } }
  }
`;

export interface FilterOptionsData {
  themes: ThemeOption[];
  consultancies: EntityRef[];
  stats: { engagementsPerYear: { key: string; count: number }[] };
}

export const ENGAGEMENTS_QUERY = /* GraphQL */ `
  query FilteredEngagements($filter: EngagementFilter, $first: Int!, $after: String) {
    engagements(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { ...EngagementSummary } }
    }
  }
  ${ENGAGEMENT_SUMMARY_FRAGMENT}
`;

export interface EngagementsData {
  engagements: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: EngagementSummary }[];
  };
}

/** What the graph filter needs to know of each visible engagement, for all of them in one request. */
export const ENGAGEMENT_FACETS_QUERY = /* GraphQL */ `
  query EngagementFacets($ids: [ID!]!) {
    nodes(ids: $ids) {
      id
      ... on Engagement { startYear themes { id } consultancies { id } }
    }
  }
`;

export interface EngagementFacet {
  id: string;
  startYear: number | null;
  themes: { id: string }[];
  consultancies: { id: string }[];
}
