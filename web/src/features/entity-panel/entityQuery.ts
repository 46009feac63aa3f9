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
      ... on Municipality {
        cbsCode
        province
        population
        populationYear
        populationDate
        density
        areaTotalHa
        areaLandHa
        corop { ...EntityRef }
        veiligheidsregio { ...EntityRef }
        dissolved
        dissolvedYear
        successors { year municipality { ...EntityRef } }
        currentSuccessors { ...EntityRef }
        predecessors {
          year
          municipality { ...EntityRef predecessors { year municipality { ...EntityRef } } }
        }
        engagements { ...EngagementSummary }
      }
      ... on Region { regionKind: kind code province engagements { ...EngagementSummary } }
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

/** A gemeente as the panel shows it: CBS figures and herindelingen besides what every entity has. */
export type MunicipalityDetails = Extract<EntityDetails, { dissolved: boolean }>;
