import { graphql } from '../../api/generated';
import type { EngagementFacetsQuery, EngagementFilter, FilterOptionsQuery } from '../../api/generated/graphql';
import type { Filters } from '../../state/appState';

/** The choices of the filters: the thesaurus, the bureaus, and the years that have engagements. */
export const FILTER_OPTIONS_QUERY = graphql(`
  query FilterOptions {
    themes { id name broader { id } narrower { id } }
    consultancies { ...EntityRef }
    stats { engagementsPerYear { key count } }
  }
`);

export type FilterOptions = FilterOptionsQuery;
export type ThemeOption = FilterOptionsQuery['themes'][number];

/** The engagements that match the filters, in the whole graph, page by page. */
export const ENGAGEMENTS_QUERY = graphql(`
  query FilteredEngagements($filter: EngagementFilter, $first: Int!, $after: String) {
    engagements(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { ...EngagementSummary } }
    }
  }
`);

/** What the graph filter needs to know of each visible engagement, for many of them in one request. */
export const ENGAGEMENT_FACETS_QUERY = graphql(`
  query EngagementFacets($ids: [ID!]!) {
    nodes(ids: $ids) {
      id
      ... on Engagement { startYear themes { id } consultancies { id } }
    }
  }
`);

/** An engagement's start year, themes and bureaus; other entities answer without these. */
export type EngagementFacet = Extract<EngagementFacetsQuery['nodes'][number], { startYear?: unknown }>;

/** The first and last start year that engagements have (the period filter's and the timeline's range); nulls when none has one. */
export function yearRange(options: FilterOptions | undefined): { min: number | null; max: number | null } {
  const years = (options?.stats.engagementsPerYear ?? []).map((b) => Number(b.key)).filter(Number.isFinite);
  return years.length ? { min: Math.min(...years), max: Math.max(...years) } : { min: null, max: null };
}

/** The filters as the API's `EngagementFilter` (the engagement list and the map's counts ask with it). */
export function toEngagementFilter(filters: Filters): EngagementFilter {
  return {
    themes: filters.themes.length ? filters.themes : null,
    consultancies: filters.consultancies.length ? filters.consultancies : null,
    from: filters.from,
    to: filters.to,
  };
}
