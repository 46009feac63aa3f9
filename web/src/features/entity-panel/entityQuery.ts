import { graphql } from '../../api/generated';
import type { EntityDetailsQuery } from '../../api/generated/graphql';

/** Everything the detail panel shows about an entity, with the evidence for each fact, in one request. */
export const ENTITY_DETAILS_QUERY = graphql(`
  query EntityDetails($id: ID!) {
    node(id: $id) {
      ...EntityRef
      aliases
      provenance { ...ProvenanceFields }
      relations { ...RelationFields }
      ... on Municipality { cbsCode province population populationYear engagements { ...EngagementSummary } }
      ... on Region { province engagements { ...EngagementSummary } }
      ... on Organization { kind engagements { ...EngagementSummary } }
      ... on Consultancy { website engagements { ...EngagementSummary } }
      ... on Person { participations { role engagement { ...EngagementSummary } } }
      ... on Theme {
        description
        broader { ...EntityRef }
        narrower { ...EntityRef }
        engagements { ...EngagementSummary }
      }
      ... on Engagement {
        summary
        start
        end
        status
        clients { ...EntityRef }
        consultancies { ...EntityRef }
        themes { ...EntityRef }
      }
    }
  }
`);

/** The entity, one of seven shapes (one per type). */
export type EntityDetails = NonNullable<EntityDetailsQuery['node']>;
