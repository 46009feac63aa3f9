/**
 * Erasing a person (AVG, issue 12): after `erasePerson` the name is found by no query, search,
 * neighbourhood, engagement, path, export, proposal list or audit read — nor anywhere in the
 * database —, the other facts of the same quote stay readable with "[verwijderd]", the audit keeps
 * who, when and why under the erasure key, and nothing brings the person back — nor a new person
 * of the same name unless an admin confirms it is someone else. A curator is refused
 * and nothing changes. The test creates its own person (and everything around it) and removes it
 * afterwards, so the fixture graph stays as the other files expect it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, useTestApp } from '../support/testServer.js';
import { expectRefused, runSuffix, type Json } from './apiHelpers.js';
import { saveIntake, textHash } from '../../server/src/db/saveProposals.js';
import { exportGraph } from '../../server/src/db/exportGraph.js';
import { importGraph } from '../../server/src/db/importGraph.js';
import { erasureKey, REDACTED } from '../../server/src/domain/redact.js';
import { GRAPH_FORMAT, GRAPH_FORMAT_VERSION } from '../../server/src/domain/graphDocument.js';

const suffix = runSuffix();
// Letters only: the name must be one search token.
const tag = suffix.replace(/[0-9]/g, (d) => 'abcdefghij'[Number(d)]!);
const NAME = `Gerda Wisselvlam${tag}`;
const ALIAS = `G. Wisselvlam${tag}`;
const PERSON = `person-erase-${suffix}`;
const SOURCE = `src-erase-${suffix}`;
const INTAKE = `src-erase-intake-${suffix}`;
const ENG = `eng-erase-${suffix}`;
const ORG = `org-erase-${suffix}`;
const KERN = 'consultancy-kern-konsult';
const WESTLAND = 'gemeente-westland';
const KEY = erasureKey(PERSON);
const TOKENS = { anna: 'curator-secret-erasure-0123456789', beheer: 'admin-secret-erasure-0123456789' };
const as = (name: keyof typeof TOKENS) => ({ authorization: `Bearer ${TOKENS[name]}` });
const PERSON_QUOTE = `${NAME} werkte als adviseur bij Kern Konsult aan het traject in Westland.`;
const ENG_QUOTE = `Het traject werd geleid door ${NAME} en duurde een jaar.`;
const FOR_QUOTE = `Gemeente Westland huurde ${NAME} (${ALIAS}) in voor het traject.`;
const ARTICLE = `Inleiding.\n${NAME} begon in 2021 bij de gemeente Westland. Volgens ${NAME} werkt de gemeente Westland nu wijkgericht. Einde.`;
const ERASE = 'mutation($id: ID!, $r: String!) { erasePerson(id: $id, reason: $r) { erasureKey relationsRemoved aliasesRemoved entitiesRedacted relationsRedacted sourcesRedacted snapshotsRedacted proposalsRemoved proposalsRedacted auditEntriesRedacted seedFilesToEdit } }';
const REASON = 'verzoek betrokkene, art. 17 AVG';

/** Every node and relationship property anywhere in the database that contains the text (case-insensitive). */
const FIND_ANYWHERE = `
  CALL () {
    MATCH (n) UNWIND keys(n) AS k WITH n, k, n[k] AS v
    WITH n, k, CASE WHEN v IS :: STRING THEN [v] WHEN v IS :: LIST<STRING NOT NULL> THEN v ELSE [] END AS texts
    WHERE any(t IN texts WHERE toLower(t) CONTAINS $needle)
    RETURN labels(n)[0] + '.' + k AS hit
    UNION ALL
    MATCH ()-[r]->() UNWIND keys(r) AS k WITH r, k, r[k] AS v
    WITH r, k, CASE WHEN v IS :: STRING THEN [v] WHEN v IS :: LIST<STRING NOT NULL> THEN v ELSE [] END AS texts
    WHERE any(t IN texts WHERE toLower(t) CONTAINS $needle)
    RETURN type(r) + '.' + k AS hit
  }
  RETURN collect(hit) AS hits`;

