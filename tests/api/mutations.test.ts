/**
 * Curation mutations with a valid token: create, update, relate, unrelate, merge, delete. Every id
 * carries a per-run suffix, and everything created is removed afterwards, so the other test files
 * see the pristine fixture graph.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, useTestApp } from '../support/testServer.js';
import { AUTH, expectRefused, graphCounts, ids, query, runSuffix, type GraphCounts, type Json } from './apiHelpers.js';

const suffix = runSuffix();
const SOURCE = `src-test-${suffix}`;
const QUOTE = 'Volgens deze testbron werkte deze persoon aan het traject.';

const CREATE_SOURCE = `mutation($input: CreateSourceInput!) { createSource(input: $input) { id title publisher date kind url author language factCount } }`;
const CREATE_ENTITY = `mutation($input: CreateEntityInput!) { createEntity(input: $input) {
  __typename id name type aliases provenance { quote source { id title } } } }`;
const UPDATE_ENTITY = `mutation($id: ID!, $input: UpdateEntityInput!) { updateEntity(id: $id, input: $input) {
  id name aliases provenance { quote source { id } } ... on Consultancy { website } } }`;
const ADD_RELATION = `mutation($input: AddRelationInput!) { addRelation(input: $input) {
  id type role title attributes { key value } from { id } to { id } provenance { quote source { id title } } } }`;
const REMOVE_RELATION = 'mutation($id: ID!) { removeRelation(id: $id) { id deleted relationsRemoved } }';
const MERGE = `mutation($s: ID!, $d: ID!) { mergeEntities(survivorId: $s, duplicateId: $d) {
  id name aliases provenance { quote source { id } } relations { id type role title from { id } to { id } provenance { quote } } } }`;
const DELETE_ENTITY = 'mutation($id: ID!) { deleteEntity(id: $id) { id deleted relationsRemoved } }';

const prov = (quote = QUOTE) => [{ sourceId: SOURCE, quote }];

describe('curation mutations', () => {
  const ctx = useTestApp();
  let pristine: GraphCounts;
  const mutate = (source: string, variables: Record<string, unknown>) => query(ctx.app, source, variables, AUTH);
  const createPerson = async (key: string, name: string, extra: Record<string, unknown> = {}) =>
    (await mutate(CREATE_ENTITY, { input: { type: 'PERSON', id: `person-${key}-${suffix}`, name, provenance: prov(), ...extra } })).createEntity;

  beforeAll(async () => {
    pristine = await graphCounts(ctx.db);
  });

  // Runs before useTestApp() closes the server and the db handle (after-hooks run in reverse).
  afterAll(async () => {
    await ctx.db.write('test:cleanup', async (tx) => {
      await tx.run('MATCH (n:Entity) WHERE n.id ENDS WITH $suffix DETACH DELETE n', { suffix });
      await tx.run('MATCH (s:Source) WHERE s.id ENDS WITH $suffix DETACH DELETE s', { suffix });
    });
    // The fixture graph is as the other test files expect it.
    expect(await graphCounts(ctx.db)).toEqual(pristine);
  });

  it('createSource adds a source that facts can cite', async () => {
    const { createSource } = await mutate(CREATE_SOURCE, {
      input: { id: SOURCE, title: `Testbron ${suffix}`, publisher: 'Testuitgever', date: '2024-05', kind: 'ARTICLE', url: 'https://example.org/testbron' },
    });
    expect(createSource).toEqual({
      id: SOURCE,
      title: `Testbron ${suffix}`,
      publisher: 'Testuitgever',
      date: '2024-05',
      kind: 'ARTICLE',
      url: 'https://example.org/testbron',
      author: null,
      language: 'nl',
      factCount: 0,
    });
    const data = await query(ctx.app, `{ source(id: "${SOURCE}") { title } }`);
    expect(data.source.title).toBe(`Testbron ${suffix}`);
  });

  it('createEntity adds an entity with its provenance, findable by id and by search', async () => {
    const person = await createPerson('anna', `Anna Testpersoon ${suffix}`, { aliases: ['A. Testpersoon', ' ', 'A. Testpersoon'] });
    expect(person).toEqual({
      __typename: 'Person',
      id: `person-anna-${suffix}`,
      name: `Anna Testpersoon ${suffix}`,
      type: 'PERSON',
      aliases: ['A. Testpersoon'],
      provenance: [{ quote: QUOTE, source: { id: SOURCE, title: `Testbron ${suffix}` } }],
    });
    const data = await query(ctx.app, `{ node(id: "person-anna-${suffix}") { name } search(query: "Testpersoon ${suffix}") { edges { node { id } } } }`);
    expect(data.node.name).toBe(`Anna Testpersoon ${suffix}`);
    expect(data.search.edges.map((e: Json) => e.node.id)).toContain(`person-anna-${suffix}`);
    const source = await query(ctx.app, `{ source(id: "${SOURCE}") { factCount } }`);
    expect(source.source.factCount).toBe(1);
  });

  it('createEntity generates an id from type and name when none is given', async () => {
    const { createEntity } = await mutate(CREATE_ENTITY, { input: { type: 'CONSULTANCY', name: `Bureau Één ${suffix}`, provenance: prov() } });
    expect(createEntity.id).toBe(`consultancy-bureau-een-${suffix}`);
    expect(createEntity.__typename).toBe('Consultancy');
  });

  it('createEntity refuses an id that is taken with CONFLICT', async () => {
    const res = await gql(ctx.app, CREATE_ENTITY, { input: { type: 'PERSON', id: `person-anna-${suffix}`, name: 'Nog een Anna', provenance: prov() } }, AUTH);
    expectRefused(res, 'CONFLICT', /already exists/);
  });

  // Issue 19: a create that committed while the caller saw DB_UNAVAILABLE is retried; docs/API.md promises that is safe.
  describe('retrying a create', () => {
    const auditEntries = async (id: string) =>
      (await ctx.db.read<{ n: number }>('test:audit', 'MATCH (a:AuditEntry) WHERE $id IN a.entityIds RETURN count(a) AS n', { id }))[0]!.n;

    it('createEntity with the same input returns the entity it created, once (no second entity, no second audit entry)', async () => {
      const input = { type: 'CONSULTANCY', id: `consultancy-retry-${suffix}`, name: `Bureau Opnieuw ${suffix}`, aliases: ['Opnieuw BV'], website: 'https://opnieuw.example.nl', provenance: prov() };
      const first = (await mutate(CREATE_ENTITY, { input })).createEntity;
      const before = await graphCounts(ctx.db);
      const again = (await mutate(CREATE_ENTITY, { input })).createEntity;
      expect(again).toEqual(first);
      expect(await graphCounts(ctx.db)).toEqual(before);
      expect(await auditEntries(input.id)).toBe(1);
    });

    it('createEntity with other data for an existing id is a CONFLICT that names the id and what to do, and writes nothing', async () => {
      const input = { type: 'PERSON', id: `person-anna-${suffix}`, name: `Anna Testpersoon ${suffix}`, aliases: ['A. Testpersoon'], provenance: prov('Een andere zin uit dezelfde bron.') };
      const before = await graphCounts(ctx.db);
      const error = expectRefused(
        await gql(ctx.app, CREATE_ENTITY, { input }, AUTH),
        'CONFLICT',
        new RegExp(`^An entity with id "person-anna-${suffix}" already exists with other data \\(PERSON "Anna Testpersoon ${suffix}"\\); nothing was written\\. Use updateEntity to change it, mergeEntities for a duplicate`),
      );
      expect(error.extensions?.id).toBe(`person-anna-${suffix}`);
      expect(await graphCounts(ctx.db)).toEqual(before);
    });

    it('createSource with the same input returns the source; other data for its id is a CONFLICT without database internals', async () => {
      const input = { id: `src-retry-${suffix}`, title: `Opnieuw verstuurd ${suffix}`, kind: 'ARTICLE', url: 'https://example.org/opnieuw' };
      const first = (await mutate(CREATE_SOURCE, { input })).createSource;
      const before = await graphCounts(ctx.db);
      expect((await mutate(CREATE_SOURCE, { input })).createSource).toEqual(first);
      expect(await auditEntries(input.id)).toBe(1);
      const res = await gql(ctx.app, CREATE_SOURCE, { input: { ...input, title: 'Een andere titel' } }, AUTH);
      const error = expectRefused(res, 'CONFLICT', new RegExp(`^A source with id "src-retry-${suffix}" already exists with other data \\(title "Opnieuw verstuurd ${suffix}"\\); nothing was written\\. Cite that source`));
      expect(error.message).not.toMatch(/Node\(\d+\)|label|property|constraint/i);
      expect(await graphCounts(ctx.db)).toEqual(before);
    });
  });

  describe('web addresses (issue 19: javascript: URLs were stored)', () => {
    const BAD = ['javascript:alert(document.cookie)', 'JAVASCRIPT:alert(1)', 'data:text/html;base64,PHNjcmlwdD4=', 'www.zonder-schema.nl'];

    it('createSource takes http(s) urls only, with a BAD_INPUT that says what to send', async () => {
      for (const url of BAD) {
        const before = await graphCounts(ctx.db);
        const error = expectRefused(
          await gql(ctx.app, CREATE_SOURCE, { input: { id: `src-url-${suffix}`, title: 'Bron met link', kind: 'ARTICLE', url } }, AUTH),
          'BAD_INPUT',
          /^`url`: .*send a full web address starting with http:\/\/ or https:\/\//,
        );
        expect(error.extensions?.argument).toBe('url');
        expect(await graphCounts(ctx.db)).toEqual(before);
      }
    });

    it('createEntity and updateEntity take http(s) websites only', async () => {
      const before = await graphCounts(ctx.db);
      for (const website of BAD) {
        expectRefused(
          await gql(ctx.app, CREATE_ENTITY, { input: { type: 'CONSULTANCY', id: `consultancy-url-${suffix}`, name: 'Bureau Link', website, provenance: prov() } }, AUTH),
          'BAD_INPUT',
          /^`website`: .*http:\/\/ or https:\/\//,
        );
        expectRefused(await gql(ctx.app, UPDATE_ENTITY, { id: `consultancy-retry-${suffix}`, input: { website, provenance: prov() } }, AUTH), 'BAD_INPUT', /^`website`: /);
      }
      expect(await graphCounts(ctx.db)).toEqual(before);
      const ok = (await mutate(UPDATE_ENTITY, { id: `consultancy-retry-${suffix}`, input: { website: ' https://nieuw.example.nl/ ', provenance: prov() } })).updateEntity;
      expect(ok.website).toBe('https://nieuw.example.nl/');
    });
  });

  it('refuses a quote that is too short with the actual rule, not "a quote is required"', async () => {
    const error = expectRefused(
      await gql(ctx.app, CREATE_ENTITY, { input: { type: 'PERSON', id: `person-kort-${suffix}`, name: 'Korte Quote', provenance: prov('x') } }, AUTH),
      'BAD_INPUT',
      /^provenance\[0\]\.quote: "x" is too short: a quote is the sentence of the source that supports the fact, verbatim: at least 3/,
    );
    expect(error.message).not.toMatch(/a quote is required/);
  });

  it('updateEntity changes fields and adds the new evidence to the provenance', async () => {
    const { updateEntity } = await mutate(UPDATE_ENTITY, {
      id: `consultancy-bureau-een-${suffix}`,
      input: { name: `Bureau Een ${suffix}`, aliases: ['Bureau 1'], website: 'https://bureau-een.example', provenance: prov('Het bureau heet sinds kort Bureau Een.') },
    });
    expect(updateEntity).toMatchObject({ name: `Bureau Een ${suffix}`, aliases: ['Bureau 1'], website: 'https://bureau-een.example' });
    expect(updateEntity.provenance.map((p: Json) => p.quote)).toEqual([QUOTE, 'Het bureau heet sinds kort Bureau Een.']);
    const data = await query(ctx.app, `{ search(query: "Bureau 1 ${suffix}") { edges { node { id } } } }`);
    expect(data.search.edges.map((e: Json) => e.node.id)).toContain(`consultancy-bureau-een-${suffix}`);
  });

  it('updateEntity leaves out fields that are not given', async () => {
    const { updateEntity } = await mutate(UPDATE_ENTITY, { id: `consultancy-bureau-een-${suffix}`, input: { provenance: prov('Nog een zin uit de bron.') } });
    expect(updateEntity).toMatchObject({ name: `Bureau Een ${suffix}`, aliases: ['Bureau 1'], website: 'https://bureau-een.example' });
    expect(updateEntity.provenance).toHaveLength(3);
  });

  it('addRelation adds a relationship with its evidence, visible from both ends', async () => {
    const { addRelation } = await mutate(ADD_RELATION, {
      input: { type: 'WORKS_AT', from: `person-anna-${suffix}`, to: 'consultancy-kern-konsult', title: 'adviseur', provenance: prov() },
    });
    const id = `person-anna-${suffix}|WORKS_AT|consultancy-kern-konsult`;
    expect(addRelation).toEqual({
      id,
      type: 'WORKS_AT',
      role: null,
      title: 'adviseur',
      attributes: [],
      from: { id: `person-anna-${suffix}` },
      to: { id: 'consultancy-kern-konsult' },
      provenance: [{ quote: QUOTE, source: { id: SOURCE, title: `Testbron ${suffix}` } }],
    });
    const data = await query(
      ctx.app,
      `{ relation(id: "${id}") { id } person(id: "person-anna-${suffix}") { employments { title organization { id } } }
         consultancy(id: "consultancy-kern-konsult") { people { id } } }`,
    );
    expect(data.relation.id).toBe(id);
    expect(data.person.employments).toEqual([{ title: 'adviseur', organization: { id: 'consultancy-kern-konsult' } }]);
    expect(ids(data.consultancy.people)).toContain(`person-anna-${suffix}`);
  });

  it('addRelation on an existing relationship merges: one relationship, the evidence added', async () => {
    const input = { type: 'WORKS_AT', from: `person-anna-${suffix}`, to: 'consultancy-kern-konsult', provenance: prov('Anna werkt bij Kern Konsult.') };
    const { addRelation } = await mutate(ADD_RELATION, { input });
    expect(addRelation.provenance.map((p: Json) => p.quote)).toEqual([QUOTE, 'Anna werkt bij Kern Konsult.']);
    expect(addRelation.title).toBe('adviseur');
    const data = await query(ctx.app, `{ person(id: "person-anna-${suffix}") { relations(types: [WORKS_AT]) { id } } }`);
    expect(data.person.relations).toHaveLength(1);
  });

  it('addRelation stores the role of WORKED_ON and the kind of RELATED_TO', async () => {
    const worked = await mutate(ADD_RELATION, {
      input: { type: 'WORKED_ON', from: `person-anna-${suffix}`, to: 'eng-sociale-dienst-drechtsteden-coronacrisis', role: 'OTHER', provenance: prov() },
    });
    expect(worked.addRelation).toMatchObject({ type: 'WORKED_ON', role: 'OTHER' });
    const related = await mutate(ADD_RELATION, {
      input: { type: 'RELATED_TO', from: `person-anna-${suffix}`, to: 'person-nathalie-de-man', kind: 'oud-collega', provenance: prov() },
    });
    expect(related.addRelation.attributes).toEqual([{ key: 'kind', value: 'oud-collega' }]);
    const collaborators = await query(ctx.app, '{ collaborators(personId: "person-nathalie-de-man") { person { id } } }');
    expect(ids(collaborators.collaborators.map((c: Json) => c.person))).toContain(`person-anna-${suffix}`);
  });

  it('removeRelation removes one relationship and reports it', async () => {
    const id = `person-anna-${suffix}|RELATED_TO|person-nathalie-de-man`;
    const { removeRelation } = await mutate(REMOVE_RELATION, { id });
    expect(removeRelation).toEqual({ id, deleted: true, relationsRemoved: 1 });
    const data = await query(ctx.app, `{ relation(id: "${id}") { id } }`);
    expect(data.relation).toBeNull();
  });

  it('removeRelation of a relationship that is not there answers NOT_FOUND', async () => {
    expectRefused(await gql(ctx.app, REMOVE_RELATION, { id: `person-anna-${suffix}|RELATED_TO|person-nathalie-de-man` }, AUTH), 'NOT_FOUND', /No relation/);
  });

  describe('mergeEntities', () => {
    const survivor = () => `person-merge-keep-${suffix}`;
    const duplicate = () => `person-merge-dup-${suffix}`;
    let before: Json;

    beforeAll(async () => {
      await createPerson('merge-keep', `Bea Bewaard ${suffix}`);
      await createPerson('merge-dup', `B. Bewaard ${suffix}`, { aliases: ['Beatrix Bewaard'], provenance: prov('B. Bewaard was erbij, zegt de bron.') });
      // Both work at Kern Konsult (one relationship after the merge, both quotes on it); only the
      // duplicate worked on an engagement and is linked to a colleague (moved to the survivor).
      await mutate(ADD_RELATION, { input: { type: 'WORKS_AT', from: survivor(), to: 'consultancy-kern-konsult', title: 'adviseur', provenance: prov('Bea werkt bij Kern Konsult.') } });
      await mutate(ADD_RELATION, { input: { type: 'WORKS_AT', from: duplicate(), to: 'consultancy-kern-konsult', provenance: prov('B. Bewaard is adviseur bij Kern Konsult.') } });
      await mutate(ADD_RELATION, {
        input: { type: 'WORKED_ON', from: duplicate(), to: 'eng-westland-samenwerking-sociaal-kernteam', role: 'CONSULTANT', provenance: prov('B. Bewaard begeleidde het kernteam.') },
      });
      await mutate(ADD_RELATION, { input: { type: 'RELATED_TO', from: 'person-roeland-grip', to: duplicate(), kind: 'collega', provenance: prov('Roeland en B. werkten samen.') } });
      before = await graphCounts(ctx.db);
    });

    it('moves relationships, provenance and the name to the survivor and deletes the duplicate', async () => {
      const { mergeEntities: merged } = await mutate(MERGE, { s: survivor(), d: duplicate() });
      expect(merged.id).toBe(survivor());
      expect(merged.name).toBe(`Bea Bewaard ${suffix}`);
      expect(merged.aliases).toEqual(expect.arrayContaining([`B. Bewaard ${suffix}`, 'Beatrix Bewaard']));
      expect(merged.provenance.map((p: Json) => p.quote)).toEqual(expect.arrayContaining([QUOTE, 'B. Bewaard was erbij, zegt de bron.']));

      const byId = new Map(merged.relations.map((r: Json) => [r.id, r]));
      const worksAt = byId.get(`${survivor()}|WORKS_AT|consultancy-kern-konsult`) as Json;
      expect(worksAt.title).toBe('adviseur');
      expect(worksAt.provenance.map((p: Json) => p.quote).sort()).toEqual(['B. Bewaard is adviseur bij Kern Konsult.', 'Bea werkt bij Kern Konsult.']);
      const workedOn = byId.get(`${survivor()}|WORKED_ON|eng-westland-samenwerking-sociaal-kernteam`) as Json;
      expect(workedOn).toMatchObject({ type: 'WORKED_ON', role: 'CONSULTANT', from: { id: survivor() } });
      expect(workedOn.provenance).toEqual([{ quote: 'B. Bewaard begeleidde het kernteam.' }]);
      const related = byId.get(`person-roeland-grip|RELATED_TO|${survivor()}`) as Json;
      expect(related).toMatchObject({ type: 'RELATED_TO', from: { id: 'person-roeland-grip' }, to: { id: survivor() } });
      expect(merged.relations).toHaveLength(3);
    });

    it('leaves no trace of the duplicate: gone by id, in search, and in Neo4j', async () => {
      const data = await query(
        ctx.app,
        `{ node(id: "${duplicate()}") { id } search(query: "Beatrix Bewaard") { edges { node { id } } }
           engagement(id: "eng-westland-samenwerking-sociaal-kernteam") { participants { person { id } } } }`,
      );
      expect(data.node).toBeNull();
      expect(data.search.edges.map((e: Json) => e.node.id)).toEqual([survivor()]);
      expect(data.engagement.participants.map((p: Json) => p.person.id)).toContain(survivor());
      expect(data.engagement.participants.map((p: Json) => p.person.id)).not.toContain(duplicate());
      const rows = await ctx.db.read('test:dupGone', 'MATCH (n {id: $id}) RETURN n', { id: duplicate() });
      expect(rows).toEqual([]);
      const after = await graphCounts(ctx.db);
      expect(after.nodes).toBe(before.nodes - 1);
      expect(after.relationships).toBe(before.relationships - 1); // the two WORKS_AT became one
    });

    it('refuses to merge entities of different types with BAD_INPUT', async () => {
      expectRefused(await gql(ctx.app, MERGE, { s: survivor(), d: 'consultancy-kern-konsult' }, AUTH), 'BAD_INPUT', /one type/);
    });

    it('refuses to merge an entity with itself with BAD_INPUT', async () => {
      expectRefused(await gql(ctx.app, MERGE, { s: survivor(), d: survivor() }, AUTH), 'BAD_INPUT', /same entity/);
    });
  });

  it('deleteEntity removes an entity with its relationships and says how many', async () => {
    const { deleteEntity } = await mutate(DELETE_ENTITY, { id: `person-anna-${suffix}` });
    expect(deleteEntity).toEqual({ id: `person-anna-${suffix}`, deleted: true, relationsRemoved: 2 });
    const data = await query(
      ctx.app,
      `{ node(id: "person-anna-${suffix}") { id } consultancy(id: "consultancy-kern-konsult") { people { id } }
         engagement(id: "eng-sociale-dienst-drechtsteden-coronacrisis") { participants { person { id } } } }`,
    );
    expect(data.node).toBeNull();
    expect(ids(data.consultancy.people)).not.toContain(`person-anna-${suffix}`);
    expect(data.engagement.participants).toHaveLength(2);
  });

  it('deleteEntity of an unknown id answers NOT_FOUND', async () => {
    expectRefused(await gql(ctx.app, DELETE_ENTITY, { id: `person-anna-${suffix}` }, AUTH), 'NOT_FOUND', /No entity/);
  });
});
