/**
 * The N+1 guard: Cypher round trips per GraphQL operation (counted with `db.onQuery`) are a small
 * constant that grows with the depth of the operation, never with the number of rows returned.
 */
import { describe, expect, it } from 'vitest';
import { gql, useTestApp } from '../support/testServer.js';
import { countQueries, type Json } from './apiHelpers.js';

/** The explorer's engagement list, as in the issue. */
const ENGAGEMENT_ROWS = `edges { node { title
  clients { name } consultancies { name } themes { name }
  participants { role person { name } provenance { quote source { title } } }
  provenance { quote source { title } } } }`;
const ENGAGEMENTS = `query Engagements($first: Int) { engagements(first: $first) { ${ENGAGEMENT_ROWS} } }`;

describe('Cypher queries per operation (N+1 guard)', () => {
  const ctx = useTestApp();

  it('engagements with clients, consultancies, themes, participants and provenance: the same few queries for 1 row and for 50', async () => {
    await countQueries(ctx.app, ENGAGEMENTS, { first: 1 }); // the sources, once per server until the graph changes
    const one = await countQueries(ctx.app, ENGAGEMENTS, { first: 1 });
    const fifty = await countQueries(ctx.app, ENGAGEMENTS, { first: 50 });
    expect(one.data.engagements.edges).toHaveLength(1);
    expect(fifty.data.engagements.edges).toHaveLength(7); // every engagement of the fixture graph
    expect(fifty.data.engagements.edges.some((e: Json) => e.node.participants.length > 0)).toBe(true);
    expect(fifty.count, fifty.names.join(', ')).toBeLessThanOrEqual(8);
    expect(fifty.count, `1 row: ${one.names.join(', ')}; 50 rows: ${fifty.names.join(', ')}`).toBe(one.count);
  });

  it('accepts the explorer\'s engagement list with a literal first: 50 (within the cost limit), for the same few queries', async () => {
    const literal = ENGAGEMENTS.replace('query Engagements($first: Int)', 'query Engagements').replace('first: $first', 'first: 50');
    const res = await gql<Json>(ctx.app, literal);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    const counted = await countQueries(ctx.app, literal);
    expect(counted.count).toBeLessThanOrEqual(8);
  });

  it('search with provenance and gemeente relations: the same queries for 1 hit and for 20', async () => {
    const SEARCH = `query($first: Int) { search(query: "gemeente", first: $first) { totalCount edges { node {
      name provenance { quote source { title } }
      ... on Municipality { regions { name } engagements { title } organizations { name } } } } } }`;
    const one = await countQueries(ctx.app, SEARCH, { first: 1 });
    const twenty = await countQueries(ctx.app, SEARCH, { first: 20 });
    expect(twenty.data.search.edges).toHaveLength(20);
    expect(twenty.count, twenty.names.join(', ')).toBeLessThanOrEqual(6);
    expect(twenty.count).toBe(one.count);
  });

  it('themes with narrower themes and engagements: as many queries as for a single theme', async () => {
    const all = await countQueries(ctx.app, '{ themes { name narrower { name } engagements { title } } }');
    const single = await countQueries(ctx.app, '{ theme(id: "jeugdzorg") { name narrower { name } engagements { title } } }');
    expect(all.data.themes).toHaveLength(39);
    expect(all.count, all.names.join(', ')).toBeLessThanOrEqual(4);
    expect(all.count).toBe(single.count);
  });

  it('a nested list (themes → engagements → consultancies → people) costs one query per level', async () => {
    const res = await countQueries(ctx.app, '{ themes { engagements { consultancies { people { name } } } } }');
    // themes, then one relations query per level: engagements, consultancies, people.
    expect(res.count, res.names.join(', ')).toBeLessThanOrEqual(4);
  });

  it('neighborhood: one query per hop plus two, however many start nodes and nodes', async () => {
    const NB = 'query($ids: [ID!]!, $depth: Int) { neighborhood(ids: $ids, depth: $depth) { truncated nodes { id label type degree provenanceCount year } edges { id source target type role title kind } } }';
    for (const depth of [1, 2, 3]) {
      const one = await countQueries(ctx.app, NB, { ids: ['gemeente-westland'], depth });
      const three = await countQueries(ctx.app, NB, { ids: ['gemeente-westland', 'gemeente-waddinxveen', 'gemeente-den-helder'], depth });
      expect(three.data.neighborhood.nodes.length).toBeGreaterThan(one.data.neighborhood.nodes.length);
      expect(three.count, three.names.join(', ')).toBeLessThanOrEqual(depth + 2);
      expect(three.count).toBe(one.count);
    }
  });

  it('neighborhood with connect: one more query for the edges to what is shown, and a busy (cut) answer stays kept', async () => {
    const NB = 'query($ids: [ID!]!, $limit: Int, $connect: [ID!]) { neighborhood(ids: $ids, limit: $limit, connect: $connect) { truncated nodes { id } edges { id } } }';
    // limit 3 cuts Westland's neighbourhood: the answer is kept until the graph changes.
    const first = await countQueries(ctx.app, NB, { ids: ['gemeente-westland'], limit: 3 });
    expect(first.data.neighborhood.truncated).toBe(true);
    expect(first.count).toBeLessThanOrEqual(1);
    const connected = await countQueries(ctx.app, NB, { ids: ['gemeente-westland'], limit: 3, connect: ['gemeente-den-helder', 'decentralisatie'] });
    expect(connected.names).toEqual(['neighborhoodConnect']);
    const plain = await countQueries(ctx.app, NB, { ids: ['gemeente-waddinxveen'], connect: ['gemeente-den-helder'] });
    expect(plain.count, plain.names.join(', ')).toBeLessThanOrEqual(2);
  });

  it('sources with their fact counts: two queries for all sources', async () => {
    const res = await countQueries(ctx.app, '{ sources { id title factCount } }');
    expect(res.data.sources).toHaveLength(22);
    expect(res.count, res.names.join(', ')).toBeLessThanOrEqual(2);
  });

  it('nodes with their relations and every provenance: the same queries for 2 ids and for 60', async () => {
    const NODES = `query($ids: [ID!]!) { nodes(ids: $ids) { id provenance { quote source { title } }
      relations { type from { name } to { name } provenance { quote source { title factCount } } } } }`;
    const all = (await gql<Json>(ctx.app, '{ municipalities(first: 100) { id } themes { id } }')).data;
    const manyIds = [...all.municipalities, ...all.themes].map((x: Json) => x.id).slice(0, 60);
    const two = await countQueries(ctx.app, NODES, { ids: manyIds.slice(0, 2) });
    const sixty = await countQueries(ctx.app, NODES, { ids: manyIds });
    expect(sixty.data.nodes).toHaveLength(60);
    expect(sixty.count, sixty.names.join(', ')).toBeLessThanOrEqual(6);
    expect(sixty.count).toBe(two.count);
  });

  it('municipalities with regions, members, herindelingen and engagements: the same queries for 1 and for 400', async () => {
    const MUNIS = `query($first: Int) { municipalities(first: $first, includeDissolved: true) {
      name regions { name members { name } } corop { name } veiligheidsregio { name }
      successors { year municipality { name } provenance { quote } } predecessors { municipality { name } } currentSuccessors { name }
      engagements { title } engagementCount people { name } } }`;
    const one = await countQueries(ctx.app, MUNIS, { first: 1 });
    const all = await countQueries(ctx.app, MUNIS, { first: 400 });
    expect(all.data.municipalities).toHaveLength(400);
    // the list; relations (regions, corop, veiligheidsregio, people); herindelingen; engagements; the members of the regions.
    expect(all.count, all.names.join(', ')).toBeLessThanOrEqual(6);
    expect(all.count).toBe(one.count);
  });

  it('the map: engagements per gemeente for all 342 gemeenten in one query', async () => {
    const res = await countQueries(ctx.app, '{ municipalityEngagementCounts(filter: { themes: ["schuldhulpverlening"] }) { municipality { id name cbsCode population } count viaRegion } }');
    expect(res.data.municipalityEngagementCounts).toHaveLength(342);
    expect(res.names).toEqual(['countEngagementsPerMunicipality']);
  });

  it('paths, collaborators and comparableMunicipalities: a fixed handful of queries', async () => {
    const paths = await countQueries(ctx.app, '{ paths(from: "consultancy-kern-konsult", to: "gemeente-den-helder", first: 20) { nodes { name } steps { relation { provenance { source { title } } } } } }');
    expect(paths.count, paths.names.join(', ')).toBeLessThanOrEqual(3);
    const collaborators = await countQueries(ctx.app, '{ collaborators(personId: "person-karin-castelijn") { person { name } engagements { title consultancies { name } } } }');
    expect(collaborators.count, collaborators.names.join(', ')).toBeLessThanOrEqual(3);
    const comparable = await countQueries(ctx.app, '{ comparableMunicipalities(id: "org-sociale-dienst-drechtsteden", first: 20) { basis { name } results { municipality { name regions { name } } } } }');
    expect(comparable.count, comparable.names.join(', ')).toBeLessThanOrEqual(6);
  });
});
