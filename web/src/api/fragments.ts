/** GraphQL fragments shared by several features. */
export const PROVENANCE_FIELDS = /* GraphQL */ `
  quote
  source { id title publisher date url kind }
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
