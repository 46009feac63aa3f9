import { ENGAGEMENT_SUMMARY_FRAGMENT, PROVENANCE_FIELDS, RELATION_FIELDS } from '../../api/fragments';
import type {
  EngagementStatus,
  EngagementSummary,
  EntityRef,
  EntityType,
  ParticipationRole,
  Provenance,
  Relation,
} from '../../api/types';

/** Everything the detail panel shows about an entity, with the evidence for each fact, in one request. */
export const ENTITY_DETAILS_QUERY = /* GraphQL */ `
  query EntityDetails($id: ID!) {
    node(id: $id) {
      id
      ... on Entity {
        name
        type
        aliases
        provenance { ${PROVENANCE_FIELDS} }
        relations {
          ${RELATION_FIELDS}
        }
      }
      ... on Municipality { cbsCode province population populationYear engagements { ...EngagementSummary } }
      ... on Region { province engagements { ...EngagementSummary } }
      ... on Organization { kind engagements { ...EngagementSummary } }
      ... on Consultancy { website engagements { ...EngagementSummary } }
      ... on Person { participations { role engagement { ...EngagementSummary } } }
      ... on Theme {
        description
        broader { id name type }
        narrower { id name type }
        engagements { ...EngagementSummary }
      }
      ... on Engagement {
        summary
        start
        end
        status
        clients { id name type }
        consultancies { id name type }
        themes { id name type }
      }
    }
  }
  ${ENGAGEMENT_SUMMARY_FRAGMENT}
`;

export interface EntityDetailsData {
  node:
    | (EntityRef & {
        aliases: string[];
        provenance: Provenance[];
        relations: Relation[];
        cbsCode?: string | null;
        province?: string | null;
        population?: number | null;
        populationYear?: number | null;
        kind?: string | null;
        website?: string | null;
        description?: string | null;
        broader?: EntityRef[];
        narrower?: EntityRef[];
        engagements?: EngagementSummary[];
        participations?: { role: ParticipationRole; engagement: EngagementSummary }[];
        summary?: string | null;
        start?: string | null;
        end?: string | null;
        status?: EngagementStatus;
        clients?: EntityRef[];
        consultancies?: EntityRef[];
        themes?: EntityRef[];
      })
    | null;
}

export type EntityDetails = NonNullable<EntityDetailsData['node']>;

export const CLIENT_TYPES: readonly EntityType[] = ['MUNICIPALITY', 'REGION', 'ORGANIZATION'];
