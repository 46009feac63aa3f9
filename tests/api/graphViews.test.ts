/** Contract tests of the graph views: neighborhood, paths, collaborators and interlocks. */
import { describe, expect, it } from 'vitest';
import { gql, useTestApp } from '../support/testServer.js';
import { expectRefused, fixtureEngagementIds, ids, query, type Json } from './apiHelpers.js';

const NEIGHBORHOOD = `query Neighborhood($ids: [ID!]!, $depth: Int, $types: [EntityType!], $limit: Int) {
  neighborhood(ids: $ids, depth: $depth, types: $types, limit: $limit) {
    truncated
    nodes { id label type provenanceCount degree year }
    edges { id source target type role title kind provenanceCount }
  }
}`;

const PATHS = `query Paths($from: ID!, $to: ID!, $maxLength: Int, $first: Int, $via: [PathVia!]) {
  paths(from: $from, to: $to, maxLength: $maxLength, first: $first, via: $via) {
    length
    nodes { id type name provenance { quote source { id title } } }
    steps {
      from { id }
      to { id }
      direction
      relation { id type from { id } to { id } provenance { quote source { id title publisher date } } }
    }
  }
}`;

const ENTITY_TYPES = ['MUNICIPALITY', 'REGION', 'ORGANIZATION', 'CONSULTANCY', 'PERSON', 'THEME', 'ENGAGEMENT'];
const RELATION_TYPES = ['FOR', 'BY', 'WORKED_ON', 'ABOUT', 'WORKS_AT', 'MEMBER_OF', 'PART_OF', 'FOLLOWS', 'FACES', 'BROADER', 'RELATED_TO', 'SUCCEEDED_BY'];

/** The Cytoscape shape: unique nodes, edges only between shown nodes, ids that resolve. */
function expectWellFormedGraph(graph: Json): void {
  const nodeIds = new Set(graph.nodes.map((n: Json) => n.id));
  expect(nodeIds.size).toBe(graph.nodes.length);
  for (const n of graph.nodes) {
    expect(ENTITY_TYPES).toContain(n.type);
    expect(n.label.length).toBeGreaterThan(0);
    expect(n.provenanceCount, n.id).toBeGreaterThan(0);
  }
  const edgeIds = new Set(graph.edges.map((e: Json) => e.id));
  expect(edgeIds.size).toBe(graph.edges.length);
  for (const e of graph.edges) {
    expect(nodeIds.has(e.source), e.id).toBe(true);
    expect(nodeIds.has(e.target), e.id).toBe(true);
    expect(RELATION_TYPES).toContain(e.type);
    expect(e.id).toBe(`${e.source}|${e.type}|${e.target}`);
    // Structure, not words: each property only on the types that have it.
    if (e.type !== 'WORKED_ON') expect(e.role, e.id).toBeNull();
    if (e.type !== 'WORKS_AT' && e.type !== 'MEMBER_OF') expect(e.title, e.id).toBeNull();
    if (e.type !== 'RELATED_TO') expect(e.kind, e.id).toBeNull();
    expect(e.provenanceCount, e.id).toBeGreaterThan(0);
  }
  // `degree` counts relationships in the whole graph: at least the ones shown.
  for (const n of graph.nodes) {
    const shown = graph.edges.filter((e: Json) => e.source === n.id || e.target === n.id).length;
    expect(n.degree, n.id).toBeGreaterThanOrEqual(shown);
  }
}

