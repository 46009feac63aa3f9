/**
 * Contract test of `recentSources` (the start page's newest articles) on the fixture graph: the
 * published kinds by default, newest first with the undated after the dated (by title), the total,
 * the kinds asked for, the bound on `first` with a clear error, and at most one database query.
 */
import { describe, expect, it } from 'vitest';
import { gql, useTestApp } from '../support/testServer.js';
import { countQueries, expectRefused, query } from './apiHelpers.js';

const RECENT = `query Recent($kinds: [SourceKind!], $first: Int) {
  recentSources(kinds: $kinds, first: $first) {
    totalCount
    sources { id title publisher date kind url }
  }
}`;

/** The fixture's six published sources: the dated interview first, then the rest by title. */
const NEWEST_FIRST = [
  'src-den-helder-interview',
  'src-jso-waddinxveen',
  'src-fixture-geldermalsen',
  'src-kern-konsult-drechtsteden',
  'src-westland-sociaal-kernteam',
  'src-hiemstra-rivierenland',
];

describe('recentSources', () => {
  const ctx = useTestApp();

  it('lists the published articles newest first, the undated after the dated by title, with the total', async () => {
    const data = await query(ctx.app, RECENT, {});
    expect(data.recentSources.totalCount).toBe(6);
    expect(data.recentSources.sources.map((s: { id: string }) => s.id)).toEqual(NEWEST_FIRST.slice(0, 5));
    const first = data.recentSources.sources[0];
    expect(first).toMatchObject({ date: '2018', kind: 'INTERVIEW', title: '‘Iedereen had door dat het anders moest’' });
    expect(data.recentSources.sources.every((s: { kind: string }) => s.kind !== 'REGISTER')).toBe(true);

    const all = await query(ctx.app, RECENT, { first: 50 });
    expect(all.recentSources.sources.map((s: { id: string }) => s.id)).toEqual(NEWEST_FIRST);
  });

  it('lists the kinds asked for, and counts them', async () => {
    const articles = await query(ctx.app, RECENT, { kinds: ['ARTICLE'], first: 10 });
    expect(articles.recentSources.totalCount).toBe(2);
    expect(articles.recentSources.sources.map((s: { id: string }) => s.id)).toEqual(['src-fixture-geldermalsen', 'src-hiemstra-rivierenland']);
    const registers = await query(ctx.app, RECENT, { kinds: ['REGISTER'], first: 50 });
    expect(registers.recentSources.totalCount).toBeGreaterThanOrEqual(4);
    expect(registers.recentSources.sources.every((s: { kind: string }) => s.kind === 'REGISTER')).toBe(true);
  });

  it('refuses a first beyond 50, below 1 and an empty kinds list in words', async () => {
    expectRefused(await gql(ctx.app, RECENT, { first: 51 }), 'LIMIT_EXCEEDED', /at most 50/);
    expectRefused(await gql(ctx.app, RECENT, { first: 0 }), 'BAD_INPUT', /at least 1/);
    expectRefused(await gql(ctx.app, RECENT, { kinds: [] }), 'BAD_INPUT', /kinds/);
    expect((await gql(ctx.app, RECENT, { kinds: ['NEWSPAPER'] })).errors?.[0]?.message).toMatch(/NEWSPAPER/);
  });

  it('issues at most one database query (the cache of all sources), none while it holds', async () => {
    await ctx.app.db.write('test:coldCaches', (tx) => tx.run('RETURN 1'));
    const cold = await countQueries(ctx.app, RECENT, {});
    expect(cold.count).toBeLessThanOrEqual(1);
    const warm = await countQueries(ctx.app, RECENT, {});
    expect(warm.count).toBe(0);
  });
});
