import { GRAPH_FIELDS } from '../api/fragments';

/** Neighbourhood size per request; the server refuses more than its configured maximum. */
export const NEIGHBORHOOD_LIMIT = 150;

/**
 * One request for what the view needs and does not have yet: the neighbourhood of newly expanded
 * nodes, and pinned nodes with their relations (to connect them to what is already shown).
 */
export const VIEW_GRAPH_QUERY = /* GraphQL */ `
  query ViewGraph($expand: [ID!]!, $pin: [ID!]!, $withExpand: Boolean!, $withPin: Boolean!, $limit: Int!) {
    neighborhood(ids: $expand, depth: 1, limit: $limit) @include(if: $withExpand) {
      ${GRAPH_FIELDS}
    }
    nodes(ids: $pin) @include(if: $withPin) {
      id
      name
      type
      relations {
        id
        type
        role
        title
        from { id name type }
        to { id name type }
      }
    }
  }
`;
