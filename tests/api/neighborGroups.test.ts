/**
 * Contract tests of `neighborGroups` and `neighborGroupMembers` (the explorer's group nodes) on the
 * fixture graph: the counts agree with the full neighbourhood, the client and theme split agrees
 * with the members of each part, and paging walks every member once, best connected first.
 */
import { describe, expect, it } from 'vitest';
import { gql, useTestApp } from '../support/testServer.js';
import { countQueries, expectRefused, query, type Json } from './apiHelpers.js';

const GROUPS = `query Groups($ids: [ID!]!, $by: EngagementGrouping) {
  neighborGroups(ids: $ids, engagementsBy: $by) { of type count parts { key name count } }
}`;

const MEMBERS = `query Members($id: ID!, $type: EntityType!, $by: EngagementGrouping, $key: ID, $first: Int, $after: String) {
  neighborGroupMembers(id: $id, type: $type, engagementsBy: $by, key: $key, first: $first, after: $after) {
    totalCount hasNextPage endCursor
    nodes { id label type degree provenanceCount }
    edges { id source target type provenanceCount }
  }
}`;

const NEIGHBORHOOD = `query N($ids: [ID!]!) { neighborhood(ids: $ids, limit: 2000) { truncated nodes { id type } } }`;

const HUBS = ['consultancy-kern-konsult', 'gemeente-westland', 'gemeente-den-helder'];

describe('neighborGroups', () => {
  const ctx = useTestApp();

  it('counts each entity’s neighbours per type as the full neighbourhood has them, in one query', async () => {
    const { count, data } = await countQueries(ctx.app, GROUPS, { ids: HUBS });
    expect(count).toBe(1);
    for (const hub of HUBS) {
      const n = await query(ctx.app, NEIGHBORHOOD, { ids: [hub] });
      expect(n.neighborhood.truncated).toBe(false);
      const perType: Record<string, number> = {};
      for (const node of n.neighborhood.nodes as Json[]) if (node.id !== hub) perType[node.type] = (perType[node.type] ?? 0) + 1;
      const groups = (data.neighborGroups as Json[]).filter((g) => g.of === hub);
      expect(Object.fromEntries(groups.map((g) => [g.type, g.count]))).toEqual(perType);
      for (const g of groups) expect(g.parts).toEqual([]);
    }
  });

  it('splits engagements by client and by theme; each part is what its members page holds', async () => {
    const hub = 'consultancy-kern-konsult';
    for (const by of ['CLIENT', 'THEME']) {
      const data = await query(ctx.app, GROUPS, { ids: [hub], by });
      const engagements = (data.neighborGroups as Json[]).find((g) => g.type === 'ENGAGEMENT');
      expect(engagements.count).toBeGreaterThan(1);
      expect(engagements.parts.length).toBeGreaterThan(0);
      const sum = engagements.parts.reduce((s: number, p: Json) => s + p.count, 0);
      // Every engagement has one client; it may have several themes (or none).
      if (by === 'CLIENT') expect(sum).toBe(engagements.count);
      else expect(sum).toBeGreaterThanOrEqual(engagements.count - (engagements.parts.find((p: Json) => p.key === null)?.count ?? 0));
      for (const part of engagements.parts.slice(0, 3)) {
        const page = await query(ctx.app, MEMBERS, { id: hub, type: 'ENGAGEMENT', by, key: part.key, first: 100 });
        expect(page.neighborGroupMembers.totalCount).toBe(part.count);
        expect(page.neighborGroupMembers.nodes).toHaveLength(part.count);
        if (part.key) {
          expect(part.name.length).toBeGreaterThan(0);
          // Each member is drawn with its edge to the hub and to the part's client or theme.
          for (const m of page.neighborGroupMembers.nodes as Json[]) {
            const ends = (page.neighborGroupMembers.edges as Json[]).filter((e) => e.source === m.id || e.target === m.id).map((e) => (e.source === m.id ? e.target : e.source));
            expect(ends).toEqual(expect.arrayContaining([hub, part.key]));
          }
        }
      }
    }
  });

  it('pages through a group: every member once, by degree, with a cursor', async () => {
    const hub = 'consultancy-kern-konsult';
    const data = await query(ctx.app, GROUPS, { ids: [hub] });
    const engagements = (data.neighborGroups as Json[]).find((g) => g.type === 'ENGAGEMENT');
    const seen: Json[] = [];
    let after: string | null = null;
    for (let i = 0; i < 50; i++) {
      const page: Json = (await query(ctx.app, MEMBERS, { id: hub, type: 'ENGAGEMENT', first: 2, after })).neighborGroupMembers;
      expect(page.totalCount).toBe(engagements.count);
      seen.push(...page.nodes);
      for (const e of page.edges as Json[]) expect(e.provenanceCount).toBeGreaterThan(0);
      if (!page.hasNextPage) break;
      after = page.endCursor;
    }
    expect(seen).toHaveLength(engagements.count);
    expect(new Set(seen.map((n) => n.id)).size).toBe(engagements.count);
    const degrees = seen.map((n) => n.degree);
    expect(degrees).toEqual([...degrees].sort((a, b) => b - a));
  });

  it('refuses bad ids and too large pages with a message that says what to do', async () => {
    expectRefused(await gql(ctx.app, GROUPS, { ids: ['no such id!'] }), 'BAD_INPUT', /search/);
    expectRefused(await gql(ctx.app, GROUPS, { ids: [] }), 'BAD_INPUT');
    expectRefused(await gql(ctx.app, MEMBERS, { id: 'gemeente-westland', type: 'ENGAGEMENT', first: 1000 }), 'LIMIT_EXCEEDED', /after/);
  });
});
