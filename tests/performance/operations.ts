/**
 * The operations the db-hit guard measures: those of issue 11 (the benchmark's operations, on the
 * fixture graph's ids and the synthetic layer's busiest bureau) and the explorer's common ones (its
 * own documents from web/src, written out with their fragments).
 */
export interface GuardedOperation {
  query: string;
  variables?: Record<string, unknown>;
}

const ENTITY_REF = 'id name type';
const PROVENANCE = 'quote source { id title publisher date url kind }';
const ENGAGEMENT_SUMMARY = `id name start end startYear status clients { ${ENTITY_REF} } consultancies { ${ENTITY_REF} } themes { ${ENTITY_REF} }`;
const GRAPH_FIELDS = 'nodes { id label type provenanceCount degree year } edges { id source target type role title kind provenanceCount }';

/** The synthetic layer's largest bureau (Zipf rank 1) and the fixture's largest gemeente. */
const BUSY_BUREAU = 'consultancy-synth-0';
const BIG_CITY = 'gemeente-amsterdam';

export const DB_HIT_OPERATIONS: Record<string, GuardedOperation> = {
  // Issue 11
  engagementsAboutTheme: {
    query: `query($theme: ID!) { engagements(filter: {themes: [$theme]}, first: 50) { totalCount
      edges { node { id title startYear clients { id name } consultancies { id name } themes { id name } } } } }`,
    variables: { theme: 'jeugdzorg' },
  },
  municipalityWithEngagements: {
    query: `query($id: ID!) { municipality(id: $id) { id name population engagementCount engagements { id title startYear consultancies { id name } } } }`,
    variables: { id: BIG_CITY },
  },
  consultancyProfile: {
    query: `query($id: ID!) { consultancy(id: $id) { id name people { id name }
      engagements { id title clients { id name } participants { role person { id name } } } } }`,
    variables: { id: BUSY_BUREAU },
  },
  search: {
    query: '{ search(query: "kern", first: 10) { totalCount edges { score node { id name type } } } }',
  },
  neighborhoodBusyBureau: {
    query: `query($id: ID!) { neighborhood(ids: [$id], depth: 1, limit: 200) { truncated ${GRAPH_FIELDS} } }`,
    variables: { id: BUSY_BUREAU },
  },
  paths: {
    query: '{ paths(from: "consultancy-kern-konsult", to: "gemeente-den-helder", first: 5) { length steps { from { id name } to { id name } relation { type provenance { quote source { title } } } } } }',
  },
  comparableMunicipalities: {
    query: '{ comparableMunicipalities(id: "gemeente-den-helder", first: 10) { results { score municipality { id name } explanation { kind family contribution sharedNames } } } }',
  },
  stats: {
    query: '{ stats { nodesByType { key count } engagementsPerTheme { key label count } engagementsPerYear { key count } engagementsPerConsultancy { key label count } engagementsPerProvince { key count } } }',
  },
  // The explorer (web/src)
  explorerViewGraph: {
    query: `query($expand: [ID!]!, $pin: [ID!]!) {
      neighborhood(ids: $expand, depth: 1, limit: 500) { ${GRAPH_FIELDS} }
      nodes(ids: $pin) { ${ENTITY_REF} relations { id type role title attributes { key value } from { ${ENTITY_REF} } to { ${ENTITY_REF} } } } }`,
    variables: { expand: ['gemeente-westland'], pin: ['consultancy-kern-konsult', 'gemeente-westland'] },
  },
  explorerEntityDetails: {
    query: `query($id: ID!) { node(id: $id) { ${ENTITY_REF} aliases provenance { ${PROVENANCE} }
      relations { id type role title attributes { key value } from { ${ENTITY_REF} } to { ${ENTITY_REF} } provenance { ${PROVENANCE} } }
      ... on Municipality { cbsCode province population populationYear populationDate density areaTotalHa areaLandHa
        corop { ${ENTITY_REF} } veiligheidsregio { ${ENTITY_REF} } dissolved dissolvedYear
        successors { year municipality { ${ENTITY_REF} } } currentSuccessors { ${ENTITY_REF} }
        predecessors { year municipality { ${ENTITY_REF} predecessors { year municipality { ${ENTITY_REF} } } } }
        engagements { ${ENGAGEMENT_SUMMARY} } } } }`,
    variables: { id: 'gemeente-west-betuwe' },
  },
  explorerFilteredEngagements: {
    query: `query($filter: EngagementFilter, $first: Int!) { engagements(filter: $filter, first: $first) { totalCount
      pageInfo { hasNextPage endCursor } edges { node { ${ENGAGEMENT_SUMMARY} } } } }`,
    variables: { filter: { municipalities: ['gemeente-westland'] }, first: 50 },
  },
  explorerFilterOptions: {
    query: `{ themes { id name broader { id } narrower { id } } consultancies { ${ENTITY_REF} } stats { engagementsPerYear { key count } } }`,
  },
  explorerMapCounts: {
    query: '{ municipalityEngagementCounts(filter: {themes: ["jeugdzorg"]}) { municipality { id name cbsCode population density } count viaRegion } }',
  },
  // The timeline view (issue 13): its request as it opens, every engagement grouped by client.
  explorerTimeline: {
    query: `query($first: Int, $perGroup: Int) { engagementTimeline(groupBy: CLIENT, first: $first, perGroup: $perGroup) {
      engagementCount unknownPeriodCount ungroupedCount groupCount minYear maxYear
      groups { entity { ${ENTITY_REF} } engagementCount unknownPeriodCount spansLeftOut spans { id name start end startYear endYear status } } } }`,
    variables: { first: 20, perGroup: 50 },
  },
  // The start page (issue 13): its figures, charts and newest articles in one operation.
  explorerStartPage: {
    query: `query($recent: Int!) { stats { sourceCount nodesByType { key label count } engagementsPerTheme { key label count }
      engagementsPerYear { key label count } engagementsPerProvince { key label count } }
      recentSources(first: $recent) { totalCount sources { id title publisher date kind url } } }`,
    variables: { recent: 5 },
  },
};
