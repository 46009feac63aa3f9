import { graphql } from '../../api/generated';
import type { ReportComparableFactsQuery } from '../../api/generated/graphql';

/**
 * The facts a comparison report cites beyond the ranking (which it shares, cached, with the
 * comparable view): the CBS lines behind each gemeente's figures, and the engagements that give the
 * subject and the ranked gemeenten their shared themes and adviesbureaus, each with its quotes.
 */
export const REPORT_COMPARABLE_FACTS_QUERY = graphql(`
  query ReportComparableFacts(
    $ids: [ID!]!
    $themes: [ID!]!
    $consultancies: [ID!]!
    $withThemes: Boolean!
    $withConsultancies: Boolean!
    $first: Int!
  ) {
    nodes(ids: $ids) {
      id
      ... on Municipality { provenance { ...ProvenanceFields } }
    }
    byTheme: engagements(filter: { municipalities: $ids, themes: $themes }, first: $first) @include(if: $withThemes) {
      edges { node { ...ReportEngagement } }
    }
    byConsultancy: engagements(filter: { municipalities: $ids, consultancies: $consultancies }, first: $first) @include(if: $withConsultancies) {
      edges { node { ...ReportEngagement } }
    }
  }
`);

graphql(`
  fragment ReportEngagement on Engagement {
    id
    name
    clients { ...EntityRef }
    themes { id }
    consultancies { id }
    provenance { ...ProvenanceFields }
  }
`);

/**
 * The relationships of the graph shown, with their evidence, in one request: each edge is read from
 * its less connected end (`reportRelationEnds`), and the report keeps the edges on the canvas.
 */
export const REPORT_GRAPH_RELATIONS_QUERY = graphql(`
  query ReportGraphRelations($ids: [ID!]!) {
    nodes(ids: $ids) {
      id
      relations { ...RelationFields }
    }
  }
`);

export type ComparableFacts = ReportComparableFactsQuery;
export type ReportEngagement = NonNullable<ReportComparableFactsQuery['byTheme']>['edges'][number]['node'];