describe('erasePerson (AVG)', () => {
  const ctx = useTestApp({ KENNISGRAAF_CURATOR_TOKENS: `anna=${TOKENS.anna}`, KENNISGRAAF_ADMIN_TOKENS: `beheer=${TOKENS.beheer}` });
  const run = async (source: string, variables: Record<string, unknown> = {}, who: keyof typeof TOKENS = 'beheer'): Promise<Json> => {
    const res = await gql<Json>(ctx.app, source, variables, as(who));
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return res.data;
  };
  const anywhere = async (needle: string) => (await ctx.db.read<{ hits: string[] }>('test:anywhere', FIND_ANYWHERE, { needle: needle.toLowerCase() }))[0]!.hits;
  const names = (x: unknown) => JSON.stringify(x).toLowerCase().includes(`wisselvlam${tag}`) || JSON.stringify(x).includes(PERSON);
  let personProposal = '';

  beforeAll(async () => {
    const prov = (quote: string, sourceId = SOURCE) => [{ sourceId, quote }];
    await run('mutation($i: CreateSourceInput!) { createSource(input: $i) { id } }', { i: { id: SOURCE, title: `Interview met ${NAME}`, author: NAME, kind: 'INTERVIEW' } }, 'anna');
    const entity = 'mutation($i: CreateEntityInput!) { createEntity(input: $i) { id } }';
    await run(entity, { i: { type: 'PERSON', id: PERSON, name: NAME, aliases: [ALIAS], provenance: prov(PERSON_QUOTE) } }, 'anna');
    await run(entity, { i: { type: 'ENGAGEMENT', id: ENG, name: `Wijkgericht werken ${tag}`, summary: `Begeleid door ${NAME}.`, start: '2021', provenance: prov(ENG_QUOTE) } }, 'anna');
    await run(entity, { i: { type: 'ORGANIZATION', id: ORG, name: `Stichting Wijkkracht ${tag}`, aliases: [`Wijkkracht van ${NAME}`, NAME], provenance: prov(`De stichting Wijkkracht ${tag} is opgericht door ${NAME}.`) } }, 'anna');
    const rel = 'mutation($i: AddRelationInput!) { addRelation(input: $i) { id } }';
    await run(rel, { i: { type: 'WORKED_ON', from: PERSON, to: ENG, role: 'CONSULTANT', provenance: prov(PERSON_QUOTE) } }, 'anna');
    await run(rel, { i: { type: 'WORKS_AT', from: PERSON, to: KERN, title: 'adviseur', provenance: prov(PERSON_QUOTE) } }, 'anna');
    await run(rel, { i: { type: 'BY', from: ENG, to: KERN, provenance: prov(PERSON_QUOTE) } }, 'anna');
    await run(rel, { i: { type: 'FOR', from: ENG, to: WESTLAND, provenance: prov(FOR_QUOTE) } }, 'anna');
    await run('mutation($id: ID!, $i: UpdateEntityInput!) { updateEntity(id: $id, input: $i) { id } }', { id: PERSON, i: { aliases: [ALIAS], provenance: prov(ENG_QUOTE) } }, 'anna');

    // An article taken in by intake: its snapshot names the person, with proposals of it (saved as intake saves them).
    const at = (needle: string, from = 0) => ARTICLE.indexOf(needle, from);
    const s1 = at(NAME);
    const q1 = ARTICLE.slice(s1, at('. Volgens') + 1);
    const s2 = at('Volgens');
    const q2 = ARTICLE.slice(s2, at(' Einde'));
    const w2 = at('Westland', s2);
    const saved = await saveIntake(
      ctx.db,
      { sourceId: INTAKE, text: ARTICLE, hash: textHash(ARTICLE), format: 'text', props: { id: INTAKE, title: `Wijkgericht in Westland ${tag}`, kind: 'ARTICLE', textRetrieved: '2026-01-01' } },
      {
        entities: [
          {
            key: `PERSON|${NAME.toLowerCase()}`, type: 'PERSON', name: NAME, linkedEntityId: null, quote: q1, quoteStart: s1, confidence: 0.9, rule: 'FROG_NER',
            mentions: [{ type: 'PERSON', text: NAME, start: s1, end: s1 + NAME.length, sentence: 1, rule: 'FROG_NER', confidence: 0.9, name: NAME }],
          },
          {
            key: `MUNICIPALITY|westland`, type: 'MUNICIPALITY', name: 'Westland', linkedEntityId: WESTLAND, quote: q2, quoteStart: s2, confidence: 0.95, rule: 'MUNICIPALITY_PATTERN',
            mentions: [{ type: 'MUNICIPALITY', text: 'Westland', start: w2, end: w2 + 'Westland'.length, sentence: 2, rule: 'MUNICIPALITY_PATTERN', confidence: 0.95, name: 'Westland' }],
          },
        ],
        relations: [{ key: `WORKS_AT|PERSON|${NAME.toLowerCase()}|MUNICIPALITY|westland`, type: 'WORKS_AT', from: `PERSON|${NAME.toLowerCase()}`, to: 'MUNICIPALITY|westland', quote: q1, quoteStart: s1, confidence: 0.7, rule: 'AFFILIATION' }],
      },
    );
    expect(saved.added).toBe(3);
    personProposal = (await ctx.db.read<{ id: string }>('test:prop', "MATCH (p:Proposal {sourceId: $s, entityType: 'PERSON'}) RETURN p.id AS id", { s: INTAKE }))[0]!.id;
  });

  afterAll(async () => {
    await ctx.db?.write('test:cleanup', async (tx) => {
      await tx.run('MATCH (n) WHERE (n:Entity OR n:Source) AND n.id ENDS WITH $suffix DETACH DELETE n', { suffix });
      await tx.run('MATCH (n) WHERE (n:Proposal OR n:SourceText) AND n.sourceId ENDS WITH $suffix DETACH DELETE n', { suffix });
      await tx.run('MATCH (a:AuditEntry) WHERE any(id IN a.entityIds WHERE id ENDS WITH $suffix OR id = $key) DELETE a', { suffix, key: KEY });
      await tx.run('MATCH (e:Erasure {key: $key}) DELETE e', { key: KEY });
    });
  });

  it('finds the person everywhere before the erasure (so the checks after it mean something)', async () => {
    expect((await run(`{ search(query: "${NAME}") { totalCount } }`)).search.totalCount).toBeGreaterThanOrEqual(2);
    expect(names(await run(`{ engagement(id: "${ENG}") { participants { person { name } } } }`))).toBe(true);
    expect((await anywhere(NAME)).length).toBeGreaterThan(10);
  });

  it('refuses a curator with FORBIDDEN and changes nothing', async () => {
    const before = await anywhere(NAME);
    expectRefused(await gql(ctx.app, ERASE, { id: PERSON, r: REASON }, as('anna')), 'FORBIDDEN', /admin role/);
    expectRefused(await gql(ctx.app, ERASE, { id: PERSON, r: REASON }), 'UNAUTHENTICATED');
    expect(await anywhere(NAME)).toEqual(before);
    expect((await run(`{ person(id: "${PERSON}") { id } }`)).person).toEqual({ id: PERSON });
  });

  it('refuses unknown ids, other entity types and a reason that names the person, writing nothing', async () => {
    const n = (await ctx.db.read<{ n: number }>('test:audit', 'MATCH (a:AuditEntry) RETURN count(a) AS n'))[0]!.n;
    expectRefused(await gql(ctx.app, ERASE, { id: 'person-niemand-bekend', r: REASON }, as('beheer')), 'NOT_FOUND', /No entity with id "person-niemand-bekend"/);
    expectRefused(await gql(ctx.app, ERASE, { id: KERN, r: REASON }, as('beheer')), 'BAD_INPUT', /is a CONSULTANCY, not a person/);
    expectRefused(await gql(ctx.app, ERASE, { id: PERSON, r: `verzoek van ${NAME}` }, as('beheer')), 'BAD_INPUT', /must not name the person/);
    expectRefused(await gql(ctx.app, ERASE, { id: PERSON, r: '  ' }, as('beheer')), 'BAD_INPUT', /reason/);
    expect((await ctx.db.read<{ n: number }>('test:audit', 'MATCH (a:AuditEntry) RETURN count(a) AS n'))[0]!.n).toBe(n);
  });

  it('erases the person in one transaction and says what it did', async () => {
    const { erasePerson: r } = await run(ERASE, { id: PERSON, r: REASON });
    expect(r).toMatchObject({
      erasureKey: KEY,
      relationsRemoved: 2, // WORKED_ON, WORKS_AT
      aliasesRemoved: 1, // the organisation's alias that was the name
      proposalsRemoved: 2, // the person proposal and its WORKS_AT proposal
      proposalsRedacted: 1, // the Westland proposal: quote redacted, offsets moved
      snapshotsRedacted: 1,
      sourcesRedacted: 1,
      seedFilesToEdit: [],
    });
    expect(r.entitiesRedacted).toBeGreaterThanOrEqual(2); // the engagement and the organisation
    expect(r.relationsRedacted).toBeGreaterThanOrEqual(2); // BY and FOR
    expect(r.auditEntriesRedacted).toBeGreaterThanOrEqual(9);
    expect(names(r)).toBe(false);
  });

  it('leaves the name nowhere in the database', async () => {
    expect(await anywhere(NAME)).toEqual([]);
    expect(await anywhere(ALIAS)).toEqual([]);
    expect(await anywhere(PERSON)).toEqual([]);
    expect(await anywhere(`wisselvlam${tag}`)).toEqual([]);
  });

  it('is found by no query: entity, search, neighbourhood, engagements and their participants, paths', async () => {
    expect((await run(`{ person(id: "${PERSON}") { id } node(id: "${PERSON}") { id } }`)).person).toBeNull();
    for (const q of [NAME, ALIAS, `Wisselvlam${tag}`]) expect((await run('query($q: String!) { search(query: $q) { totalCount } }', { q })).search.totalCount).toBe(0);
    const reads = [
      `{ engagement(id: "${ENG}") { name summary participants { person { id name } } provenance { quote source { title author } } relations { id provenance { quote } } } }`,
      `{ neighborhood(ids: ["${ENG}", "${KERN}", "${ORG}"], depth: 2, limit: 500) { nodes { id label } edges { id } } }`,
      `{ engagements(filter: { consultancies: ["${KERN}"] }, first: 100) { edges { node { id participants { person { name } } } } } }`,
      `{ consultancy(id: "${KERN}") { people { name } engagements { participants { person { name aliases } } } } }`,
      `{ paths(from: "${ENG}", to: "${WESTLAND}", maxLength: 3) { steps { relation { id provenance { quote } } } } }`,
      `{ organization(id: "${ORG}") { name aliases provenance { quote } } source(id: "${SOURCE}") { title author } }`,
    ];
    for (const q of reads) {
      const data = await gql<Json>(ctx.app, q, {}, as('beheer'));
      expect(data.errors, `${q}: ${JSON.stringify(data.errors)}`).toBeUndefined();
      expect(names(data), q).toBe(false);
    }
  });

  it('keeps the rest of every quote readable, with "[verwijderd]" where the name stood', async () => {
    const { engagement } = await run(`{ engagement(id: "${ENG}") { summary provenance { quote } participants { role } } }`);
    expect(engagement.participants).toEqual([]);
    expect(engagement.summary).toBe(`Begeleid door ${REDACTED}.`);
    expect(engagement.provenance.map((p: Json) => p.quote)).toContain(`Het traject werd geleid door ${REDACTED} en duurde een jaar.`);
    const { organization, source } = await run(`{ organization(id: "${ORG}") { aliases } source(id: "${SOURCE}") { title author } }`);
    expect(organization.aliases).toEqual([`Wijkkracht van ${REDACTED}`]);
    expect(source).toEqual({ title: `Interview met ${REDACTED}`, author: REDACTED });
    const { paths } = await run(`{ paths(from: "${ENG}", to: "${WESTLAND}", maxLength: 1) { steps { relation { provenance { quote } } } } }`);
    expect(paths[0].steps[0].relation.provenance[0].quote).toBe(`Gemeente Westland huurde ${REDACTED} (${REDACTED}) in voor het traject.`);
  });

  it('redacts the article snapshot and the remaining proposals consistently, and removes the person\'s proposals', async () => {
    const { proposals, source } = await run(`{ proposals(sourceId: "${INTAKE}") { id name quote quoteStart mentions { text start end } } source(id: "${INTAKE}") { text } }`, {}, 'anna');
    expect(names({ proposals, source })).toBe(false);
    expect(proposals.map((p: Json) => p.id)).not.toContain(personProposal);
    expect(proposals).toHaveLength(1);
    const [westland] = proposals;
    expect(source.text).toContain(`Volgens ${REDACTED} werkt de gemeente Westland`);
    // Offsets still point at the same words in the redacted text.
    expect(source.text.slice(westland.quoteStart, westland.quoteStart + westland.quote.length)).toBe(westland.quote);
    for (const m of westland.mentions) expect(source.text.slice(m.start, m.end)).toBe(m.text);
    expect((await run(`{ proposal(id: "${personProposal}") { id } }`, {}, 'anna')).proposal).toBeNull();
    const queue = await run('{ reviewQueue(status: [PENDING, ACCEPTED, EDITED, REJECTED]) { id title } }', {}, 'anna');
    expect(names(queue)).toBe(false);
  });

  it('is in no export', async () => {
    const doc = await exportGraph(ctx.db);
    expect(doc.entities.some((e) => e.id === ORG)).toBe(true);
    expect(names(doc)).toBe(false);
  });

  it('keeps in the audit who, when and why under the erasure key, and the name in no audit read', async () => {
    const { auditLog } = await run('{ auditLog(first: 100) { edges { node { who operation entityIds relationIds before after reason at } } } }');
    expect(names(auditLog)).toBe(false);
    const erasure = auditLog.edges.map((e: Json) => e.node).find((n: Json) => n.operation === 'erasePerson');
    expect(erasure).toMatchObject({ who: 'beheer', entityIds: [KEY], relationIds: [], reason: REASON, before: null });
    expect(Math.abs(Date.parse(erasure.at) - Date.now())).toBeLessThan(120_000);
    // The person's earlier history is found under the key, redacted.
    const history = await run('query($e: ID) { auditLog(entityId: $e, first: 100) { totalCount edges { node { operation before after } } } }', { e: KEY });
    expect(history.auditLog.edges.map((e: Json) => e.node.operation)).toEqual(expect.arrayContaining(['erasePerson', 'createEntity', 'updateEntity', 'addRelation']));
    expect(names(history)).toBe(false);
    expect(JSON.stringify(history)).toContain(REDACTED);
  });

  it('never brings the person back: createEntity, import and a second erasure are refused', async () => {
    const prov = [{ sourceId: SOURCE, quote: 'Een nieuwe zin over deze persoon.' }];
    expectRefused(
      await gql(ctx.app, 'mutation($i: CreateEntityInput!) { createEntity(input: $i) { id } }', { i: { type: 'PERSON', id: PERSON, name: 'Iemand Anders', provenance: prov } }, as('anna')),
      'CONFLICT',
      /was erased \(AVG\) on .* and may not come back/,
    );
    const doc = {
      format: GRAPH_FORMAT,
      version: GRAPH_FORMAT_VERSION,
      sources: [{ id: SOURCE, title: 'Interview', kind: 'INTERVIEW' as const, properties: {} }],
      entities: [{ id: PERSON, type: 'PERSON' as const, name: NAME, aliases: [], properties: {}, provenance: [{ source: SOURCE, quote: PERSON_QUOTE }] }],
      relations: [],
    };
    await expect(importGraph(ctx.db, doc)).rejects.toThrow(/was erased \(AVG\).*nothing was written/);
    expect(await anywhere(NAME)).toEqual([]);
    expectRefused(await gql(ctx.app, ERASE, { id: PERSON, r: REASON }, as('beheer')), 'NOT_FOUND', /was erased already/);
  });

  it('refuses the name under a new id unless an admin confirms it is someone else, and audits the confirmation', async () => {
    const OTHER = `person-erase-other-${suffix}`;
    const create = 'mutation($i: CreateEntityInput!) { createEntity(input: $i) { id name } }';
    const prov = [{ sourceId: SOURCE, quote: 'Een andere persoon met dezelfde naam.' }];
    // The same name in other letters (case), and the name as an alias: both are the erased person's.
    const sameName = { type: 'PERSON', id: OTHER, name: NAME.toUpperCase(), provenance: prov };
    const asAlias = { type: 'PERSON', id: OTHER, name: 'Iemand Anders', aliases: [ALIAS], provenance: prov };
    const nameRefused = /has the name \(or an alias\) of a person who was erased \(AVG\) on .*nothing was written.*an admin creates them with createEntity and confirmNotErased: true/;
    expectRefused(await gql(ctx.app, create, { i: sameName }, as('anna')), 'CONFLICT', nameRefused);
    expectRefused(await gql(ctx.app, create, { i: asAlias }, as('beheer')), 'CONFLICT', nameRefused);
    // Import and accepted proposals (writeGraph) refuse a new person of that name too.
    const doc = (id: string) => ({
      format: GRAPH_FORMAT,
      version: GRAPH_FORMAT_VERSION,
      sources: [],
      entities: [{ id, type: 'PERSON' as const, name: NAME, aliases: [], properties: {}, provenance: [{ source: SOURCE, quote: PERSON_QUOTE }] }],
      relations: [],
    });
    await expect(importGraph(ctx.db, doc(`person-import-${suffix}`))).rejects.toThrow(nameRefused);
    // Only an admin may confirm.
    expectRefused(await gql(ctx.app, create, { i: { ...sameName, confirmNotErased: true } }, as('anna')), 'FORBIDDEN', /confirmNotErased .* needs the admin role; token "anna" has the curator role/);
    expect((await run(`{ person(id: "${OTHER}") { id } }`)).person).toBeNull();

    const { createEntity } = await run(create, { i: { ...sameName, confirmNotErased: true } });
    expect(createEntity).toEqual({ id: OTHER, name: NAME.toUpperCase() });
    const { auditLog } = await run('query($e: ID) { auditLog(entityId: $e, first: 10) { edges { node { who operation reason } } } }', { e: OTHER });
    expect(auditLog.edges.map((e: Json) => e.node)).toEqual([{ who: 'beheer', operation: 'createEntity', reason: `confirmNotErased: not the person erased as ${KEY}` }]);
    // Once confirmed, that person's id is theirs: an import of it goes through; the erased id stays refused.
    await expect(importGraph(ctx.db, doc(OTHER))).resolves.toBeTruthy();
    await expect(importGraph(ctx.db, doc(PERSON))).rejects.toThrow(/was erased \(AVG\)/);
  });
});
