import { graphql } from '../../api/generated';

/**
 * What the panel of a gemeente without engagements shows instead (issue 19, item 5): the comparable
 * gemeenten (the comparison's ranking) with what counts for them, and the nearest engagements in
 * its COROP region, veiligheidsregio or provincie. Asked only for such a gemeente.
 */
export const EMPTY_MUNICIPALITY_QUERY = graphql(`
  query EmptyMunicipality($id: ID!, $first: Int!) {
    comparableMunicipalities(id: $id, first: $first) {
      results {
        rank
        municipality {
          ...EntityRef
          engagementAttribution { total }
          engagements(first: 3) { ...EngagementSummary }
          attributedEngagements(first: 3) { ...AttributedFields }
        }
      }
    }
  }
`);