describe('graph views', () => {
  const ctx = useTestApp();
  const neighborhood = async (variables: Record<string, unknown>): Promise<Json> => (await query(ctx.app, NEIGHBORHOOD, variables)).neighborhood;

  describe('neighborhood', () => {
    it('returns the start entity and its direct neighbours as nodes and edges', async () => {
      const g = await neighborhood({ ids: ['gemeente-westland'] });
      expectWellFormedGraph(g);
      expect(g.truncated).toBe(false);
      // The gemeente, its engagement and organisation, the themes it faces, and (CBS) its COROP region and veiligheidsregio.
      expect(ids(g.nodes).sort()).toEqual(
        [
          'gemeente-westland',
          'eng-westland-samenwerking-sociaal-kernteam',
          'org-sociaal-kernteam-westland',
          'decentralisatie',
          'wmo',
          'sociaalTeam',
          'regio-corop-delft-en-westland',
          'regio-vr-haaglanden',
        ].sort(),
      );
      const westland = g.nodes.find((n: Json) => n.id === 'gemeente-westland');
      expect(westland).toMatchObject({ label: 'Westland', type: 'MUNICIPALITY', degree: 7 });
      expect(g.edges.map((e: Json) => e.id)).toEqual(expect.arrayContaining(['eng-westland-samenwerking-sociaal-kernteam|FOR|gemeente-westland', 'gemeente-westland|FACES|wmo']));
    });

    it('gives edges their role, job title or kind as data, for the client to word', async () => {
      const g = await neighborhood({ ids: ['eng-sociale-dienst-drechtsteden-coronacrisis'], depth: 2 });
      const byId = new Map(g.edges.map((e: Json) => [e.id, e]));
      expect(byId.get('person-nathalie-de-man|WORKED_ON|eng-sociale-dienst-drechtsteden-coronacrisis')).toMatchObject({ type: 'WORKED_ON', role: 'CONSULTANT', title: null, kind: null });
      expect(byId.get('person-gabrielle-rypma|WORKED_ON|eng-sociale-dienst-drechtsteden-coronacrisis')).toMatchObject({ type: 'WORKED_ON', role: 'CLIENT_CONTACT' });
      expect(byId.get('person-gabrielle-rypma|WORKS_AT|org-sociale-dienst-drechtsteden')).toMatchObject({ type: 'WORKS_AT', role: null, title: 'Manager Informatie & Kwaliteit' });
      const helder = await neighborhood({ ids: ['gemeente-den-helder'] });
      expect(helder.edges.find((e: Json) => e.id === 'gemeente-den-helder|RELATED_TO|org-divosa')).toMatchObject({ kind: 'besproken op Divosa Voorjaarscongres 2018', role: null, title: null });
    });

    it('gives engagements their start year', async () => {
      const g = await neighborhood({ ids: ['gemeente-waddinxveen'] });
      const strategy = g.nodes.find((n: Json) => n.id === 'eng-waddinxveen-dienstverleningsstrategie');
      expect(strategy.year).toBe(2016);
      expect(g.nodes.find((n: Json) => n.id === 'gemeente-waddinxveen').year).toBeNull();
    });

    it('reaches further with depth: depth 2 contains depth 1', async () => {
      const one = await neighborhood({ ids: ['gemeente-westland'], depth: 1 });
      const two = await neighborhood({ ids: ['gemeente-westland'], depth: 2 });
      expectWellFormedGraph(two);
      expect(two.nodes.length).toBeGreaterThan(one.nodes.length);
      expect(ids(two.nodes)).toEqual(expect.arrayContaining(ids(one.nodes)));
      // Two steps: Westland → engagement → the bureaus and consultants.
      expect(ids(two.nodes)).toEqual(expect.arrayContaining(['consultancy-nul-vierentwintig', 'consultancy-key-to-grip', 'person-karin-castelijn']));
    });

    it('does not hop along the thesaurus hierarchy, but draws BROADER edges between shown themes', async () => {
      const g = await neighborhood({ ids: ['jeugdzorg'] });
      expect(ids(g.nodes)).not.toContain('sociaalDomein');
      expect(ids(g.nodes)).not.toContain('jeugdwet');
      const themes = await neighborhood({ ids: ['jeugdzorg', 'jeugdwet'] });
      expect(themes.edges.map((e: Json) => e.id)).toContain('jeugdwet|BROADER|jeugdzorg');
    });

    it('keeps only nodes of the given types, and always the start nodes', async () => {
      const g = await neighborhood({ ids: ['eng-westland-samenwerking-sociaal-kernteam'], types: ['PERSON', 'CONSULTANCY'] });
      expectWellFormedGraph(g);
      const others = g.nodes.filter((n: Json) => n.id !== 'eng-westland-samenwerking-sociaal-kernteam');
      expect(new Set(others.map((n: Json) => n.type))).toEqual(new Set(['PERSON', 'CONSULTANCY']));
      expect(ids(others).sort()).toEqual(
        ['consultancy-key-to-grip', 'consultancy-nul-vierentwintig', 'person-karin-castelijn', 'person-monique-van-den-berg', 'person-roeland-grip'].sort(),
      );
      expect(g.nodes[0].id).toBe('eng-westland-samenwerking-sociaal-kernteam');
    });

    it('starts from several entities at once', async () => {
      const g = await neighborhood({ ids: ['gemeente-westland', 'gemeente-waddinxveen', 'gemeente-den-helder'], depth: 2 });
      expectWellFormedGraph(g);
      expect(ids(g.nodes)).toEqual(expect.arrayContaining(['gemeente-westland', 'gemeente-waddinxveen', 'gemeente-den-helder']));
    });

    it('cuts at limit and says so with truncated: true', async () => {
      const full = await neighborhood({ ids: ['gemeente-westland'], depth: 2 });
      // 1 + 7 direct neighbours + 19 at two steps: 11 via the engagement, organisation and themes (Den
      // Helder faces decentralisatie too), and the 8 other gemeenten of COROP Delft en Westland and
      // Veiligheidsregio Haaglanden.
      expect(full.nodes).toHaveLength(27);
      expect(full.nodes.filter((n: Json) => n.type === 'MUNICIPALITY')).toHaveLength(10);
      const cut = await neighborhood({ ids: ['gemeente-westland'], depth: 2, limit: 5 });
      expectWellFormedGraph(cut);
      expect(cut.nodes).toHaveLength(5);
      expect(cut.truncated).toBe(true);
      expect(cut.nodes[0].id).toBe('gemeente-westland');
      const exact = await neighborhood({ ids: ['gemeente-westland'], depth: 2, limit: full.nodes.length });
      expect(exact.truncated).toBe(false);
      expect(exact.nodes).toHaveLength(full.nodes.length);
    });

    it('gives edge ids that relation(id) resolves to the evidence', async () => {
      const g = await neighborhood({ ids: ['org-sociale-dienst-drechtsteden'] });
      const aliases = g.edges.map((e: Json, i: number) => `e${i}: relation(id: ${JSON.stringify(e.id)}) { id provenance { quote } }`).slice(0, 15);
      const data = await query(ctx.app, `{ ${aliases.join(' ')} }`);
      for (const [i, rel] of Object.values(data).entries()) {
        expect((rel as Json).id).toBe(g.edges[i].id);
        expect((rel as Json).provenance.length).toBe(g.edges[i].provenanceCount);
      }
    });

    it('refuses depth 4 and a limit above MAX_NEIGHBORHOOD_NODES with LIMIT_EXCEEDED', async () => {
      expectRefused(await gql(ctx.app, NEIGHBORHOOD, { ids: ['gemeente-westland'], depth: 4 }), 'LIMIT_EXCEEDED', /depth.*at most 3/);
      expectRefused(await gql(ctx.app, NEIGHBORHOOD, { ids: ['gemeente-westland'], limit: 2001 }), 'LIMIT_EXCEEDED', /limit.*at most 2000/);
    });

    it('refuses depth 0, limit 0 and no ids with BAD_INPUT', async () => {
      expectRefused(await gql(ctx.app, NEIGHBORHOOD, { ids: ['gemeente-westland'], depth: 0 }), 'BAD_INPUT', /depth/);
      expectRefused(await gql(ctx.app, NEIGHBORHOOD, { ids: ['gemeente-westland'], limit: 0 }), 'BAD_INPUT', /limit/);
      expectRefused(await gql(ctx.app, NEIGHBORHOOD, { ids: [] }), 'BAD_INPUT', /at least one id/);
    });

    it('answers NOT_FOUND when none of the start ids exists', async () => {
      expectRefused(await gql(ctx.app, NEIGHBORHOOD, { ids: ['gemeente-atlantis'] }), 'NOT_FOUND', /gemeente-atlantis/);
    });
  });

  // The explorer's whole view as one request (issue 14, item 3): what "Toon query" shows.
  describe('neighborhood as a view: pin, exclude, filter, connect', () => {
    const VIEW = `query View($ids: [ID!]!, $pin: [ID!], $exclude: [ID!], $filter: GraphViewFilter, $connect: [ID!], $depth: Int) {
      neighborhood(ids: $ids, pin: $pin, exclude: $exclude, filter: $filter, connect: $connect, depth: $depth) {
        truncated
        nodes { id label type provenanceCount degree year }
        edges { id source target type role title kind provenanceCount }
      }
    }`;
    const view = async (variables: Record<string, unknown>): Promise<Json> => (await query(ctx.app, VIEW, variables)).neighborhood;

    it('adds pinned entities without their neighbours, with the edges between them and the rest', async () => {
      const plain = await view({ ids: ['gemeente-westland'] });
      const g = await view({ ids: ['gemeente-westland'], pin: ['consultancy-key-to-grip'] });
      expectWellFormedGraph(g);
      expect(ids(g.nodes).sort()).toEqual([...ids(plain.nodes), 'consultancy-key-to-grip'].sort());
      // Key to Grip's engagement for Westland is a neighbour: the BY edge is drawn; Key to Grip's other neighbours are not added.
      expect(g.edges.map((e: Json) => e.id)).toContain('eng-westland-samenwerking-sociaal-kernteam|BY|consultancy-key-to-grip');
      const pinnedOnly = await view({ ids: [], pin: ['consultancy-key-to-grip', 'gemeente-westland'] });
      expect(ids(pinnedOnly.nodes).sort()).toEqual(['consultancy-key-to-grip', 'gemeente-westland']);
      expect(pinnedOnly.edges).toEqual([]);
    });

    it('leaves excluded entities out and keeps their neighbours', async () => {
      const g = await view({ ids: ['gemeente-westland'], exclude: ['wmo', 'gemeente-westland'] });
      expectWellFormedGraph(g);
      expect(ids(g.nodes)).not.toContain('wmo');
      expect(ids(g.nodes)).not.toContain('gemeente-westland');
      expect(ids(g.nodes)).toContain('eng-westland-samenwerking-sociaal-kernteam');
    });

    it('applies the explorer’s filters after choosing: hidden types (start nodes too), and engagements by theme, bureau and year', async () => {
      const all = await view({ ids: ['gemeente-westland'] });
      const noThemes = await view({ ids: ['gemeente-westland'], filter: { hiddenTypes: ['THEME', 'MUNICIPALITY'] } });
      expectWellFormedGraph(noThemes);
      expect(noThemes.nodes.map((n: Json) => n.type)).not.toContain('THEME');
      expect(ids(noThemes.nodes)).not.toContain('gemeente-westland');
      expect(noThemes.nodes.length).toBe(all.nodes.filter((n: Json) => n.type !== 'THEME' && n.type !== 'MUNICIPALITY').length);

      const drecht = ['org-sociale-dienst-drechtsteden'];
      const every = await view({ ids: drecht });
      const engagements = every.nodes.filter((n: Json) => n.type === 'ENGAGEMENT');
      expect(engagements.length).toBeGreaterThan(0);
      const others = ids(every.nodes.filter((n: Json) => n.type !== 'ENGAGEMENT')).sort();
      // A year range no engagement starts in: every engagement goes, every other node stays.
      const none = await view({ ids: drecht, filter: { from: 1900, to: 1901 } });
      expect(ids(none.nodes).sort()).toEqual(others);
      // By bureau: the engagements done by that bureau stay.
      const facets = await query(
        ctx.app,
        `query F($ids: [ID!]!) { nodes(ids: $ids) { id ... on Engagement { startYear consultancies { id } themes { id } } } }`,
        { ids: ids(engagements) },
      );
      const first = facets.nodes.find((n: Json) => n.consultancies.length > 0);
      const bureau = first.consultancies[0].id;
      const byBureau = await view({ ids: drecht, filter: { consultancies: [bureau] } });
      const expected = facets.nodes.filter((n: Json) => n.consultancies.some((c: Json) => c.id === bureau)).map((n: Json) => n.id);
      expect(ids(byBureau.nodes.filter((n: Json) => n.type === 'ENGAGEMENT')).sort()).toEqual(expected.sort());
      expectWellFormedGraph(byBureau);
    });

    it('matches narrower themes, as the explorer’s theme filter does', async () => {
      // dienstverlening has narrower themes; Waddinxveen's engagements are about them.
      const g = await view({ ids: ['gemeente-waddinxveen'], filter: { themes: ['dienstverlening'] } });
      const all = await view({ ids: ['gemeente-waddinxveen'] });
      const kept = g.nodes.filter((n: Json) => n.type === 'ENGAGEMENT');
      expect(kept.length).toBeGreaterThan(0);
      expect(kept.length).toBeLessThanOrEqual(all.nodes.filter((n: Json) => n.type === 'ENGAGEMENT').length);
    });

    it('with connect, adds the edges from the answer to entities the caller already shows', async () => {
      const helder = await view({ ids: ['gemeente-den-helder'] });
      const westland = await view({ ids: ['gemeente-westland'] });
      const both = await view({ ids: ['gemeente-westland', 'gemeente-den-helder'] });
      const union = new Set([...westland.edges, ...helder.edges].map((e: Json) => e.id));
      const missing = both.edges.map((e: Json) => e.id).filter((id: string) => !union.has(id));
      // decentralisatie is a neighbour of both: its edge to Den Helder is only in Den Helder's answer.
      const connected = await view({ ids: ['gemeente-westland'], connect: ids(helder.nodes) });
      const got = new Set([...connected.edges, ...helder.edges].map((e: Json) => e.id));
      for (const id of both.edges.map((e: Json) => e.id)) expect(got.has(id), id).toBe(true);
      for (const e of connected.edges) expect(ids(connected.nodes).includes(e.source) || ids(connected.nodes).includes(e.target), e.id).toBe(true);
      expect(missing.every((id: string) => got.has(id))).toBe(true);
    });

    it('refuses pin, exclude, filter and connect with depth 2, a reversed year range, a bad theme id, and too many ids', async () => {
      expectRefused(await gql(ctx.app, VIEW, { ids: ['gemeente-westland'], depth: 2, pin: ['wmo'] }), 'BAD_INPUT', /depth: 1/);
      expectRefused(await gql(ctx.app, VIEW, { ids: ['gemeente-westland'], filter: { from: 2020, to: 2010 } }), 'BAD_INPUT', /from/);
      const many = Array.from({ length: 101 }, (_, i) => `x-${i}`);
      expectRefused(await gql(ctx.app, VIEW, { ids: ['gemeente-westland'], pin: many }), 'LIMIT_EXCEEDED', /pin.*at most 100/);
      expectRefused(await gql(ctx.app, VIEW, { ids: [], pin: [] }), 'BAD_INPUT', /at least one id/);
      const ids501 = Array.from({ length: 501 }, (_, i) => `x-${i}`);
      expectRefused(await gql(ctx.app, VIEW, { ids: ['gemeente-westland'], exclude: ids501 }), 'LIMIT_EXCEEDED', /exclude.*at most 500/);
      const ids5001 = Array.from({ length: 5001 }, (_, i) => `x-${i}`);
      expectRefused(await gql(ctx.app, VIEW, { ids: ['gemeente-westland'], connect: ids5001 }), 'LIMIT_EXCEEDED', /connect.*at most 5000/);
      // The filter's ids are checked as an engagement filter's are.
      expectRefused(await gql(ctx.app, VIEW, { ids: ['gemeente-westland'], filter: { themes: ['not an id!'] } }), 'BAD_INPUT', /not a valid id/);
    });
  });

  describe('paths', () => {
    // Issue 19: paths through themes only when asked (`via: [THEMES]`); they were always followed before.
    it('connects Kern Konsult to Den Helder through a theme when asked, every step backed by a source and a quote', async () => {
      const data = await query(ctx.app, PATHS, { from: 'consultancy-kern-konsult', to: 'gemeente-den-helder', via: ['THEMES'] });
      // The shortest path: the bureau's engagement is about integrale aanpak, which Den Helder faces.
      expect(ids(data.paths[0].nodes)).toEqual(['consultancy-kern-konsult', 'eng-sociale-dienst-drechtsteden-coronacrisis', 'integraleAanpak', 'gemeente-den-helder']);
      const engagements = fixtureEngagementIds();
      for (const path of data.paths) {
        expect(path.length).toBe(path.steps.length);
        expect(path.nodes).toHaveLength(path.length + 1);
        expect(path.nodes[0].id).toBe('consultancy-kern-konsult');
        expect(path.nodes.at(-1).id).toBe('gemeente-den-helder');
        path.steps.forEach((step: Json, i: number) => {
          expect(step.from.id).toBe(path.nodes[i].id);
          expect(step.to.id).toBe(path.nodes[i + 1].id);
          // The relation may point either way along the path.
          expect([step.relation.from.id, step.relation.to.id].sort()).toEqual([step.from.id, step.to.id].sort());
          expect(step.relation.type).not.toBe('BROADER');
          expect(step.relation.provenance.length, step.relation.id).toBeGreaterThan(0);
          for (const p of step.relation.provenance) {
            expect(p.quote.trim(), step.relation.id).not.toBe('');
            expect(p.source.id).toMatch(/^src-/);
            expect(p.source.title).not.toMatch(/unknown source/);
          }
        });
        // No invented link: every engagement on the way is one a source states.
        for (const node of path.nodes.filter((n: Json) => n.type === 'ENGAGEMENT')) {
          expect(engagements.has(node.id), `${node.id} is not an engagement of the fixture graph`).toBe(true);
          expect(node.provenance.length).toBeGreaterThan(0);
          expect(node.provenance.every((p: Json) => p.source.id.startsWith('src-') && p.quote.trim())).toBe(true);
        }
      }
      // Several paths, shorter first.
      const lengths = data.paths.map((p: Json) => p.length);
      expect(lengths).toEqual([...lengths].sort((x, y) => x - y));
    });

    it('does not pass through an engagement for Den Helder: there is none', async () => {
      const data = await query(ctx.app, '{ municipality(id: "gemeente-den-helder") { engagements { id } relations(types: [FOR]) { id } } }');
      expect(data.municipality.engagements).toEqual([]);
      expect(data.municipality.relations).toEqual([]);
      const paths = await query(ctx.app, PATHS, { from: 'consultancy-kern-konsult', to: 'gemeente-den-helder', via: ['THEMES'] });
      for (const path of paths.paths) {
        const last = path.steps.at(-1);
        expect(last.relation.type).not.toBe('FOR');
      }
    });

    it('leaves thesaurus hops out, yet finds the shortest path without them', async () => {
      // cultuurverandering is directly BROADER-linked to organisatieontwikkeling; that says nothing
      // about who worked with whom. Den Helder faces both themes: a path of two FACES steps.
      // Issue 19: the further paths follow the shortest one (they were left out).
      const data = await query(ctx.app, PATHS, { from: 'cultuurverandering', to: 'organisatieontwikkeling' });
      expect(data.paths[0].length).toBe(2);
      expect(data.paths[0].steps.map((s: Json) => s.relation.type)).toEqual(['FACES', 'FACES']);
      expect(data.paths[0].nodes[1].id).toBe('gemeente-den-helder');
      for (const path of data.paths) expect(path.steps.map((s: Json) => s.relation.type)).not.toContain('BROADER');
    });

    it('finds the direct path of one step, and follows the role on it', async () => {
      const data = await query(ctx.app, PATHS, { from: 'person-nathalie-de-man', to: 'consultancy-kern-konsult' });
      // Issue 19: longer paths follow the direct one (only shortest paths were returned before).
      expect(data.paths[0].length).toBe(1);
      expect(data.paths.slice(1).every((p: Json) => p.length > 1)).toBe(true);
      expect(data.paths[0].steps[0].relation.type).toBe('WORKS_AT');
    });

    it('returns no path when maxLength is shorter than the shortest path', async () => {
      const data = await query(ctx.app, PATHS, { from: 'consultancy-kern-konsult', to: 'gemeente-den-helder', maxLength: 2 });
      expect(data.paths).toEqual([]);
    });

    it('returns at most first paths', async () => {
      // Two shortest paths: the Sociale Dienst hired Kern Konsult for two engagements.
      const ends = { from: 'org-sociale-dienst-drechtsteden', to: 'consultancy-kern-konsult' };
      const all = await query(ctx.app, PATHS, { ...ends, first: 20 });
      const one = await query(ctx.app, PATHS, { ...ends, first: 1 });
      // Issue 19: longer paths follow these two (only shortest paths were returned before).
      const shortest = all.paths.filter((p: Json) => p.length === 2);
      expect(shortest.map((p: Json) => p.nodes[1].id).sort()).toEqual(['eng-sociale-dienst-drechtsteden-coronacrisis', 'eng-sociale-dienst-drechtsteden-projectmatig-creeren']);
      expect(all.paths.slice(0, 2)).toEqual(shortest);
      expect(one.paths).toHaveLength(1);
    });

    it('answers "via wie ken ik iemand bij Den Helder?" with people and engagements, not a shared theme (issue 19)', async () => {
      const ends = { from: 'gemeente-den-helder', to: 'person-karin-castelijn' };
      const byDefault = await query(ctx.app, PATHS, ends);
      for (const path of byDefault.paths) expect(path.nodes.map((n: Json) => n.type)).not.toContain('THEME');
      // Nobody in the fixture graph links Den Helder to Westland; only a shared theme does, when asked.
      expect(byDefault.paths).toEqual([]);
      const viaThemes = await query(ctx.app, PATHS, { ...ends, via: ['THEMES'] });
      expect(viaThemes.paths.length).toBeGreaterThan(0);
      expect(viaThemes.paths.some((p: Json) => p.nodes.some((n: Json) => n.type === 'THEME'))).toBe(true);
    });

    it('offers several paths, ranked shorter first, each step with its direction and quote (issue 19)', async () => {
      const data = await query(ctx.app, PATHS, { from: 'person-karin-castelijn', to: 'gemeente-westland' });
      expect(data.paths.length).toBeGreaterThan(1);
      expect(ids(data.paths[0].nodes)).toEqual(['person-karin-castelijn', 'eng-westland-samenwerking-sociaal-kernteam', 'gemeente-westland']);
      const lengths = data.paths.map((p: Json) => p.length);
      expect(lengths).toEqual([...lengths].sort((x, y) => x - y));
      expect(new Set(data.paths.map((p: Json) => p.steps.map((s: Json) => s.relation.id).join(' '))).size).toBe(data.paths.length);
      for (const path of data.paths) {
        expect(path.nodes.map((n: Json) => n.type)).not.toContain('THEME');
        expect(new Set(ids(path.nodes)).size, 'no node twice').toBe(path.nodes.length);
        for (const step of path.steps) {
          expect(step.direction).toBe(step.relation.from.id === step.from.id ? 'OUTGOING' : 'INCOMING');
          expect(step.direction === 'OUTGOING' ? step.relation.to.id : step.relation.from.id).toBe(step.to.id);
          expect(step.relation.provenance[0].quote.trim()).not.toBe('');
        }
      }
      expect(data.paths[0].steps.map((s: Json) => [s.relation.type, s.direction])).toEqual([
        ['WORKED_ON', 'OUTGOING'],
        ['FOR', 'OUTGOING'],
      ]);
    });

    it('passes through a COROP region only when asked (issue 19)', async () => {
      const ends = { from: 'gemeente-den-helder', to: 'gemeente-texel' };
      expect((await query(ctx.app, PATHS, ends)).paths).toEqual([]);
      const viaRegions = await query(ctx.app, PATHS, { ...ends, via: ['CBS_REGIONS'] });
      expect(viaRegions.paths.map((p: Json) => p.length)).toContain(2);
      expect(viaRegions.paths[0].nodes[1].type).toBe('REGION');
      expect(viaRegions.paths[0].steps.map((s: Json) => s.relation.type)).toEqual(['MEMBER_OF', 'MEMBER_OF']);
    });

    it('refuses maxLength 7 and first 21 with LIMIT_EXCEEDED', async () => {
      expectRefused(await gql(ctx.app, PATHS, { from: 'consultancy-kern-konsult', to: 'gemeente-den-helder', maxLength: 7 }), 'LIMIT_EXCEEDED', /maxLength.*at most 6/);
      expectRefused(await gql(ctx.app, PATHS, { from: 'consultancy-kern-konsult', to: 'gemeente-den-helder', first: 21 }), 'LIMIT_EXCEEDED', /first.*at most 20/);
    });

    it('refuses a path from an entity to itself with BAD_INPUT', async () => {
      expectRefused(await gql(ctx.app, PATHS, { from: 'gemeente-den-helder', to: 'gemeente-den-helder' }), 'BAD_INPUT', /same entity/);
    });

    it('answers NOT_FOUND for an unknown end', async () => {
      expectRefused(await gql(ctx.app, PATHS, { from: 'consultancy-kern-konsult', to: 'gemeente-atlantis' }), 'NOT_FOUND', /gemeente-atlantis/);
    });
  });

  describe('collaborators', () => {
    it('says Gabrielle Rypma worked with Nathalie de Man, on the coronacrisis engagement', async () => {
      const data = await query(
        ctx.app,
        '{ collaborators(personId: "person-gabrielle-rypma") { person { id name } engagements { id title consultancies { name } } } }',
      );
      expect(data.collaborators).toEqual([
        {
          person: { id: 'person-nathalie-de-man', name: 'Nathalie de Man' },
          engagements: [
            { id: 'eng-sociale-dienst-drechtsteden-coronacrisis', title: 'Impact coronacrisis op dienstverlening en samenwerking staf', consultancies: [{ name: 'Kern Konsult' }] },
          ],
        },
      ]);
    });

    it('lists everyone on a shared engagement, consultants and client contacts alike', async () => {
      const data = await query(ctx.app, '{ collaborators(personId: "person-karin-castelijn") { person { name } engagements { id } } }');
      expect(data.collaborators.map((c: Json) => c.person.name).sort()).toEqual(['Monique van den Berg', 'Roeland Grip']);
      for (const c of data.collaborators) expect(ids(c.engagements)).toEqual(['eng-westland-samenwerking-sociaal-kernteam']);
    });

    it('is empty for a person on no engagement', async () => {
      const data = await query(ctx.app, '{ collaborators(personId: "person-bertram-van-der-wal") { person { id } } }');
      expect(data.collaborators).toEqual([]);
    });

    it('refuses an id that is not a person with BAD_INPUT, and an unknown one with NOT_FOUND', async () => {
      expectRefused(await gql(ctx.app, '{ collaborators(personId: "consultancy-kern-konsult") { person { id } } }'), 'BAD_INPUT', /not a person/);
      expectRefused(await gql(ctx.app, '{ collaborators(personId: "person-nobody") { person { id } } }'), 'NOT_FOUND', /person-nobody/);
    });
  });

  describe('interlocks', () => {
    const INTERLOCKS = `query($a: ID!, $b: ID!) { interlocks(a: $a, b: $b) {
      a { id } b { id } consultancies { id } consultants { id } themes { id } engagements { id } } }`;

    it('shows what two bureaus on one engagement share', async () => {
      const data = await query(ctx.app, INTERLOCKS, { a: 'consultancy-nul-vierentwintig', b: 'consultancy-key-to-grip' });
      const i = data.interlocks;
      expect(i.a.id).toBe('consultancy-nul-vierentwintig');
      expect(i.b.id).toBe('consultancy-key-to-grip');
      expect(ids(i.engagements)).toEqual(['eng-westland-samenwerking-sociaal-kernteam']);
      expect(ids(i.consultants).sort()).toEqual(['person-karin-castelijn', 'person-roeland-grip']);
      expect(ids(i.consultancies).sort()).toEqual(['consultancy-key-to-grip', 'consultancy-nul-vierentwintig']);
      expect(ids(i.themes).sort()).toEqual(['cultuurverandering', 'jeugdzorg', 'samenwerking', 'sociaalTeam', 'teamontwikkeling']);
    });

    it('shows the themes a gemeente and a region share without any shared engagement', async () => {
      const data = await query(ctx.app, INTERLOCKS, { a: 'gemeente-westland', b: 'regio-rivierenland' });
      expect(ids(data.interlocks.themes).sort()).toEqual(['decentralisatie', 'jeugdzorg']);
      expect(data.interlocks.engagements).toEqual([]);
      expect(data.interlocks.consultancies).toEqual([]);
    });

    it('links a region to the bureau of an engagement for an organisation that is part of it', async () => {
      const data = await query(ctx.app, INTERLOCKS, { a: 'regio-drechtsteden', b: 'consultancy-kern-konsult' });
      expect(ids(data.interlocks.engagements).sort()).toEqual([
        'eng-sociale-dienst-drechtsteden-coronacrisis',
        'eng-sociale-dienst-drechtsteden-projectmatig-creeren',
      ]);
      expect(ids(data.interlocks.consultancies)).toEqual(['consultancy-kern-konsult']);
    });

    it('links a member gemeente to the bureau of its region\'s organisation, as the engagements filter does', async () => {
      // engagements(filter: {municipalities: ["gemeente-dordrecht"]}) finds the Sociale Dienst
      // Drechtsteden engagements by Kern Konsult; interlocks must agree.
      const filtered = await query(ctx.app, '{ engagements(filter: {municipalities: ["gemeente-dordrecht"], consultancies: ["consultancy-kern-konsult"]}) { edges { node { id } } } }');
      const data = await query(ctx.app, INTERLOCKS, { a: 'gemeente-dordrecht', b: 'consultancy-kern-konsult' });
      expect(ids(data.interlocks.engagements).sort()).toEqual(filtered.engagements.edges.map((e: Json) => e.node.id).sort());
      expect(ids(data.interlocks.consultancies)).toEqual(['consultancy-kern-konsult']);
    });

    it('answers NOT_FOUND for an unknown side', async () => {
      expectRefused(await gql(ctx.app, INTERLOCKS, { a: 'gemeente-westland', b: 'gemeente-atlantis' }), 'NOT_FOUND', /gemeente-atlantis/);
    });
  });
});
