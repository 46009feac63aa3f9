/**
 * Contract tests of the entity reads: node, nodes, relation, the typed lookups and lists, sources,
 * and provenance on every fact — real operations over HTTP against the fixture graph in Neo4j.
 */
import { describe, expect, it } from 'vitest';
import { gql, useTestApp } from '../support/testServer.js';
import { LATEST_MIGRATION } from '../../server/src/db/migrations.js';
import { fixtureArticles, fixtureJson, fixtureReferenceRows, ids, query, type Json } from './apiHelpers.js';

const PROV = 'provenance { quote source { id title publisher date } }';

/** Every provenance entry names a real source (id, title) and carries a non-empty quote. */
function expectEvidence(provenance: Json[], what: string): void {
  expect(provenance.length, `${what} has no provenance`).toBeGreaterThan(0);
  for (const p of provenance) {
    expect(p.quote.trim().length, `${what}: empty quote`).toBeGreaterThan(2);
    expect(p.source.id, what).toMatch(/^src-/);
    expect(p.source.title, what).not.toMatch(/unknown source/);
    expect(p.source).toHaveProperty('publisher');
    expect(p.source).toHaveProperty('date');
  }
}

describe('entity reads', () => {
  const ctx = useTestApp();

  describe('health', () => {
    it('reports a reachable Neo4j 5.26 and the applied migration', async () => {
      const data = await query(ctx.app, '{ health { database neo4jVersion migrationVersion } }');
      expect(data.health).toEqual({ database: true, neo4jVersion: expect.stringMatching(/^5\.26\./), migrationVersion: LATEST_MIGRATION });
    });
  });

  describe('node', () => {
    it('returns any entity by id, as its concrete type, with its provenance', async () => {
      const data = await query(
        ctx.app,
        `{ node(id: "gemeente-den-helder") { __typename id name type aliases ${PROV}
             ... on Municipality { cbsCode province population populationYear } } }`,
      );
      expect(data.node).toMatchObject({
        __typename: 'Municipality',
        id: 'gemeente-den-helder',
        name: 'Den Helder',
        type: 'MUNICIPALITY',
        cbsCode: 'GM0400',
        province: 'Noord-Holland',
        population: 56432,
        populationYear: 2024 });
      expect(data.node.aliases).toContain('Gemeente Den Helder');
      expectEvidence(data.node.provenance, 'Den Helder');
      expect(data.node.provenance.map((p: Json) => p.source.id)).toEqual(expect.arrayContaining(['src-cbs-gemeenten-2024', 'src-cbs-gebieden-2024', 'src-den-helder-interview']));
    });

    it('returns null, without an error, for an id that is not in the graph', async () => {
      const res = await gql<Json>(ctx.app, '{ node(id: "gemeente-atlantis") { id } }');
      expect(res.errors).toBeUndefined();
      expect(res.data.node).toBeNull();
    });
  });

  describe('nodes', () => {
    it('returns several entities in the order asked and leaves unknown ids out', async () => {
      const data = await query(ctx.app, '{ nodes(ids: ["person-gabrielle-rypma", "gemeente-atlantis", "consultancy-kern-konsult", "eigenKracht"]) { id name type } }');
      expect(data.nodes).toEqual([
        { id: 'person-gabrielle-rypma', name: 'Gabrielle Rypma', type: 'PERSON' },
        { id: 'consultancy-kern-konsult', name: 'Kern Konsult', type: 'CONSULTANCY' },
        { id: 'eigenKracht', name: 'eigen kracht', type: 'THEME' },
      ]);
    });
  });

  describe('relation', () => {
    it('returns a relationship by id with its endpoints, title and evidence', async () => {
      const data = await query(
        ctx.app,
        `{ relation(id: "person-gabrielle-rypma|WORKS_AT|org-sociale-dienst-drechtsteden") {
             id type role title attributes { key value } from { id name } to { id name } ${PROV} } }`,
      );
      expect(data.relation).toMatchObject({
        id: 'person-gabrielle-rypma|WORKS_AT|org-sociale-dienst-drechtsteden',
        type: 'WORKS_AT',
        role: null,
        title: 'Manager Informatie & Kwaliteit',
        from: { id: 'person-gabrielle-rypma', name: 'Gabrielle Rypma' },
        to: { id: 'org-sociale-dienst-drechtsteden', name: 'Sociale Dienst Drechtsteden' } });
      expectEvidence(data.relation.provenance, 'WORKS_AT');
      expect(data.relation.provenance[0]).toMatchObject({
        quote: expect.stringContaining('Gabrielle Rypma, Manager Informatie & Kwaliteit'),
        source: { id: 'src-kern-konsult-drechtsteden', title: 'KLANT IN BEELD: De zoektocht van Drechtsteden', publisher: 'Kern Konsult', date: null } });
    });

    it('exposes other relationship properties as attributes (validity of a membership, kind of a RELATED_TO)', async () => {
      const data = await query(
        ctx.app,
        `{ westBetuwe: relation(id: "gemeente-west-betuwe|MEMBER_OF|regio-rivierenland") { attributes { key value } }
           geldermalsen: relation(id: "gemeente-geldermalsen|MEMBER_OF|regio-rivierenland") { attributes { key value } }
           divosa: relation(id: "gemeente-den-helder|RELATED_TO|org-divosa") { type attributes { key value } ${PROV} } }`,
      );
      expect(data.westBetuwe.attributes).toEqual([{ key: 'validFrom', value: '2019-01-01' }]);
      expect(data.geldermalsen.attributes).toEqual([{ key: 'validTo', value: '2018-12-31' }]);
      expect(data.divosa.attributes).toEqual([{ key: 'kind', value: 'besproken op Divosa Voorjaarscongres 2018' }]);
      expectEvidence(data.divosa.provenance, 'RELATED_TO');
    });

    it('gives the role of a person on an engagement', async () => {
      const data = await query(ctx.app, '{ relation(id: "person-nathalie-de-man|WORKED_ON|eng-sociale-dienst-drechtsteden-coronacrisis") { type role title } }');
      expect(data.relation).toEqual({ type: 'WORKED_ON', role: 'CONSULTANT', title: null });
    });

    it('returns null for a well-formed id of a relationship that does not exist', async () => {
      const res = await gql<Json>(ctx.app, '{ relation(id: "person-gabrielle-rypma|WORKS_AT|consultancy-kern-konsult") { id } }');
      expect(res.errors).toBeUndefined();
      expect(res.data.relation).toBeNull();
    });
  });

  describe('municipality and municipalities', () => {
    it('returns a gemeente with its organisations, engagements and the themes it faces', async () => {
      const data = await query(
        ctx.app,
        `{ municipality(id: "gemeente-westland") { name province population regions(kind: SAMENWERKINGSVERBAND) { id } people { id }
             organizations { id name } engagements { id } themes { id } } }`,
      );
      const m = data.municipality;
      expect(m).toMatchObject({ name: 'Westland', province: 'Zuid-Holland', population: 115941, regions: [], people: [] });
      expect(ids(m.organizations)).toEqual(['org-sociaal-kernteam-westland']);
      expect(ids(m.engagements)).toEqual(['eng-westland-samenwerking-sociaal-kernteam']);
      expect(ids(m.themes).sort()).toEqual(['decentralisatie', 'sociaalTeam', 'wmo']);
    });

    it('returns the regions of a member gemeente, and the people who work at a gemeente', async () => {
      const data = await query(
        ctx.app,
        '{ dordrecht: municipality(id: "gemeente-dordrecht") { regions { id kind } } denHelder: municipality(id: "gemeente-den-helder") { people { name } engagements { id } } }',
      );
      expect(data.dordrecht.regions).toEqual([
        // By name: Drechtsteden, Zuid-Holland Zuid, Zuidoost-Zuid-Holland.
        { id: 'regio-drechtsteden', kind: 'SAMENWERKINGSVERBAND' },
        { id: 'regio-vr-zuid-holland-zuid', kind: 'VEILIGHEIDSREGIO' },
        { id: 'regio-corop-zuidoost-zuid-holland', kind: 'COROP' },
      ]);
      expect(data.denHelder.people.map((p: Json) => p.name).sort()).toEqual(['Marco Webeling', 'Pieter Kos', 'Willemijn Groot']);
      expect(data.denHelder.engagements).toEqual([]);
    });

    it('returns null when the id belongs to an entity of another type', async () => {
      const res = await gql<Json>(ctx.app, '{ municipality(id: "regio-drechtsteden") { id } }');
      expect(res.errors).toBeUndefined();
      expect(res.data.municipality).toBeNull();
    });

    it('lists every current gemeente by name, optionally in one province, and honours first', async () => {
      const gazetteer = fixtureReferenceRows('gemeenten.csv');
      const data = await query(
        ctx.app,
        '{ all: municipalities(first: 400) { id name province cbsCode } gelderland: municipalities(province: "Gelderland", first: 400) { cbsCode province } five: municipalities(first: 5) { id } }',
      );
      expect(data.all).toHaveLength(342);
      expect(data.all.map((m: Json) => m.cbsCode).sort()).toEqual(gazetteer.map((m) => m.code).sort());
      const names = data.all.map((m: Json) => m.name);
      expect(names).toEqual([...names].sort((a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)));
      expect(data.gelderland.map((m: Json) => m.cbsCode).sort()).toEqual(gazetteer.filter((m) => m.provincie === 'Gelderland').map((m) => m.code).sort());
      expect(data.five).toEqual(data.all.slice(0, 5).map((m: Json) => ({ id: m.id })));
    });
  });

  describe('region and regions', () => {
    it('returns a region with its seven member gemeenten, aliases and organisations', async () => {
      const data = await query(ctx.app, `{ region(id: "regio-drechtsteden") { name aliases members { id } organizations { id } engagements { id } themes { id } ${PROV} } }`);
      expect(data.region.name).toBe('Drechtsteden');
      expect(data.region.aliases).toContain('GR Drechtsteden');
      expect(ids(data.region.members).sort()).toEqual([
        'gemeente-alblasserdam',
        'gemeente-dordrecht',
        'gemeente-hardinxveld-giessendam',
        'gemeente-hendrik-ido-ambacht',
        'gemeente-papendrecht',
        'gemeente-sliedrecht',
        'gemeente-zwijndrecht',
      ]);
      expect(ids(data.region.organizations)).toEqual(['org-sociale-dienst-drechtsteden']);
      expectEvidence(data.region.provenance, 'Drechtsteden');
    });

    it('lists the regions by name, of every kind or of one', async () => {
      const data = await query(ctx.app, '{ regions { id name kind } samenwerking: regions(kind: SAMENWERKINGSVERBAND) { id name kind code } }');
      expect(data.samenwerking).toEqual([
        { id: 'regio-drechtsteden', name: 'Drechtsteden', kind: 'SAMENWERKINGSVERBAND', code: null },
        { id: 'regio-rivierenland', name: 'Regio Rivierenland', kind: 'SAMENWERKINGSVERBAND', code: null },
      ]);
      const kinds = data.regions.reduce((n: Record<string, number>, r: Json) => ({ ...n, [r.kind]: (n[r.kind] ?? 0) + 1 }), {});
      expect(kinds).toEqual({ SAMENWERKINGSVERBAND: 2, COROP: 40, VEILIGHEIDSREGIO: 25 });
      const names = data.regions.map((r: Json) => r.name);
      expect(names).toEqual([...names].sort((a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)));
    });
  });

  describe('organization', () => {
    it('returns an organisation with what it is part of, its people, engagements and themes', async () => {
      const data = await query(
        ctx.app,
        '{ organization(id: "org-sociale-dienst-drechtsteden") { name kind partOf { id type } people { id } engagements { id } themes { id } } }',
      );
      const o = data.organization;
      expect(o.name).toBe('Sociale Dienst Drechtsteden');
      expect(o.partOf).toEqual([{ id: 'regio-drechtsteden', type: 'REGION' }]);
      expect(ids(o.people)).toEqual(['person-gabrielle-rypma']);
      expect(ids(o.engagements).sort()).toEqual(['eng-sociale-dienst-drechtsteden-coronacrisis', 'eng-sociale-dienst-drechtsteden-projectmatig-creeren']);
      expect(ids(o.themes).sort()).toEqual(['bestaanszekerheid', 'ondersteuning', 'participatie']);
    });
  });

  describe('consultancy and consultancies', () => {
    it('returns a bureau with its engagements and people', async () => {
      const data = await query(ctx.app, `{ consultancy(id: "consultancy-kern-konsult") { name website engagements { id } people { name } ${PROV} } }`);
      expect(data.consultancy.name).toBe('Kern Konsult');
      expect(ids(data.consultancy.engagements).sort()).toEqual(['eng-sociale-dienst-drechtsteden-coronacrisis', 'eng-sociale-dienst-drechtsteden-projectmatig-creeren']);
      expect(data.consultancy.people).toEqual([{ name: 'Nathalie de Man' }]);
      expectEvidence(data.consultancy.provenance, 'Kern Konsult');
    });

    it('lists every consultancy of the fixture graph by name', async () => {
      const expected = fixtureArticles()
        .flatMap((a) => a.entities)
        .filter((e) => e.type === 'CONSULTANCY' && e.name)
        .map((e) => e.name!)
        .sort((a, b) => (a < b ? -1 : 1));
      const data = await query(ctx.app, '{ consultancies { name } }');
      expect(data.consultancies.map((c: Json) => c.name)).toEqual(expected);
    });
  });

  describe('person', () => {
    it('returns where a person works (title, evidence) and what they worked on (role, evidence)', async () => {
      const data = await query(
        ctx.app,
        `{ person(id: "person-gabrielle-rypma") { name
             employments { title organization { id } ${PROV} }
             participations { role engagement { id } person { id } ${PROV} } } }`,
      );
      const p = data.person;
      expect(p.name).toBe('Gabrielle Rypma');
      expect(p.employments).toHaveLength(1);
      expect(p.employments[0]).toMatchObject({ title: 'Manager Informatie & Kwaliteit', organization: { id: 'org-sociale-dienst-drechtsteden' } });
      expectEvidence(p.employments[0].provenance, 'employment');
      expect(p.participations).toHaveLength(1);
      expect(p.participations[0]).toMatchObject({
        role: 'CLIENT_CONTACT',
        engagement: { id: 'eng-sociale-dienst-drechtsteden-coronacrisis' },
        person: { id: 'person-gabrielle-rypma' } });
      expectEvidence(p.participations[0].provenance, 'participation');
    });
  });

  describe('theme and themes', () => {
    it('returns a theme with its broader and narrower themes and its direct engagements', async () => {
      const data = await query(ctx.app, `{ theme(id: "jeugdzorg") { name description aliases broader { id } narrower { id } engagements { id } ${PROV} } }`);
      const t = data.theme;
      expect(t.name).toBe('jeugdzorg');
      expect(t.description).toBe('Hulp en zorg voor kinderen, jongeren en hun ouders bij opgroei-, opvoed- en psychische problemen.');
      expect(t.aliases).toContain('jeugdhulp');
      expect(ids(t.broader)).toEqual(['sociaalDomein']);
      expect(ids(t.narrower)).toEqual(['jeugdwet']);
      expect(ids(t.engagements).sort()).toEqual(['eng-regio-rivierenland-houding-en-gedrag', 'eng-westland-samenwerking-sociaal-kernteam']);
      expectEvidence(t.provenance, 'jeugdzorg');
    });

    it('gives a theme with two broader themes both of them', async () => {
      const data = await query(ctx.app, '{ theme(id: "participatiewet") { broader { id } } }');
      expect(ids(data.theme.broader).sort()).toEqual(['bestaanszekerheid', 'participatie']);
    });

    it('lists the whole thesaurus, each theme with its hierarchy', async () => {
      const thesaurus = fixtureJson('themes.json').themes as { id: string; broader: string[] }[];
      const data = await query(ctx.app, '{ themes { id name broader { id } narrower { id } } }');
      expect(ids(data.themes).sort()).toEqual(thesaurus.map((t) => t.id).sort());
      const byId = new Map(data.themes.map((t: Json) => [t.id, t]));
      for (const t of thesaurus) {
        expect(ids((byId.get(t.id) as Json).broader).sort(), t.id).toEqual([...t.broader].sort());
      }
      expect(ids((byId.get('sociaalDomein') as Json).narrower)).toContain('jeugdzorg');
    });
  });

  describe('engagement', () => {
    it('returns an engagement with clients, bureaus, participants with role, themes and follow-ups', async () => {
      const data = await query(
        ctx.app,
        `{ engagement(id: "eng-sociale-dienst-drechtsteden-coronacrisis") {
             id title name aliases summary start end startYear status
             clients { __typename id } consultancies { id }
             participants { role person { id name } engagement { id } ${PROV} }
             themes { id } follows { id title } followedBy { id } ${PROV} } }`,
      );
      const e = data.engagement;
      expect(e).toMatchObject({
        title: 'Impact coronacrisis op dienstverlening en samenwerking staf',
        name: 'Impact coronacrisis op dienstverlening en samenwerking staf',
        start: null,
        startYear: null,
        status: 'COMPLETED',
        clients: [{ __typename: 'Organization', id: 'org-sociale-dienst-drechtsteden' }],
        consultancies: [{ id: 'consultancy-kern-konsult' }],
        follows: [{ id: 'eng-sociale-dienst-drechtsteden-projectmatig-creeren', title: 'Projectmatig Creëren' }],
        followedBy: [] });
      expect(e.aliases).toContain('De zoektocht van Drechtsteden');
      const roles = Object.fromEntries(e.participants.map((p: Json) => [p.person.name, p.role]));
      expect(roles).toEqual({ 'Nathalie de Man': 'CONSULTANT', 'Gabrielle Rypma': 'CLIENT_CONTACT' });
      for (const p of e.participants) {
        expect(p.engagement.id).toBe(e.id);
        expectEvidence(p.provenance, `participation of ${p.person.name}`);
      }
      expect(ids(e.themes).sort()).toEqual(['dienstverlening', 'integraleAanpak', 'samenwerking', 'teamontwikkeling']);
      expectEvidence(e.provenance, 'coronacrisis');
      expect(e.provenance.every((p: Json) => p.source.id === 'src-kern-konsult-drechtsteden')).toBe(true);
    });

    it('shows the other side of a follow-up, a start year, and a planned status', async () => {
      const data = await query(
        ctx.app,
        `{ earlier: engagement(id: "eng-sociale-dienst-drechtsteden-projectmatig-creeren") { followedBy { id } follows { id } }
           strategy: engagement(id: "eng-waddinxveen-dienstverleningsstrategie") { start startYear status followedBy { id status } } }`,
      );
      expect(data.earlier).toEqual({ followedBy: [{ id: 'eng-sociale-dienst-drechtsteden-coronacrisis' }], follows: [] });
      expect(data.strategy).toEqual({
        start: '2016',
        startYear: 2016,
        status: 'COMPLETED',
        followedBy: [{ id: 'eng-waddinxveen-uitvoeringsplan-dienstverlening', status: 'PLANNED' }] });
    });

    it('gives an engagement with two clients and two bureaus all of them', async () => {
      const data = await query(ctx.app, '{ engagement(id: "eng-westland-samenwerking-sociaal-kernteam") { clients { id } consultancies { name } participants { role person { name } } } }');
      expect(ids(data.engagement.clients).sort()).toEqual(['gemeente-westland', 'org-sociaal-kernteam-westland']);
      expect(data.engagement.consultancies.map((c: Json) => c.name).sort()).toEqual(['Key to Grip', 'Nul Vierentwintig']);
      expect(data.engagement.participants).toHaveLength(3);
    });
  });

  describe('relations of an entity', () => {
    it('filters relationships by type and direction', async () => {
      const data = await query(
        ctx.app,
        `{ node(id: "eng-sociale-dienst-drechtsteden-coronacrisis") {
             all: relations { id }
             out: relations(direction: OUTGOING) { from { id } }
             inc: relations(direction: INCOMING) { to { id } }
             about: relations(types: [ABOUT]) { type to { id } }
             people: relations(types: [WORKED_ON, FOLLOWS], direction: INCOMING) { type } } }`,
      );
      const n = data.node;
      expect(n.all.length).toBe(n.out.length + n.inc.length);
      expect(n.out.every((r: Json) => r.from.id === 'eng-sociale-dienst-drechtsteden-coronacrisis')).toBe(true);
      expect(n.inc.every((r: Json) => r.to.id === 'eng-sociale-dienst-drechtsteden-coronacrisis')).toBe(true);
      expect(n.about).toHaveLength(4);
      expect(n.about.every((r: Json) => r.type === 'ABOUT')).toBe(true);
      expect(n.people.map((r: Json) => r.type).sort()).toEqual(['WORKED_ON', 'WORKED_ON']);
    });
  });

  describe('source and sources', () => {
    it('returns a source with its metadata and how many facts cite it', async () => {
      const article = fixtureArticles().find((a) => a.source === 'src-den-helder-interview')!;
      const data = await query(ctx.app, '{ source(id: "src-den-helder-interview") { id title publisher date kind url author language textRetrieved factCount } }');
      expect(data.source).toMatchObject({ id: 'src-den-helder-interview', title: '‘Iedereen had door dat het anders moest’', date: '2018', kind: 'INTERVIEW', language: 'nl' });
      const seeded = (fixtureJson('sources.json').sources as Json[]).find((s) => s.id === 'src-den-helder-interview');
      expect(data.source.textRetrieved).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(data.source.textRetrieved).toBe(seeded.textRetrieved);
      // An article file cites only its own source: every entity and relation in it is one fact.
      expect(data.source.factCount).toBe(article.entities.length + article.relations.length);
    });

    it('returns null for an unknown source id', async () => {
      const res = await gql<Json>(ctx.app, '{ source(id: "src-does-not-exist") { id } }');
      expect(res.errors).toBeUndefined();
      expect(res.data.source).toBeNull();
    });

    it('lists every source by title, each cited by at least one fact', async () => {
      const seeded = [...fixtureJson('sources.json').sources, ...fixtureJson('reference/sources.json').sources] as { id: string; title: string }[];
      const data = await query(ctx.app, '{ sources { id title kind factCount } }');
      expect(data.sources.map((s: Json) => s.title)).toEqual(seeded.map((s) => s.title).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
      for (const s of data.sources) expect(s.factCount, s.id).toBeGreaterThan(0);
      for (const article of fixtureArticles()) {
        const s = data.sources.find((x: Json) => x.id === article.source);
        expect(s.factCount, article.source).toBe(article.entities.length + article.relations.length);
      }
    });
  });

  describe('provenance', () => {
    it('backs every entity and every relationship of the fixture graph with a source and a quote', async () => {
      const rows = await ctx.db.read<{ id: string }>('test:allIds', 'MATCH (n:Entity) RETURN n.id AS id ORDER BY id');
      const all = rows.map((r) => r.id);
      expect(all.length).toBeGreaterThan(50);
      let relations = 0;
      for (let i = 0; i < all.length; i += 50) {
        const data = await query(
          ctx.app,
          `query($ids: [ID!]!) { nodes(ids: $ids) { id ${PROV} relations(direction: OUTGOING) { id ${PROV} } } }`,
          { ids: all.slice(i, i + 50) },
        );
        for (const n of data.nodes) {
          expectEvidence(n.provenance, n.id);
          for (const r of n.relations) {
            expectEvidence(r.provenance, r.id);
            relations++;
          }
        }
      }
      const [count] = await ctx.db.read<{ n: number }>('test:countRels', 'MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS n');
      expect(relations).toBe(count!.n);
    });
  });
});
