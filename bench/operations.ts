/**
 * The operations of `npm run bench` (issue 11), each three ways over the same Neo4j:
 *
 * - `kennisgraaf`: the GraphQL operation the explorer or an analyst sends to Kennisgraaf;
 * - `neo4jGraphql`: the closest operation against @neo4j/graphql with bench/neo4j-graphql.graphql
 *   (the same data; where @neo4j/graphql cannot say it, the comment says what it asks instead);
 * - `raw`: the best single Cypher query for the same answer, run through the driver by
 *   bench/rawCypherServer.ts behind a tiny HTTP endpoint, so HTTP and JSON cost the same as for the
 *   two GraphQL servers (comparable gemeenten: Kennisgraaf's own query plus the ranking, which is
 *   not Cypher).
 *
 * The ids come from the graph when the bench starts (`resolveParams`): the leaf theme with the
 * most engagements (a leaf, so "about a theme" means the same for all three — Kennisgraaf also
 * counts narrower themes), the gemeente with the most engagements, the bureau of rank 10 and the
 * busiest bureau.
 */
import type { Database } from '../server/src/db/database.js';
import { loadComparableData } from '../server/src/db/loadComparableFeatures.js';
import { buildSearchQuery } from '../server/src/domain/buildSearchQuery.js';
import { chooseWeights, rankComparableMunicipalities } from '../server/src/domain/rankComparableMunicipalities.js';

export interface BenchParams {
  theme: string;
  city: string;
  bureau: string;
  busyBureau: string;
  searchText: string;
  pathFrom: string;
  pathTo: string;
  comparable: string;
}

export interface GraphqlRequest {
  query: string;
  variables: Record<string, unknown>;
}

export interface BenchOperation {
  name: string;
  description: string;
  kennisgraaf: (p: BenchParams) => GraphqlRequest;
  neo4jGraphql: (p: BenchParams) => GraphqlRequest;
  raw: (db: Database, p: BenchParams) => Promise<unknown>;
}

const RESOLVE_PARAMS = `
  CALL () {
    MATCH (t:Theme) WHERE NOT EXISTS { (:Theme)-[:BROADER]->(t) }
    RETURN t.id AS theme ORDER BY COUNT { (t)<-[:ABOUT]-(:Engagement) } DESC, t.id LIMIT 1
  }
  CALL () {
    MATCH (m:Municipality) WHERE m.dissolved IS NULL
    RETURN m.id AS city ORDER BY COUNT { (m)<-[:FOR]-(:Engagement) } DESC, m.id LIMIT 1
  }
  CALL () {
    MATCH (k:Consultancy)
    WITH k ORDER BY COUNT { (k)<-[:BY]-(:Engagement) } DESC, k.id
    RETURN collect(k.id)[..10] AS bureaus
  }
  RETURN theme, city, bureaus[-1] AS bureau, bureaus[0] AS busyBureau`;

export async function resolveParams(db: Database): Promise<BenchParams> {
  const [row] = await db.read<{ theme: string; city: string; bureau: string; busyBureau: string }>('bench:params', RESOLVE_PARAMS);
  if (!row) throw new Error('The graph is empty: seed it (and run npm run synth) first.');
  return { ...row, searchText: 'kern', pathFrom: 'consultancy-kern-konsult', pathTo: 'gemeente-den-helder', comparable: 'gemeente-den-helder' };
}

const ENTITY = 'id name';
const GRAPH_NODE = 'id label type degree provenanceCount year';
const GRAPH_EDGE = 'id source target type role title kind provenanceCount';
const NG_CLIENT = `... on Municipality { ${ENTITY} } ... on Region { ${ENTITY} } ... on Organization { ${ENTITY} }`;

/** Cypher: the evidence of node or relationship `x` with each source's title. */
const EVIDENCE = (x: string) =>
  `[i IN range(0, size(coalesce(${x}.provSources, [])) - 1) | {quote: ${x}.provQuotes[i], source: COLLECT { MATCH (s:Source {id: ${x}.provSources[i]}) RETURN s {.title} }[0]}]`;

