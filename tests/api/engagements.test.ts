/** Contract tests of `engagements`: every filter, ordering, totals and cursor pagination. */
import { describe, expect, it } from 'vitest';
import { gql, useTestApp } from '../support/testServer.js';
import { expectRefused, fixtureEngagementIds, query, type Json } from './apiHelpers.js';

const ENGAGEMENTS = `query Engagements($filter: EngagementFilter, $orderBy: EngagementOrder, $first: Int, $after: String) {
  engagements(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id title startYear consultancies { id name } } }
  }
}`;

const SDD = ['eng-sociale-dienst-drechtsteden-coronacrisis', 'eng-sociale-dienst-drechtsteden-projectmatig-creeren'];
const WESTLAND = 'eng-westland-samenwerking-sociaal-kernteam';
const RIVIERENLAND = 'eng-regio-rivierenland-houding-en-gedrag';
const WADDINXVEEN = ['eng-waddinxveen-dienstverleningsstrategie', 'eng-waddinxveen-uitvoeringsplan-dienstverlening'];
/** For Geldermalsen, dissolved in 2019 into West Betuwe (the fixture's test article). */
const GELDERMALSEN = 'eng-geldermalsen-schuldhulp-aan-de-keukentafel';

describe('engagements', () => {
  const ctx = useTestApp();
  const list = async (variables: Record<string, unknown> = {}): Promise<Json> => (await query(ctx.app, ENGAGEMENTS, variables)).engagements;
  const found = async (filter: Record<string, unknown>): Promise<string[]> => {
    const page = await list({ filter, first: 100 });
    expect(page.totalCount).toBe(page.edges.length);
    return page.edges.map((e: Json) => e.node.id).sort();
  };

  it('lists every engagement of the fixture graph without a filter, with the total', async () => {
    const page = await list({ first: 100 });
    expect(page.totalCount).toBe(fixtureEngagementIds().size);
    expect(page.edges.map((e: Json) => e.node.id).sort()).toEqual([...fixtureEngagementIds()].sort());
  });

  describe('filter', () => {
    it('on a theme also finds engagements about its narrower themes (cultuurverandering → houding en gedrag)', async () => {
      // Rivierenland's traject is ABOUT houdingEnGedrag, which is narrower than cultuurverandering.
      const direct = await query(ctx.app, '{ theme(id: "cultuurverandering") { engagements { id } narrower { id } } }');
      expect(direct.theme.engagements.map((e: Json) => e.id)).toEqual([WESTLAND]);
      expect(direct.theme.narrower.map((t: Json) => t.id)).toContain('houdingEnGedrag');
      expect(await found({ themes: ['cultuurverandering'] })).toEqual([RIVIERENLAND, WESTLAND].sort());
    });

    it('on a broad theme finds engagements two levels down (organisatieontwikkeling)', async () => {
      // teamontwikkeling, professionalisering and cultuurverandering → houding en gedrag are all under it.
      expect(await found({ themes: ['organisatieontwikkeling'] })).toEqual([RIVIERENLAND, WESTLAND, SDD[0]!].sort());
    });

    it('on a theme without direct engagements finds those about its narrower themes (ondersteuning → maatwerk)', async () => {
      const direct = await query(ctx.app, '{ theme(id: "ondersteuning") { engagements { id } } }');
      expect(direct.theme.engagements).toEqual([]);
      expect(await found({ themes: ['ondersteuning'] })).toEqual([WADDINXVEEN[0]!]);
    });

    it('on several themes matches any of them', async () => {
      expect(await found({ themes: ['houdingEnGedrag', 'klantreis'] })).toEqual([RIVIERENLAND, WADDINXVEEN[0]!].sort());
    });

    it('on gemeente-dordrecht finds the Sociale Dienst Drechtsteden engagements (via region membership)', async () => {
      expect(await found({ municipalities: ['gemeente-dordrecht'] })).toEqual(SDD);
    });

    it('on a member gemeente finds the engagements for its region (Tiel → Regio Rivierenland)', async () => {
      expect(await found({ municipalities: ['gemeente-tiel'] })).toEqual([RIVIERENLAND]);
    });

    it('on gemeente-westland answers "which consultancies worked in Westland": Nul Vierentwintig and Key to Grip', async () => {
      const page = await list({ filter: { municipalities: ['gemeente-westland'] } });
      expect(page.edges.map((e: Json) => e.node.id)).toEqual([WESTLAND]);
      const names = new Set(page.edges.flatMap((e: Json) => e.node.consultancies.map((c: Json) => c.name)));
      expect([...names].sort()).toEqual(['Key to Grip', 'Nul Vierentwintig']);
    });

    it('on Den Helder finds nothing: no source names an engagement there', async () => {
      expect(await found({ municipalities: ['gemeente-den-helder'] })).toEqual([]);
    });

    it('on a region finds engagements for the region, for organisations that are part of it, and for its (former) members', async () => {
      expect(await found({ regions: ['regio-drechtsteden'] })).toEqual(SDD);
      // Geldermalsen was a member of Regio Rivierenland until it was dissolved (validTo 2018-12-31).
      expect(await found({ regions: ['regio-rivierenland'] })).toEqual([GELDERMALSEN, RIVIERENLAND]);
    });

    it('on a successor gemeente also finds the engagements of its predecessors (West Betuwe → Geldermalsen)', async () => {
      expect(await found({ municipalities: ['gemeente-west-betuwe'] })).toEqual([GELDERMALSEN, RIVIERENLAND]);
      expect(await found({ municipalities: ['gemeente-west-betuwe'], themes: ['schuldhulpverlening'] })).toEqual([GELDERMALSEN]);
      // Not the other way round, and not for the other members of the region.
      expect(await found({ municipalities: ['gemeente-lingewaal'] })).toEqual([RIVIERENLAND]);
      expect(await found({ municipalities: ['gemeente-tiel'], themes: ['schuldhulpverlening'] })).toEqual([]);
      const m = await query(ctx.app, '{ municipality(id: "gemeente-west-betuwe") { engagements { id } engagementCount } }');
      expect(m.municipality).toEqual({ engagements: [{ id: GELDERMALSEN }], engagementCount: 1 });
    });

    it('on a consultancy finds its engagements', async () => {
      expect(await found({ consultancies: ['consultancy-jso'] })).toEqual(WADDINXVEEN);
      expect(await found({ consultancies: ['consultancy-key-to-grip'] })).toEqual([WESTLAND]);
    });

    it('on a person finds the engagements they worked on in any role', async () => {
      expect(await found({ persons: ['person-nathalie-de-man'] })).toEqual([SDD[0]!]);
      expect(await found({ persons: ['person-gabrielle-rypma'] })).toEqual([SDD[0]!]);
      // Bertram van der Wal is only the contact for a topic, not on the traject.
      expect(await found({ persons: ['person-bertram-van-der-wal'] })).toEqual([]);
    });

    it('on a client matches that client exactly', async () => {
      expect(await found({ clients: ['org-sociaal-kernteam-westland'] })).toEqual([WESTLAND]);
      expect(await found({ clients: ['regio-drechtsteden'] })).toEqual([]);
    });

    it('on years keeps engagements that start in the range and leaves out those without a year', async () => {
      expect(await found({ from: 2015 })).toEqual([WADDINXVEEN[0]!]);
      expect(await found({ from: 2016, to: 2016 })).toEqual([WADDINXVEEN[0]!]);
      expect(await found({ to: 2015 })).toEqual([]);
      expect(await found({ from: 2017 })).toEqual([]);
    });

    it('combines criteria: all must hold', async () => {
      expect(await found({ themes: ['dienstverlening'], consultancies: ['consultancy-kern-konsult'] })).toEqual([SDD[0]!]);
      expect(await found({ themes: ['eigenKracht'], from: 2015 })).toEqual([WADDINXVEEN[0]!]);
      expect(await found({ municipalities: ['gemeente-westland'], consultancies: ['consultancy-jso'] })).toEqual([]);
    });

    it('finds nothing for an unknown (well-formed) id', async () => {
      expect(await found({ themes: ['geenThema'] })).toEqual([]);
    });

    it('refuses from after to with BAD_INPUT', async () => {
      expectRefused(await gql(ctx.app, ENGAGEMENTS, { filter: { from: 2020, to: 2010 } }), 'BAD_INPUT', /from.*after.*to/);
    });

    it('refuses a malformed id in a filter with BAD_INPUT naming the argument', async () => {
      const error = expectRefused(await gql(ctx.app, ENGAGEMENTS, { filter: { municipalities: ['gemeente westland'] } }), 'BAD_INPUT', /not a valid id/);
      expect(error.extensions?.argument).toBe('filter.municipalities');
    });
  });

  describe('orderBy', () => {
    it('START_DESC (the default) puts dated engagements first, then the rest by title', async () => {
      const page = await list({ first: 100 });
      const years = page.edges.map((e: Json) => e.node.startYear);
      expect(years[0]).toBe(2016);
      expect(years.slice(1).every((y: number | null) => y === null)).toBe(true);
      const undated = page.edges.slice(1).map((e: Json) => e.node.title);
      expect(undated).toEqual([...undated].sort((a, b) => (a < b ? -1 : 1)));
      expect((await list({ first: 100, orderBy: 'START_DESC' })).edges).toEqual(page.edges);
    });

    it('START_ASC also puts engagements without a year last', async () => {
      const page = await list({ first: 100, orderBy: 'START_ASC' });
      expect(page.edges[0].node.startYear).toBe(2016);
      expect(page.edges.at(-1).node.startYear).toBeNull();
    });

    it('TITLE_ASC sorts alphabetically by title', async () => {
      const titles = (await list({ first: 100, orderBy: 'TITLE_ASC' })).edges.map((e: Json) => e.node.title);
      expect(titles).toEqual([...titles].sort((a, b) => (a < b ? -1 : 1)));
      expect(titles).toHaveLength(fixtureEngagementIds().size);
    });
  });

  describe('pagination', () => {
    it('gives totalCount for all pages, whatever the page size', async () => {
      for (const first of [1, 2, 100]) expect((await list({ first })).totalCount).toBe(fixtureEngagementIds().size);
      expect((await list({ first: 1, filter: { regions: ['regio-drechtsteden'] } })).totalCount).toBe(2);
    });

    it('pages with first/after through every engagement exactly once, in order', async () => {
      const all = (await list({ first: 100, orderBy: 'TITLE_ASC' })).edges.map((e: Json) => e.node.id);
      const seen: string[] = [];
      let after: string | null = null;
      for (let guard = 0; guard < 20; guard++) {
        const page: Json = await list({ first: 2, after, orderBy: 'TITLE_ASC' });
        expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
        expect(page.pageInfo.startCursor).toBe(page.edges[0].cursor);
        expect(page.pageInfo.endCursor).toBe(page.edges.at(-1).cursor);
        seen.push(...page.edges.map((e: Json) => e.node.id));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(seen).toEqual(all);
    });

    it('returns an empty last page after the final cursor', async () => {
      const all = await list({ first: 100 });
      const next = await list({ first: 5, after: all.pageInfo.endCursor });
      expect(next.edges).toEqual([]);
      expect(next.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null });
      expect(next.totalCount).toBe(all.totalCount);
    });

    it('refuses a cursor it did not issue with BAD_INPUT', async () => {
      expectRefused(await gql(ctx.app, ENGAGEMENTS, { after: 'b2Y6MQ' }), 'BAD_INPUT', /cursor/);
    });

    it.each([0, -1])('refuses first: %i with BAD_INPUT', async (first) => {
      expectRefused(await gql(ctx.app, ENGAGEMENTS, { first }), 'BAD_INPUT', /at least 1/);
    });

    it('refuses first above the maximum page size with LIMIT_EXCEEDED', async () => {
      const error = expectRefused(await gql(ctx.app, ENGAGEMENTS, { first: 101 }), 'LIMIT_EXCEEDED', /at most 100/);
      expect(error.extensions).toMatchObject({ argument: 'first', max: 100 });
    });
  });
});
