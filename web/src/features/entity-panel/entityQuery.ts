import { graphql } from '../../api/generated';
import type { AttributedFieldsFragment, AttributionFieldsFragment, EntityDetailsQuery } from '../../api/generated/graphql';

/** How many engagements count for a gemeente, region or organisation, per way (the map and the comparison count the same). */
graphql(`
  fragment AttributionFields on EngagementAttribution {
    own
    viaPredecessor
    viaMemberOrganization
    viaRegion
    total
  }
`);

/** An engagement that counts for the entity through others: the way and the entities in between. */
graphql(`
  fragment AttributedFields on AttributedEngagement {
    via
    through { ...EntityRef }
    engagement { ...EngagementSummary }
  }
`);

/**
 * Everything the detail panel shows about an entity, with the evidence for each fact, in one request:
 * the first page of its engagements with their total (`ENTITY_ENGAGEMENTS_QUERY` reads the next ones).
 */
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
        engagementCount
        engagementAttribution { ...AttributionFields } attributedEngagements(via: [MEMBER_ORGANIZATION, REGION]) { ...AttributedFields }
      }
      ... on Region { regionKind: kind code province engagements { ...EngagementSummary } engagementCount engagementAttribution { ...AttributionFields } attributedEngagements(via: [MEMBER_ORGANIZATION, REGION]) { ...AttributedFields } }
      ... on Organization { kind engagements { ...EngagementSummary } engagementCount engagementAttribution { ...AttributionFields } attributedEngagements(via: [MEMBER_ORGANIZATION, REGION]) { ...AttributedFields } }
      ... on Consultancy { website engagements { ...EngagementSummary } engagementCount }
      ... on Person { participations { role engagement { ...EngagementSummary } } }
      ... on Theme {
        description
        broader { ...EntityRef }
        narrower { ...EntityRef }
        engagements { ...EngagementSummary }
        engagementCount
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

/** The next page of an entity's engagements (by name, after the engagement `after`), for the types that page them. */
export const ENTITY_ENGAGEMENTS_QUERY = graphql(`
  query EntityEngagements($id: ID!, $first: Int!, $after: ID!) {
    node(id: $id) {
      id
      ... on Municipality { engagements(first: $first, after: $after) { ...EngagementSummary } }
      ... on Region { engagements(first: $first, after: $after) { ...EngagementSummary } }
      ... on Organization { engagements(first: $first, after: $after) { ...EngagementSummary } }
      ... on Consultancy { engagements(first: $first, after: $after) { ...EngagementSummary } }
      ... on Theme { engagements(first: $first, after: $after) { ...EngagementSummary } }
    }
  }
`);

/** Who changed the entity last, and when: asked with the curator's token only (readers may not ask). */
export const ENTITY_LAST_CHANGE_QUERY = graphql(`
  query EntityLastChange($id: ID!) {
    node(id: $id) {
      id
      lastChange { by at }
    }
  }
`);

/** The entity, one of seven shapes (one per type). */
export type EntityDetails = NonNullable<EntityDetailsQuery['node']>;

/** A gemeente as the panel shows it: CBS figures and herindelingen besides what every entity has. */
export type MunicipalityDetails = Extract<EntityDetails, { dissolved: boolean }>;

export type Attribution = AttributionFieldsFragment;
export type Attributed = AttributedFieldsFragment;
