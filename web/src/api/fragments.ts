/** GraphQL fragments shared by several features. */
export const PROVENANCE_FIELDS = /* GraphQL */ `
  quote
  source { id title publisher date url kind }
`;

/** A relationship as the panels and the path list show it: both ends, role or title, evidence. */
export const RELATION_FIELDS = /* GraphQL */ `
  id
  type
  role
  title
  attributes { key value }
  from { id name type }
  to { id name type }
  provenance { ${PROVENANCE_FIELDS} }
`;

export const ENGAGEMENT_SUMMARY_FRAGMENT = /* GraphQL */ `
  fragment EngagementSummary on Engagement {
    id
    name
    start
    end
    startYear
    status
    clients { id name type }
    consultancies { id name type }
    themes { id name type }
  }
`;

export const GRAPH_FIELDS = /* GraphQL */ `
  nodes { id label type provenanceCount degree year }
  edges { id source target type label provenanceCount }
  truncated
`;