export const OPERATIONS: BenchOperation[] = [
  {
    name: 'engagementsByTheme',
    description: 'engagements about a theme, 50 per page, with clients, bureaus, themes',
    kennisgraaf: (p) => ({
      query: `query($theme: ID!) { engagements(filter: {themes: [$theme]}, first: 50) { totalCount
        edges { node { ${ENTITY} startYear clients { ${ENTITY} } consultancies { ${ENTITY} } themes { ${ENTITY} } } } } }`,
      variables: { theme: p.theme },
    }),
    neo4jGraphql: (p) => ({
      query: `query($theme: ID!) { engagementsConnection(first: 50, where: {themes: {some: {id: {eq: $theme}}}}, sort: [{startYear: DESC}, {name: ASC}]) { totalCount
        edges { node { ${ENTITY} startYear clients { ${NG_CLIENT} } consultancies { ${ENTITY} } themes { ${ENTITY} } } } } }`,
      variables: { theme: p.theme },
    }),
    raw: (db, p) =>
      db.read('raw:engagementsByTheme', `
        MATCH (t:Theme {id: $theme})
        CALL (t) {
          MATCH (t)<-[:ABOUT]-(e:Engagement)
          WITH e ORDER BY e.startYear IS NULL, e.startYear DESC, e.name LIMIT 50
          RETURN collect(e {.id, .name, .startYear,
            clients: COLLECT { MATCH (e)-[:FOR]->(c:Entity) RETURN c {.id, .name} },
            consultancies: COLLECT { MATCH (e)-[:BY]->(k:Consultancy) RETURN k {.id, .name} },
            themes: COLLECT { MATCH (e)-[:ABOUT]->(x:Theme) RETURN x {.id, .name} }}) AS page
        }
        RETURN COUNT { (t)<-[:ABOUT]-(:Engagement) } AS totalCount, page`, { theme: p.theme }),
  },
  {
    name: 'municipalityEngagements',
    description: 'one gemeente with its number of engagements and the first 50 by title, with their bureaus',
    kennisgraaf: (p) => ({
      query: `query($id: ID!) { municipality(id: $id) { ${ENTITY} engagementCount engagements(first: 50) { ${ENTITY} consultancies { ${ENTITY} } } } }`,
      variables: { id: p.city },
    }),
    neo4jGraphql: (p) => ({
      // Its own engagements (the gemeente with the most has no predecessor with engagements).
      query: `query($id: ID!) { municipalities(where: {id: {eq: $id}}) { ${ENTITY} engagementsConnection { totalCount }
        engagements(limit: 50, sort: [{name: ASC}, {id: ASC}]) { ${ENTITY} consultancies { ${ENTITY} } } } }`,
      variables: { id: p.city },
    }),
    raw: (db, p) =>
      db.read('raw:municipalityEngagements', `
        MATCH (m:Municipality {id: $id})
        RETURN m {.id, .name,
          engagementCount: COUNT { MATCH (m)<-[:SUCCEEDED_BY*0..20]-(:Municipality)<-[:FOR]-(e:Engagement) RETURN DISTINCT e },
          engagements: COLLECT {
            MATCH (m)<-[:SUCCEEDED_BY*0..20]-(:Municipality)<-[:FOR]-(e:Engagement)
            WITH DISTINCT e ORDER BY e.name, e.id LIMIT 50
            RETURN e {.id, .name, consultancies: COLLECT { MATCH (e)-[:BY]->(k:Consultancy) RETURN k {.id, .name} }}
        }} AS municipality`, { id: p.city }),
  },
  {
    name: 'bureauProfile',
    description: 'a bureau (rank 10) with its people, number of engagements and the first 50 by title with their clients and participants',
    kennisgraaf: (p) => ({
      query: `query($id: ID!) { consultancy(id: $id) { ${ENTITY} people { ${ENTITY} } engagementCount
        engagements(first: 50) { ${ENTITY} clients { ${ENTITY} } participants { role person { ${ENTITY} } } } } }`,
      variables: { id: p.bureau },
    }),
    neo4jGraphql: (p) => ({
      query: `query($id: ID!) { consultancies(where: {id: {eq: $id}}) { ${ENTITY} people { ${ENTITY} } engagementsConnection { totalCount }
        engagements(limit: 50, sort: [{name: ASC}, {id: ASC}]) { ${ENTITY} clients { ${NG_CLIENT} } participantsConnection { edges { properties { role } node { ${ENTITY} } } } } } }`,
      variables: { id: p.bureau },
    }),
    raw: (db, p) =>
      db.read('raw:bureauProfile', `
        MATCH (k:Consultancy {id: $id})
        RETURN k {.id, .name,
          people: COLLECT { MATCH (k)<-[:WORKS_AT]-(x:Person) RETURN x {.id, .name} },
          engagementCount: COUNT { (k)<-[:BY]-(:Engagement) },
          engagements: COLLECT { MATCH (k)<-[:BY]-(e:Engagement) WITH e ORDER BY e.name, e.id LIMIT 50 RETURN e {.id, .name,
            clients: COLLECT { MATCH (e)-[:FOR]->(c:Entity) RETURN c {.id, .name} },
            participants: COLLECT { MATCH (e)<-[w:WORKED_ON]-(x:Person) RETURN {role: w.role, person: x {.id, .name}} }} }
        } AS consultancy`, { id: p.bureau }),
  },
  {
    name: 'search',
    description: 'full-text search, 10 hits with the total',
    kennisgraaf: (p) => ({
      query: 'query($q: String!) { search(query: $q, first: 10) { totalCount edges { score node { id name type } } } }',
      variables: { q: p.searchText },
    }),
    neo4jGraphql: (p) => ({
      // A @cypher field over the same index; no total count.
      query: 'query($q: String!) { search(query: $q, first: 10) { id name __typename } }',
      variables: { q: buildSearchQuery(p.searchText) },
    }),
    raw: (db, p) =>
      db.read('raw:search', `
        CALL db.index.fulltext.queryNodes('entity_search', $q, {limit: 1000}) YIELD node, score
        WITH node, score ORDER BY score DESC, node.name
        WITH collect({score: score, node: node {.id, .name, .type}}) AS hits
        RETURN size(hits) AS totalCount, hits[..10] AS edges`, { q: buildSearchQuery(p.searchText) }),
  },
  {
    name: 'neighborhood',
    description: '1-hop neighbourhood of the busiest bureau, at most 200 nodes (by degree), with the edges among them',
    kennisgraaf: (p) => ({
      query: `query($id: ID!) { neighborhood(ids: [$id], depth: 1, limit: 200) { truncated nodes { ${GRAPH_NODE} } edges { ${GRAPH_EDGE} } } }`,
      variables: { id: p.busyBureau },
    }),
    neo4jGraphql: (p) => ({
      // No ranking by degree across relationship types: the first 200 of each kind, with their degree.
      query: `query($id: ID!) { consultancies(where: {id: {eq: $id}}) { ${ENTITY} degree
        engagements(limit: 200) { ${ENTITY} startYear degree } people(limit: 200) { ${ENTITY} degree } } }`,
      variables: { id: p.busyBureau },
    }),
    raw: (db, p) =>
      db.read('raw:neighborhood', `
        MATCH (n:Entity {id: $id})
        CALL (n) {
          MATCH (n)-[r]-(m:Entity) WHERE type(r) <> 'BROADER'
          WITH DISTINCT m
          WITH m, COUNT { (m)--(:Entity) } AS degree ORDER BY degree DESC, m.name LIMIT 200
          RETURN collect({node: m, degree: degree}) AS found
        }
        WITH n, found[..199] AS found, size(found) > 199 AS truncated
        WITH n, truncated, [{node: n, degree: COUNT { (n)--(:Entity) }}] + found AS chosen
        WITH truncated, chosen, [x IN chosen | x.node] AS nodes
        RETURN truncated,
          [x IN chosen | {id: x.node.id, label: x.node.name, type: x.node.type, degree: x.degree,
                          provenanceCount: size(coalesce(x.node.provSources, [])), year: x.node.startYear}] AS nodes,
          COLLECT { UNWIND nodes AS a MATCH (a)-[r]->(b:Entity) WHERE b IN nodes
                    RETURN {id: r.id, source: a.id, target: b.id, type: type(r), role: r.role, title: r.title, kind: r.kind,
                            provenanceCount: size(coalesce(r.provSources, []))} } AS edges`, { id: p.busyBureau }),
  },
  {
    name: 'paths',
    description: 'shortest paths between a bureau and a gemeente, each step with its evidence',
    kennisgraaf: (p) => ({
      query: `query($from: ID!, $to: ID!) { paths(from: $from, to: $to, first: 5) { length
        steps { from { ${ENTITY} } to { ${ENTITY} } relation { type provenance { quote source { title } } } } } }`,
      variables: { from: p.pathFrom, to: p.pathTo },
    }),
    neo4jGraphql: (p) => ({
      // One shortest path's nodes (a @cypher field); no steps with evidence.
      query: 'query($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to) { id name } }',
      variables: { from: p.pathFrom, to: p.pathTo },
    }),
    raw: (db, p) =>
      db.read('raw:paths', `
        MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
        MATCH path = allShortestPaths((a)-[*..6]-(b))
        WHERE all(r IN relationships(path) WHERE type(r) <> 'BROADER')
        WITH path LIMIT 5
        RETURN [x IN nodes(path) | x {.id, .name}] AS nodes,
               [r IN relationships(path) | {type: type(r), provenance: ${EVIDENCE('r')}}] AS relations`, { from: p.pathFrom, to: p.pathTo }),
  },
  {
    name: 'comparable',
    description: 'the 10 gemeenten most comparable to one, with explanations',
    kennisgraaf: (p) => ({
      query: `query($id: ID!) { comparableMunicipalities(id: $id, first: 10) { results { rank score municipality { ${ENTITY} }
        explanation { kind family contribution similarity sharedNames } } } }`,
      variables: { id: p.comparable },
    }),
    neo4jGraphql: () => ({
      // No similarity ranking in @neo4j/graphql: what a client needs to compute it.
      query: `{ municipalities(where: {population: {gt: 0}}) { ${ENTITY} population density province regions { id kind }
        engagements { themes { id } consultancies { id } } } }`,
      variables: {},
    }),
    raw: async (db, p) => {
      const data = await loadComparableData(db, p.comparable, { themes: true, consultancies: true });
      if (!data) throw new Error(`${p.comparable} not found`);
      return rankComparableMunicipalities(data.graph, data.basis, chooseWeights(), 10);
    },
  },
  {
    name: 'stats',
    description: 'engagements per theme, per start year and per bureau',
    kennisgraaf: () => ({
      query: '{ stats { engagementsPerTheme { key label count } engagementsPerYear { key count } engagementsPerConsultancy { key label count } } }',
      variables: {},
    }),
    neo4jGraphql: () => ({
      query: `{ themes { ${ENTITY} engagementsConnection { totalCount } } consultancies { ${ENTITY} engagementsConnection { totalCount } }
        engagementsPerYear { year count } }`,
      variables: {},
    }),
    raw: (db) =>
      db.read('raw:stats', `
        CALL () {
          MATCH (t:Theme) WITH t, COUNT { (t)<-[:ABOUT]-(:Engagement) } AS count WHERE count > 0
          WITH t, count ORDER BY count DESC, t.name
          RETURN collect({key: t.id, label: t.name, count: count}) AS perTheme
        }
        CALL () {
          MATCH (e:Engagement) WHERE e.startYear IS NOT NULL
          WITH e.startYear AS year, count(*) AS count ORDER BY year
          RETURN collect({key: toString(year), count: count}) AS perYear
        }
        CALL () {
          MATCH (k:Consultancy) WITH k, COUNT { (k)<-[:BY]-(:Engagement) } AS count WHERE count > 0
          WITH k, count ORDER BY count DESC, k.name
          RETURN collect({key: k.id, label: k.name, count: count}) AS perConsultancy
        }
        RETURN perTheme, perYear, perConsultancy`),
  },
];
