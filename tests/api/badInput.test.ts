/**
 * Bad input: every refusal has a clear code and message, leaks no internals, and leaves the graph
 * exactly as it was (counted and fingerprinted in Neo4j before and after).
 */
import { describe, expect, it, vi } from 'vitest';
import { gql, TEST_TOKEN, useTestApp } from '../support/testServer.js';
import { AUTH, expectRefused, graphCounts, leaksInternals, type GqlResult, type Json } from './apiHelpers.js';

const SOURCE = 'src-kern-konsult-drechtsteden';
const PROV = [{ sourceId: SOURCE, quote: 'Een zin uit de bron.' }];

/** `{ engagement { follows { follows { … id } } } }`: depth = levels + 2. */
const nested = (levels: number) =>
  `{ engagement(id: "eng-sociale-dienst-drechtsteden-coronacrisis") { ${'follows { '.repeat(levels)}id${' }'.repeat(levels)} } }`;
const aliased = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: health { database }`).join(' ')} }`;

describe('bad input', () => {
  const ctx = useTestApp();

  /** Runs the operation and checks that the graph is the same before and after. */
  const unchanged = async (source: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<GqlResult> => {
    const before = await graphCounts(ctx.db);
    const res = await gql<Json>(ctx.app, source, variables, headers);
    expect(await graphCounts(ctx.db)).toEqual(before);
    return res;
  };


  describe('operation limits', () => {
    it(`accepts a query exactly 12 levels deep`, async () => {
      const res = await gql<Json>(ctx.app, nested(10));
      expect(res.errors).toBeUndefined();
    });

    it('refuses a query deeper than MAX_DEPTH 12 with LIMIT_EXCEEDED', async () => {
      expectRefused(await unchanged(nested(11)), 'LIMIT_EXCEEDED', /depth limit of 12 exceeded.*docs\/API\.md/);
      // Far deeper, the cost estimate (which grows by 1.5× per level) may trip first: still refused.
      expectRefused(await unchanged(nested(40)), 'LIMIT_EXCEEDED', /depth limit of 12|Cost limit of 20000/);
    });

    it('refuses a depth flood hidden in fragments with LIMIT_EXCEEDED', async () => {
      const fragments = Array.from({ length: 14 }, (_, i) => `fragment F${i} on Engagement { follows { ${i < 13 ? `...F${i + 1}` : 'id'} } }`).join('\n');
      const source = `{ engagement(id: "eng-sociale-dienst-drechtsteden-coronacrisis") { ...F0 } }\n${fragments}`;
      expectRefused(await unchanged(source), 'LIMIT_EXCEEDED', /depth limit of 12|Cost limit of 20000/);
    });

    it('accepts 15 aliases and refuses 16 (MAX_ALIASES) with LIMIT_EXCEEDED', async () => {
      expect((await gql(ctx.app, aliased(15))).errors).toBeUndefined();
      expectRefused(await unchanged(aliased(16)), 'LIMIT_EXCEEDED', /Aliases limit of 15 exceeded/);
      expectRefused(await unchanged(aliased(100)), 'LIMIT_EXCEEDED', /Aliases limit of 15 exceeded, found 100/);
    });

    it('counts aliases inside fragments too', async () => {
      const fragment = (name: string) => `fragment ${name} on Query { ${Array.from({ length: 10 }, (_, i) => `${name}${i}: health { database }`).join(' ')} }`;
      expectRefused(await unchanged(`{ ...F ...G }\n${fragment('F')}\n${fragment('G')}`), 'LIMIT_EXCEEDED', /Aliases limit of 15 exceeded, found 20/);
    });

    it('refuses a document of more than MAX_TOKENS 3000 tokens with LIMIT_EXCEEDED', async () => {
      const source = `{ ${Array.from({ length: 3100 }, () => '__typename').join(' ')} }`;
      expectRefused(await unchanged(source), 'LIMIT_EXCEEDED', /Token limit of 3000/);
    });

    it('refuses more than 20 directives with LIMIT_EXCEEDED', async () => {
      const source = `{ health { database ${Array.from({ length: 25 }, () => '@include(if: true)').join(' ')} } }`;
      expectRefused(await unchanged(source), 'LIMIT_EXCEEDED', /[Dd]irectives/);
    });

    it('refuses a huge literal first (100000) with LIMIT_EXCEEDED before running anything', async () => {
      const queries: string[] = [];
      const off = ctx.app.db.onQuery((e) => queries.push(e.name));
      const res = await unchanged('{ search(query: "gemeente", first: 100000) { totalCount } }');
      off();
      expectRefused(res, 'LIMIT_EXCEEDED', /[Cc]ost limit of 20000/);
      expect(queries.filter((q) => !q.startsWith('test:'))).toEqual([]);
    });

    it.each([
      ['search', 'query($n: Int) { search(query: "gemeente", first: $n) { totalCount } }', 100],
      ['engagements', 'query($n: Int) { engagements(first: $n) { totalCount } }', 100],
      ['comparableMunicipalities', 'query($n: Int) { comparableMunicipalities(id: "gemeente-den-helder", first: $n) { results { rank } } }', 100],
      ['municipalities', 'query($n: Int) { municipalities(first: $n) { id } }', 400],
    ])('refuses a huge first (100000) on %s, given as a variable, with LIMIT_EXCEEDED naming the maximum', async (_field, source, max) => {
      const error = expectRefused(await unchanged(source, { n: 100000 }), 'LIMIT_EXCEEDED', new RegExp(`first.*at most ${max}`));
      expect(error.extensions).toMatchObject({ argument: 'first', max });
    });

    it('refuses more than 100 ids in nodes with LIMIT_EXCEEDED', async () => {
      const ids = Array.from({ length: 101 }, (_, i) => `gemeente-x${i}`);
      expectRefused(await unchanged('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids }), 'LIMIT_EXCEEDED', /ids.*at most 100/);
    });

    it('refuses more than 50 start ids in neighborhood with LIMIT_EXCEEDED', async () => {
      const ids = Array.from({ length: 51 }, (_, i) => `gemeente-x${i}`);
      expectRefused(await unchanged('query($ids: [ID!]!) { neighborhood(ids: $ids) { truncated } }', { ids }), 'LIMIT_EXCEEDED', /at most 50/);
    });
  });

  describe('invalid documents', () => {
    // Issue 19: the schema is public (introspection, GraphiQL's docs), so the suggestion hides nothing (it did: "[Suggestion hidden]").
    it('refuses an unknown field with GRAPHQL_VALIDATION_FAILED and suggests the field meant', async () => {
      const error = expectRefused(await unchanged('{ helth { database } }'), 'GRAPHQL_VALIDATION_FAILED', /helth/);
      expect(error.message).toMatch(/Did you mean "health"\?/);
      expect(error.message).not.toMatch(/Suggestion hidden/);
    });

    it('refuses a document of several operations without operationName in words: which operations, and how to choose', async () => {
      const res = await unchanged('query Stats { stats { sourceCount } } query Health { health { database } }');
      const error = expectRefused(res, 'BAD_INPUT', /^This document has 2 operations \(Stats, Health\): choose one with operationName\./);
      expect(error.extensions).toMatchObject({ argument: 'operationName', operations: ['Stats', 'Health'] });
      expect(error.message).not.toMatch(/Cannot infer|Could not determine/);
      expectRefused(await unchanged('query Stats { stats { sourceCount } } { health { database } }'), 'BAD_INPUT', /2 operations \(Stats, \(unnamed\)\).*give every operation a name/);
      const TWO = 'query Stats { stats { sourceCount } } query Health { health { database } }';
      const named = async (operationName: string): Promise<GqlResult> => {
        const res = await ctx.app.yoga.fetch('http://kennisgraaf.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: TWO, operationName }) });
        return (await res.json()) as GqlResult;
      };
      expectRefused(await named('Statistiek'), 'BAD_INPUT', /no operation named "Statistiek"; it has 2 operations \(Stats, Health\)/);
      // With the name it runs that one.
      expect(await named('Health')).toEqual({ data: { health: { database: true } } });
    });

    it('refuses a syntax error with GRAPHQL_PARSE_FAILED', async () => {
      expectRefused(await unchanged('{ health { database '), 'GRAPHQL_PARSE_FAILED', /Syntax Error/);
    });
  });

  describe('unknown ids', () => {
    it('gives null for the single-entity lookups, as the schema says', async () => {
      const res = await unchanged(`{
        node(id: "gemeente-atlantis") { id } municipality(id: "gemeente-atlantis") { id } region(id: "regio-atlantis") { id }
        organization(id: "org-atlantis") { id } consultancy(id: "consultancy-atlantis") { id } person(id: "person-nemo") { id }
        theme(id: "atlantis") { id } engagement(id: "eng-atlantis") { id } source(id: "src-atlantis") { id }
        relation(id: "gemeente-atlantis|MEMBER_OF|regio-atlantis") { id } }`);
      expect(res.errors).toBeUndefined();
      expect(Object.values(res.data).every((v) => v === null)).toBe(true);
    });

    it('leaves unknown ids out of nodes', async () => {
      const res = await unchanged('{ nodes(ids: ["gemeente-atlantis", "person-nemo"]) { id } }');
      expect(res.errors).toBeUndefined();
      expect(res.data.nodes).toEqual([]);
    });

    it.each([
      ['paths', '{ paths(from: "gemeente-atlantis", to: "gemeente-westland") { length } }'],
      ['collaborators', '{ collaborators(personId: "person-nemo") { person { id } } }'],
      ['interlocks', '{ interlocks(a: "gemeente-atlantis", b: "gemeente-westland") { themes { id } } }'],
      ['comparableMunicipalities', '{ comparableMunicipalities(id: "gemeente-atlantis") { results { rank } } }'],
      ['neighborhood', '{ neighborhood(ids: ["gemeente-atlantis"]) { truncated } }'],
    ])('answers NOT_FOUND from %s, with a hint to search', async (_field, source) => {
      const error = expectRefused(await unchanged(source), 'NOT_FOUND', /No entity with id "(gemeente-atlantis|person-nemo)"\. Use `search`/);
      expect(error.extensions?.id).toMatch(/atlantis|nemo/);
    });

    it.each([
      ['updateEntity', `mutation { updateEntity(id: "person-nemo", input: { name: "Nemo", provenance: [{ sourceId: "${SOURCE}", quote: "Een zin uit de bron." }] }) { id } }`],
      ['deleteEntity', 'mutation { deleteEntity(id: "person-nemo") { deleted } }'],
      ['removeRelation', 'mutation { removeRelation(id: "person-nemo|WORKS_AT|consultancy-kern-konsult") { deleted } }'],
      ['mergeEntities', 'mutation { mergeEntities(survivorId: "person-gabrielle-rypma", duplicateId: "person-nemo") { id } }'],
    ])('answers NOT_FOUND from the mutation %s', async (_field, source) => {
      expectRefused(await unchanged(source, {}, AUTH), 'NOT_FOUND', /No (entity|relation) with id/);
    });
  });

  describe('malformed ids', () => {
    const MALFORMED = [
      '',
      'x',
      'gemeente westland',
      'gemeente-westland"}) DETACH DELETE n //',
      "' OR 1=1 --",
      'gemeénte-westland',
      '-gemeente',
      `gemeente-${'a'.repeat(200)}`,
    ];

    it.each(MALFORMED)('refuses node(id: %j) with BAD_INPUT', async (id) => {
      const error = expectRefused(await unchanged('query($id: ID!) { node(id: $id) { id } }', { id }), 'BAD_INPUT', /not a valid id.*search/);
      expect(error.extensions?.argument).toBe('id');
    });

    it.each([
      ['nodes', 'query($id: ID!) { nodes(ids: ["gemeente-westland", $id]) { id } }', 'ids'],
      ['paths', 'query($id: ID!) { paths(from: "gemeente-westland", to: $id) { length } }', 'to'],
      ['neighborhood', 'query($id: ID!) { neighborhood(ids: [$id]) { truncated } }', 'ids'],
      ['collaborators', 'query($id: ID!) { collaborators(personId: $id) { person { id } } }', 'personId'],
      ['interlocks', 'query($id: ID!) { interlocks(a: $id, b: "gemeente-westland") { themes { id } } }', 'a'],
      ['comparableMunicipalities', 'query($id: ID!) { comparableMunicipalities(id: $id) { results { rank } } }', 'id'],
      ['engagements', 'query($id: ID!) { engagements(filter: { themes: [$id] }) { totalCount } }', 'filter.themes'],
      ['person', 'query($id: ID!) { person(id: $id) { id } }', 'id'],
      ['source', 'query($id: ID!) { source(id: $id) { id } }', 'id'],
    ])('refuses a malformed id in %s with BAD_INPUT naming the argument', async (_field, source, argument) => {
      const error = expectRefused(await unchanged(source, { id: 'gemeente-westland"}) DETACH DELETE n //' }), 'BAD_INPUT', /not a valid id/);
      expect(error.extensions?.argument).toBe(argument);
    });

    it.each(['nope', 'a|NOT_A_TYPE|b', 'a|FOR', 'a|FOR|b|c'])('refuses relation(id: %j) with BAD_INPUT showing what a relation id looks like', async (id) => {
      expectRefused(await unchanged('query($id: ID!) { relation(id: $id) { id } }', { id }), 'BAD_INPUT', /not a relation id.*\|WORKED_ON\|/);
    });

    it('refuses malformed ids in mutations with BAD_INPUT, even with a valid token', async () => {
      expectRefused(await unchanged('mutation { deleteEntity(id: "gemeente-westland\\" OR true") { deleted } }', {}, AUTH), 'BAD_INPUT', /not a valid id/);
      expectRefused(await unchanged('mutation { removeRelation(id: "gemeente-westland") { deleted } }', {}, AUTH), 'BAD_INPUT', /not a relation id/);
    });
  });

  describe('search text', () => {
    it('treats Lucene operators as text: "Kern && (Konsult)" finds Kern Konsult', async () => {
      const res = await unchanged('{ search(query: "Kern && (Konsult)") { edges { node { id } } } }');
      expect(res.errors).toBeUndefined();
      expect(res.data.search.edges[0].node.id).toBe('consultancy-kern-konsult');
    });

    it('never answers with a Lucene parse error: operators are ignored, the words searched as typed', async () => {
      const SEARCH = 'query($q: String!) { search(query: $q, first: 50) { totalCount edges { node { id } } } }';
      const hits = async (q: string): Promise<string[]> => {
        const res = await gql<Json>(ctx.app, SEARCH, { q });
        expect(res.errors, `${q}: ${JSON.stringify(res.errors)}`).toBeUndefined();
        return res.data.search.edges.map((e: Json) => e.node.id);
      };
      // The gemeente Drechterland first: its name is shorter, so the same prefix match scores higher.
      expect(await hits('drecht')).toEqual(['gemeente-drechterland', 'regio-drechtsteden', 'eng-sociale-dienst-drechtsteden-coronacrisis', 'org-sociale-dienst-drechtsteden']);
      expect(await hits('kern')).toContain('consultancy-kern-konsult');
      const ops = ['+', '-', '&&', '||', '!', '(', ')', '{', '}', '[', ']', '^', '"', '~', '*', '?', ':', '\\', '/'];
      // Each text with operators answers exactly as its words without them.
      const sameAs: [string, string][] = [
        ...ops.map((op): [string, string] => [`drecht${op}`, 'drecht']),
        [`${ops.join(' ')} kern`, 'kern'],
        ['AND OR NOT', 'and or not'],
        ['kern~0.5', 'kern 0 5'],
        ['name:kern', 'name kern'],
        ['kern^100', 'kern 100'],
        ['"kern', 'kern'],
      ];
      for (const [text, words] of sameAs) expect(await hits(text), text).toEqual(await hits(words));
      for (const text of [ops.join(''), '*:*']) {
        const res = await gql<Json>(ctx.app, SEARCH, { q: text });
        expectRefused(res, 'BAD_INPUT', /letter or digit/);
        expect(JSON.stringify(res)).not.toMatch(/Lucene|ParseException|Cannot parse/i);
      }
    });

    it.each([
      ['"&&||" alone', '&&||'],
      ['only operators', '+ - && || ! ( ) { } [ ] ^ " ~ * ? : \\ /'],
      ['an empty text', ''],
      ['whitespace', '  \n\t  '],
    ])('refuses %s with BAD_INPUT', async (_what, q) => {
      const error = expectRefused(await unchanged('query($q: String!) { search(query: $q) { totalCount } }', { q }), 'BAD_INPUT', /at least one letter or digit/);
      expect(error.extensions?.argument).toBe('query');
    });
  });

  describe('mutations without a valid token', () => {
    const DELETE = 'mutation { deleteEntity(id: "gemeente-westland") { deleted } }';

    it('refuses a mutation without a token with UNAUTHENTICATED (HTTP 401) and changes nothing', async () => {
      const res = await unchanged(DELETE);
      expect(res.status).toBe(401);
      expectRefused(res, 'UNAUTHENTICATED', /Authorization: Bearer <token>/);
      expect(res.data ?? null).toBeNull();
    });

    // Issue 19: a malformed header says which form is expected (it said "send the header").
    it('refuses a header that is not a bearer token with UNAUTHENTICATED, saying which form is expected', async () => {
      for (const header of [`Basic ${TEST_TOKEN}`, 'Bearer', 'Bearer ', `Bearer ${TEST_TOKEN} extra`, 'garbage', TEST_TOKEN]) {
        const res = await unchanged(DELETE, {}, { authorization: header });
        expect(res.status, header).toBe(401);
        expectRefused(res, 'UNAUTHENTICATED', /^The Authorization header is not of the form "Authorization: Bearer <token>"\. `deleteEntity` needs a curator token/);
      }
    });

    // Issue 19: an unknown token is 401 UNAUTHENTICATED everywhere (it was 403 on mutations, 401 on auditLog); 403 is a known token without the role.
    it('refuses a wrong token with UNAUTHENTICATED (HTTP 401) and changes nothing', async () => {
      for (const token of ['wrong', `${TEST_TOKEN}x`, TEST_TOKEN.slice(0, -1), TEST_TOKEN.toUpperCase()]) {
        const res = await unchanged(DELETE, {}, { authorization: `Bearer ${token}` });
        expect(res.status).toBe(401);
        expectRefused(res, 'UNAUTHENTICATED', /^That API token is not valid for this server\. `deleteEntity` needs a curator token/);
        const audit = await gql(ctx.app, '{ auditLog { totalCount } }', {}, { authorization: `Bearer ${token}` });
        expect(audit.status).toBe(401);
        expectRefused(audit, 'UNAUTHENTICATED', /^That API token is not valid for this server\. The audit log needs an admin token/);
      }
    });

    it('refuses every kind of mutation without a token', async () => {
      const mutations = [
        'mutation { createSource(input: { title: "x", kind: ARTICLE }) { id } }',
        `mutation { createEntity(input: { type: PERSON, name: "Iemand", provenance: [{ sourceId: "${SOURCE}", quote: "Een zin." }] }) { id } }`,
        `mutation { updateEntity(id: "gemeente-westland", input: { name: "Oostland", provenance: [{ sourceId: "${SOURCE}", quote: "Een zin." }] }) { id } }`,
        `mutation { addRelation(input: { type: WORKS_AT, from: "person-gabrielle-rypma", to: "consultancy-kern-konsult", provenance: [{ sourceId: "${SOURCE}", quote: "Een zin." }] }) { id } }`,
        'mutation { removeRelation(id: "person-gabrielle-rypma|WORKS_AT|org-sociale-dienst-drechtsteden") { deleted } }',
        'mutation { mergeEntities(survivorId: "person-gabrielle-rypma", duplicateId: "person-nathalie-de-man") { id } }',
      ];
      for (const m of mutations) expectRefused(await unchanged(m), 'UNAUTHENTICATED');
    });

    it('accepts the scheme name in any case', async () => {
      const res = await unchanged('mutation { deleteEntity(id: "person-nemo") { deleted } }', {}, { authorization: `bearer ${TEST_TOKEN}` });
      expectRefused(res, 'NOT_FOUND'); // authenticated: the id simply does not exist
    });
  });

  describe('mutations with a valid token but invalid data', () => {
    const CREATE = 'mutation($input: CreateEntityInput!) { createEntity(input: $input) { id } }';
    const ADD = 'mutation($input: AddRelationInput!) { addRelation(input: $input) { id } }';
    const person = (extra: Record<string, unknown>) => ({ input: { type: 'PERSON', id: 'person-test-invalid', name: 'Test Ongeldig', provenance: PROV, ...extra } });

    it('refuses an entity without provenance with BAD_INPUT', async () => {
      const error = expectRefused(await unchanged(CREATE, person({ provenance: [] }), AUTH), 'BAD_INPUT', /Provenance is required/);
      expect(error.extensions?.argument).toBe('provenance');
    });

    it('refuses an entity whose provenance field is left out, by schema validation', async () => {
      expectRefused(await unchanged('mutation { createEntity(input: { type: PERSON, name: "Test Ongeldig" }) { id } }', {}, AUTH), 'GRAPHQL_VALIDATION_FAILED', /provenance/);
    });

    it('refuses provenance citing an unknown source with BAD_INPUT', async () => {
      expectRefused(await unchanged(CREATE, person({ provenance: [{ sourceId: 'src-bestaat-niet', quote: 'Een zin.' }] }), AUTH), 'BAD_INPUT', /Unknown source.*src-bestaat-niet.*createSource/);
    });

    it('refuses a quote with a line break, or without text, with BAD_INPUT', async () => {
      expectRefused(await unchanged(CREATE, person({ provenance: [{ sourceId: SOURCE, quote: 'Zin een.\nZin twee.' }] }), AUTH), 'BAD_INPUT', /line break/);
      expectRefused(await unchanged(CREATE, person({ provenance: [{ sourceId: SOURCE, quote: '  ' }] }), AUTH), 'BAD_INPUT', /quote/);
    });

    it('refuses a malformed id, an empty name and a field that does not apply with BAD_INPUT', async () => {
      expectRefused(await unchanged(CREATE, person({ id: 'person test' }), AUTH), 'BAD_INPUT', /id/);
      expectRefused(await unchanged(CREATE, person({ name: '   ' }), AUTH), 'BAD_INPUT', /name.*empty/);
      expectRefused(await unchanged(CREATE, person({ population: 5 }), AUTH), 'BAD_INPUT', /population.*does not apply to PERSON/);
      expectRefused(await unchanged(CREATE, { input: { type: 'THEME', name: 'Nieuw thema', provenance: PROV } }, AUTH), 'BAD_INPUT', /camelCase id/);
      expectRefused(
        await unchanged(CREATE, { input: { type: 'ENGAGEMENT', id: 'eng-test-invalid', name: 'Traject', start: 'vorig jaar', provenance: PROV } }, AUTH),
        'BAD_INPUT',
        /start must be a year/,
      );
    });

    it('refuses an entity id that already exists with CONFLICT', async () => {
      expectRefused(await unchanged(CREATE, person({ id: 'person-gabrielle-rypma' }), AUTH), 'CONFLICT', /already exists.*mergeEntities/);
    });

    it('refuses a dangling reference in addRelation with NOT_FOUND', async () => {
      const input = { type: 'WORKS_AT', from: 'person-gabrielle-rypma', to: 'consultancy-bestaat-niet', provenance: PROV };
      expectRefused(await unchanged(ADD, { input }, AUTH), 'NOT_FOUND', /consultancy-bestaat-niet/);
      expectRefused(await unchanged(ADD, { input: { ...input, from: 'person-nemo', to: 'consultancy-kern-konsult' } }, AUTH), 'NOT_FOUND', /person-nemo/);
    });

    it('refuses a relation that breaks the type rules (BY from a person) with BAD_INPUT', async () => {
      const input = { type: 'BY', from: 'person-gabrielle-rypma', to: 'consultancy-kern-konsult', provenance: PROV };
      expectRefused(await unchanged(ADD, { input }, AUTH), 'BAD_INPUT', /BY connects ENGAGEMENT to CONSULTANCY, not PERSON to CONSULTANCY/);
      const about = { type: 'ABOUT', from: 'eng-sociale-dienst-drechtsteden-coronacrisis', to: 'gemeente-westland', provenance: PROV };
      expectRefused(await unchanged(ADD, { input: about }, AUTH), 'BAD_INPUT', /ABOUT connects/);
    });

    it('refuses WORKED_ON without a role and RELATED_TO without a kind with BAD_INPUT', async () => {
      const worked = { type: 'WORKED_ON', from: 'person-gabrielle-rypma', to: 'eng-westland-samenwerking-sociaal-kernteam', provenance: PROV };
      expectRefused(await unchanged(ADD, { input: worked }, AUTH), 'BAD_INPUT', /needs a role/);
      const related = { type: 'RELATED_TO', from: 'person-gabrielle-rypma', to: 'person-nathalie-de-man', provenance: PROV };
      expectRefused(await unchanged(ADD, { input: related }, AUTH), 'BAD_INPUT', /needs a kind/);
    });

    it('refuses addRelation without provenance or with an unknown source with BAD_INPUT', async () => {
      const input = { type: 'WORKS_AT', from: 'person-gabrielle-rypma', to: 'consultancy-kern-konsult' };
      expectRefused(await unchanged(ADD, { input: { ...input, provenance: [] } }, AUTH), 'BAD_INPUT', /Provenance is required/);
      expectRefused(
        await unchanged(ADD, { input: { ...input, provenance: [...PROV, { sourceId: 'src-bestaat-niet', quote: 'Een zin.' }] } }, AUTH),
        'BAD_INPUT',
        /Unknown source/,
      );
    });

    it('refuses an update without provenance with BAD_INPUT, leaving the entity as it was', async () => {
      const res = await unchanged('mutation { updateEntity(id: "gemeente-westland", input: { name: "Oostland", provenance: [] }) { id } }', {}, AUTH);
      expectRefused(res, 'BAD_INPUT', /Provenance is required/);
      const data = await gql<Json>(ctx.app, '{ municipality(id: "gemeente-westland") { name } }');
      expect(data.data.municipality.name).toBe('Westland');
    });

    it('refuses a source with a malformed date, an empty title or a taken id', async () => {
      const CREATE_SOURCE = 'mutation($input: CreateSourceInput!) { createSource(input: $input) { id } }';
      expectRefused(await unchanged(CREATE_SOURCE, { input: { title: 'Bron', kind: 'ARTICLE', date: '13//2018' } }, AUTH), 'BAD_INPUT', /date/);
      expectRefused(await unchanged(CREATE_SOURCE, { input: { title: '  ', kind: 'ARTICLE' } }, AUTH), 'BAD_INPUT', /title.*empty/);
      expectRefused(await unchanged(CREATE_SOURCE, { input: { id: SOURCE, title: 'Bron', kind: 'ARTICLE' } }, AUTH), 'CONFLICT', new RegExp(`A source with id "${SOURCE}" already exists with other data`));
    });
  });

  describe('reads when KENNISGRAAF_READS_REQUIRE_TOKEN is on', () => {
    const locked = useTestApp({ KENNISGRAAF_READS_REQUIRE_TOKEN: 'true' });

    it('refuses a read without a token with UNAUTHENTICATED and answers one with the token', async () => {
      const refused = await gql(locked.app, '{ health { database } }');
      expect(refused.status).toBe(401);
      expectRefused(refused, 'UNAUTHENTICATED', /Reading the graph needs an API token/);
      const ok = await gql<Json>(locked.app, '{ health { database } }', {}, AUTH);
      expect(ok.errors).toBeUndefined();
      expect(ok.data.health.database).toBe(true);
    });

    it('hides "Did you mean" then, as introspection needs a token too', async () => {
      const error = expectRefused(await gql(locked.app, '{ helth { database } }'), 'GRAPHQL_VALIDATION_FAILED', /helth/);
      expect(error.message).not.toMatch(/Did you mean/);
    });
  });

  describe('a server without API tokens', () => {
    const readOnly = useTestApp({ KENNISGRAAF_API_TOKENS: '' });

    it('refuses every mutation with FORBIDDEN, saying that changes are switched off', async () => {
      const before = await graphCounts(ctx.db);
      const res = await gql(readOnly.app, 'mutation { deleteEntity(id: "gemeente-westland") { deleted } }', {}, AUTH);
      expectRefused(res, 'FORBIDDEN', /switched off.*KENNISGRAAF_API_TOKENS/);
      expect(await graphCounts(ctx.db)).toEqual(before);
    });
  });

  describe('transport', () => {
    it('refuses a body that is not JSON with a 4xx and no stack trace', async () => {
      const before = await graphCounts(ctx.db);
      const res = await ctx.app.yoga.fetch('http://kennisgraaf.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query": "mutation { deleteEntity(id: \\"gemeente-westland\\") { deleted } }"' });
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      const body = await res.text();
      expect(body).not.toMatch(/^\s{4}at /m);
      expect(body).not.toMatch(/\\n\s{4}at /);
      expect(await graphCounts(ctx.db)).toEqual(before);
    });

    it('refuses a batch of operations in one request', async () => {
      const before = await graphCounts(ctx.db);
      const res = await ctx.app.yoga.fetch('http://kennisgraaf.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...AUTH },
        body: JSON.stringify([{ query: '{ health { database } }' }, { query: 'mutation { deleteEntity(id: "gemeente-westland") { deleted } }' }]) });
      const body = await res.json();
      expect(body.errors[0].message).toMatch(/Batching is not supported/);
      expect(body.data).toBeUndefined();
      expect(await graphCounts(ctx.db)).toEqual(before);
    });

    it('does not run a mutation sent with GET, even with a valid token', async () => {
      const before = await graphCounts(ctx.db);
      const query = encodeURIComponent('mutation { deleteEntity(id: "gemeente-westland") { deleted } }');
      const res = await ctx.app.yoga.fetch(`http://kennisgraaf.test/graphql?query=${query}`, { headers: { accept: 'application/json', ...AUTH } });
      expect(res.status).toBe(405);
      const body = await res.json();
      expect(body.errors[0].message).toMatch(/POST/);
      expect(leaksInternals(body)).toBe(false);
      expect(await graphCounts(ctx.db)).toEqual(before);
    });
  });

  describe('unexpected errors', () => {
    it('are masked: a generic message with a request id, no stack trace, no internals', async () => {
      const spy = vi.spyOn(ctx.app.db, 'read').mockRejectedValueOnce(new Error('kaboom: secret internals at /srv/kennisgraaf'));
      try {
        const res = await gql<Json>(ctx.app, '{ node(id: "gemeente-westland") { id } }', {}, { 'x-request-id': 'trace-masked-1' });
        expect(res.status).toBe(200);
        const error = expectRefused(res, 'INTERNAL_SERVER_ERROR', /Unexpected server error.*trace-masked-1/);
        expect(error.extensions?.requestId).toBe('trace-masked-1');
        expect(JSON.stringify(res)).not.toMatch(/kaboom|secret|\/srv\//);
      } finally {
        spy.mockRestore();
      }
    });

    it('are masked when a real Neo4j error happens deep in the operation, and the rest still answers', async () => {
      const original = ctx.app.db.read.bind(ctx.app.db);
      const spy = vi.spyOn(ctx.app.db, 'read').mockImplementation((name, cypher, params) =>
        name === 'relationsOf' ? original(name, 'THIS IS NOT CYPHER', params) : original(name, cypher, params),
      );
      try {
        const res = await gql<Json>(ctx.app, '{ health { database } municipality(id: "gemeente-westland") { name regions { name } } }');
        expect(res.errors).toHaveLength(1);
        expect(res.errors![0]!.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
        expect(res.errors![0]!.message).toMatch(/Unexpected server error/);
        expect(leaksInternals(res)).toBe(false);
        expect(JSON.stringify(res)).not.toMatch(/NOT CYPHER|Neo\.ClientError|SyntaxError|Invalid input/);
        expect(res.data.health.database).toBe(true);
      } finally {
        spy.mockRestore();
      }
    });
  });
});
