/** Contract tests of `search`: folding, prefixes, aliases, types, ranking, pagination, safe input. */
import { describe, expect, it } from 'vitest';
import { gql, useTestApp } from '../support/testServer.js';
import { expectRefused, query, type Json } from './apiHelpers.js';

const SEARCH = `query Search($q: String!, $types: [EntityType!], $first: Int, $after: String) {
  search(query: $q, types: $types, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor score node { id name type aliases } }
  }
}`;

describe('search', () => {
  const ctx = useTestApp();
  const search = async (q: string, extra: Record<string, unknown> = {}): Promise<Json> => (await query(ctx.app, SEARCH, { q, ...extra })).search;
  const hitIds = (s: Json): string[] => s.edges.map((e: Json) => e.node.id);

  it('finds Projectmatig Creëren from "creeren" (diacritics do not matter)', async () => {
    const s = await search('creeren');
    expect(s.edges[0].node).toMatchObject({ id: 'eng-sociale-dienst-drechtsteden-projectmatig-creeren', name: 'Projectmatig Creëren', type: 'ENGAGEMENT' });
  });

  it('finds the same with the diacritic typed, and in any case', async () => {
    expect(hitIds(await search('CREËREN'))[0]).toBe('eng-sociale-dienst-drechtsteden-projectmatig-creeren');
  });

  it('finds Drechtsteden from the prefix "drecht", with the gemeente Drechterland, ranked first', async () => {
    const s = await search('drecht');
    // Drechterland (a gemeente since the reference data) matches the same prefix with a shorter name.
    expect(hitIds(s).slice(0, 2)).toEqual(['gemeente-drechterland', 'regio-drechtsteden']);
    expect(hitIds(s)).toContain('org-sociale-dienst-drechtsteden');
  });

  it('finds a dissolved gemeente, which says where it went', async () => {
    const s = await query(
      ctx.app,
      `{ search(query: "Geldermalsen") { edges { node { id type ... on Municipality { dissolved dissolvedYear currentSuccessors { id name } } } } } }`,
    );
    expect(s.search.edges[0].node).toEqual({
      id: 'gemeente-geldermalsen',
      type: 'MUNICIPALITY',
      dissolved: true,
      dissolvedYear: 2019,
      currentSuccessors: [{ id: 'gemeente-west-betuwe', name: 'West Betuwe' }],
    });
  });

  it.each(['WMO', 'Wet maatschappelijke ondersteuning', 'wmo 2015'])('finds the theme Wmo 2015 from its alias "%s"', async (text) => {
    const s = await search(text);
    expect(s.edges[0].node).toMatchObject({ id: 'wmo', name: 'Wmo 2015', type: 'THEME' });
  });

  it('finds an organisation by its abbreviation (alias "SKT")', async () => {
    expect(hitIds(await search('SKT'))[0]).toBe('org-sociaal-kernteam-westland');
  });

  it('forgives one typo in a longer word', async () => {
    expect(hitIds(await search('Drechsteden'))).toContain('regio-drechtsteden');
  });

  it('requires every word to match', async () => {
    const s = await search('Kern Konsult');
    expect(hitIds(s)).toEqual(['consultancy-kern-konsult']);
  });

  it('restricts hits to the given types', async () => {
    const orgs = await search('drechtsteden', { types: ['ORGANIZATION'] });
    expect(hitIds(orgs)).toEqual(['org-sociale-dienst-drechtsteden']);
    expect(orgs.totalCount).toBe(1);
    const several = await search('drechtsteden', { types: ['REGION', 'ENGAGEMENT'] });
    expect(several.edges.every((e: Json) => ['REGION', 'ENGAGEMENT'].includes(e.node.type))).toBe(true);
    expect(hitIds(several)).toContain('regio-drechtsteden');
    expect(hitIds(several)).not.toContain('org-sociale-dienst-drechtsteden');
  });

  it('ranks by relevance: scores never increase down the list, and an exact name beats a partial one', async () => {
    for (const text of ['drechtsteden', 'gemeente', 'sociaal', 'Den Helder']) {
      const s = await search(text, { first: 50 });
      const scores = s.edges.map((e: Json) => e.score);
      expect(scores, text).toEqual([...scores].sort((a, b) => b - a));
    }
    // "Drechtsteden" is the region's name; the others only contain the word.
    expect(hitIds(await search('Drechtsteden'))[0]).toBe('regio-drechtsteden');
    expect(hitIds(await search('Den Helder'))[0]).toBe('gemeente-den-helder');
  });

  it('pages with first/after through every hit exactly once, with correct pageInfo', async () => {
    // "Gemeente West Betuwe", "Gemeente Westland", … (current and dissolved): more than one page, fewer than 100.
    const all = await search('gemeente west', { first: 100 });
    expect(all.totalCount).toBeGreaterThan(5);
    expect(all.edges).toHaveLength(all.totalCount);
    expect(all.edges.every((e: Json) => e.node.type === 'MUNICIPALITY')).toBe(true);
    expect(all.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });

    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page: Json = await search('gemeente west', { first: 5, after });
      pages++;
      expect(page.totalCount).toBe(all.totalCount);
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      expect(page.pageInfo.startCursor).toBe(page.edges[0].cursor);
      expect(page.pageInfo.endCursor).toBe(page.edges.at(-1).cursor);
      seen.push(...hitIds(page));
      if (!page.pageInfo.hasNextPage) break;
      expect(page.edges).toHaveLength(5);
      after = page.pageInfo.endCursor;
    }
    expect(pages).toBe(Math.ceil(all.totalCount / 5));
    expect(seen).toEqual(hitIds(all));
  });

  it('returns an empty page, not an error, when nothing matches', async () => {
    const s = await search('xylofoonorkest');
    expect(s).toMatchObject({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null } });
  });

  describe('Lucene operators are plain text', () => {
    it('finds Kern Konsult from "Kern && (Konsult)"', async () => {
      expect(hitIds(await search('Kern && (Konsult)'))).toEqual(['consultancy-kern-konsult']);
    });

    it.each(['+', '-', '&&', '||', '!', '(', ')', '{', '}', '[', ']', '^', '"', '~', '*', '?', ':', '\\', '/'])(
      'does not fail on "%s" around a word',
      async (op) => {
        for (const text of [`${op}Kern`, `Kern${op}`, `Kern ${op} Konsult`, `${op}${op}Konsult${op}`]) {
          const res = await gql<Json>(ctx.app, SEARCH, { q: text });
          expect(res.errors, `${text}: ${JSON.stringify(res.errors)}`).toBeUndefined();
          expect(hitIds(res.data.search), text).toContain('consultancy-kern-konsult');
        }
      },
    );

    it('refuses "&&||" alone with BAD_INPUT: there is no word to search for', async () => {
      expectRefused(await gql(ctx.app, SEARCH, { q: '&&||' }), 'BAD_INPUT', /letter or digit/);
    });

    it('refuses a query made only of operators with BAD_INPUT', async () => {
      expectRefused(await gql(ctx.app, SEARCH, { q: '+ - && || ! ( ) { } [ ] ^ " ~ * ? : \\ /' }), 'BAD_INPUT', /letter or digit/);
    });
  });

  it.each([
    ['empty', ''],
    ['whitespace', '   \t '],
  ])('refuses an %s query with BAD_INPUT', async (_what, text) => {
    const error = expectRefused(await gql(ctx.app, SEARCH, { q: text }), 'BAD_INPUT', /letter or digit/);
    expect(error.extensions?.argument).toBe('query');
  });

  it('refuses a query longer than 200 characters with BAD_INPUT', async () => {
    expectRefused(await gql(ctx.app, SEARCH, { q: 'drecht '.repeat(40) }), 'BAD_INPUT', /200 characters/);
  });

  it('refuses a cursor it did not issue with BAD_INPUT', async () => {
    expectRefused(await gql(ctx.app, SEARCH, { q: 'gemeente', after: 'not-a-cursor' }), 'BAD_INPUT', /cursor/);
  });
});
