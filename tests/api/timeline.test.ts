/**
 * Contract tests of `engagementTimeline` (issue 13, the timeline view): grouping by client, bureau
 * and theme, the engagements without a start counted apart (per group and in total), the filter,
 * the bounds and what they leave out, one query per call, and the refusals. Real operations over
 * HTTP against the fixture graph plus the dated test engagements of tests/support/timelineGraph.ts
 * (added before, removed after).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { removeSyntheticGraph } from '../../server/src/db/syntheticGraph.js';
import { writeGraph } from '../../server/src/db/writeGraph.js';
import { gql, useTestApp, withTestDatabase } from '../support/testServer.js';
import { TIMELINE_BUREAU_A, TIMELINE_BUREAU_B, timelineEngagementId, timelineGraph } from '../support/timelineGraph.js';
import { countQueries, expectRefused, leaksInternals, query, type Json } from './apiHelpers.js';

const TIMELINE = `query($filter: EngagementFilter, $groupBy: TimelineGroupBy!, $first: Int, $perGroup: Int) {
  engagementTimeline(filter: $filter, groupBy: $groupBy, first: $first, perGroup: $perGroup) {
    groupBy engagementCount unknownPeriodCount ungroupedCount groupCount minYear maxYear
    groups { entity { id name type } engagementCount unknownPeriodCount spansLeftOut spans { id name start end startYear endYear status } }
  }
}`;

type Vars = { groupBy: string; filter?: Json; first?: number; perGroup?: number };
const group = (t: Json, id: string) => t.groups.find((g: Json) => g.entity.id === id);

describe('engagementTimeline', () => {
  const ctx = useTestApp();
  const timeline = async (v: Vars): Promise<Json> => (await query(ctx.app, TIMELINE, v)).engagementTimeline;

  beforeAll(() => withTestDatabase((db) => writeGraph(db, timelineGraph(), 'keep')));
  afterAll(() => withTestDatabase(removeSyntheticGraph));

  it('groups by client, largest first, with the engagements without a start counted apart', async () => {
    const t = await timeline({ groupBy: 'CLIENT' });
    // The fixture's 7 engagements (one with a start: Waddinxveen 2016) and the 12 test engagements (3 without a start).
    expect(t).toMatchObject({ groupBy: 'CLIENT', engagementCount: 19, unknownPeriodCount: 9, ungroupedCount: 0, minYear: 2012, maxYear: 2021 });
    expect(t.groups.slice(0, 3).map((g: Json) => [g.entity.id, g.engagementCount, g.unknownPeriodCount])).toEqual([
      ['gemeente-waddinxveen', 6, 2],
      ['gemeente-gouda', 5, 1],
      ['gemeente-westland', 4, 2],
    ]);
    expect(t.groups.every((g: Json) => g.spans.length === g.engagementCount - g.unknownPeriodCount && g.spansLeftOut === 0)).toBe(true);
    // Spans earliest first, with the partial dates as the source states them; no end: start only.
    const westland = group(t, 'gemeente-westland');
    expect(westland.entity).toEqual({ id: 'gemeente-westland', name: 'Westland', type: 'MUNICIPALITY' });
    expect(westland.spans).toEqual([
      { id: timelineEngagementId('06'), name: 'Tijdlijntest traject 06', start: '2020-05-01', end: '2021-12', startYear: 2020, endYear: 2021, status: 'COMPLETED' },
      { id: timelineEngagementId('07'), name: 'Tijdlijntest traject 07', start: '2021', end: null, startYear: 2021, endYear: null, status: 'UNKNOWN' },
    ]);
    expect(group(t, 'gemeente-waddinxveen').spans.map((s: Json) => s.startYear)).toEqual([2012, 2014, 2016, 2018]);
    // An organisation and a region are clients too.
    expect(group(t, 'org-sociale-dienst-drechtsteden')).toMatchObject({ engagementCount: 2, unknownPeriodCount: 2, spans: [] });
    expect(group(t, 'regio-rivierenland')?.entity.type).toBe('REGION');
  });

  it('groups by bureau and by theme', async () => {
    const byBureau = await timeline({ groupBy: 'CONSULTANCY' });
    // Geldermalsen's engagement names no bureau.
    expect(byBureau).toMatchObject({ engagementCount: 19, unknownPeriodCount: 9, ungroupedCount: 1 });
    expect(group(byBureau, 'consultancy-jso')).toMatchObject({ engagementCount: 5, unknownPeriodCount: 1 });
    expect(group(byBureau, TIMELINE_BUREAU_A)).toMatchObject({ engagementCount: 5, unknownPeriodCount: 2, entity: { type: 'CONSULTANCY', name: 'Tijdlijntest Bureau A' } });
    expect(group(byBureau, TIMELINE_BUREAU_B)).toMatchObject({ engagementCount: 4, unknownPeriodCount: 1 });
    // Ties by name: JSO before Tijdlijntest Bureau A.
    expect(byBureau.groups.slice(0, 2).map((g: Json) => g.entity.id)).toEqual(['consultancy-jso', TIMELINE_BUREAU_A]);

    const byTheme = await timeline({ groupBy: 'THEME', filter: { consultancies: [TIMELINE_BUREAU_B] } });
    expect(byTheme).toMatchObject({ engagementCount: 4, unknownPeriodCount: 1, groupCount: 3, ungroupedCount: 0, minYear: 2013, maxYear: 2021 });
    expect(byTheme.groups.map((g: Json) => [g.entity.id, g.entity.type, g.engagementCount, g.unknownPeriodCount])).toEqual([
      ['jeugdzorg', 'THEME', 2, 1],
      ['eigenKracht', 'THEME', 1, 0],
      ['preventie', 'THEME', 1, 0],
    ]);
  });

  it('respects the filter: a bureau and a period (engagements without a start are left out by a period, as in `engagements`)', async () => {
    const t = await timeline({ groupBy: 'CLIENT', filter: { consultancies: [TIMELINE_BUREAU_A], from: 2015, to: 2018 } });
    expect(t).toMatchObject({ engagementCount: 2, unknownPeriodCount: 0, groupCount: 1, minYear: 2015, maxYear: 2018 });
    expect(t.groups[0].spans.map((s: Json) => s.id)).toEqual([timelineEngagementId('03'), timelineEngagementId('04')]);

    const listed = await query(ctx.app, `query($f: EngagementFilter) { engagements(filter: $f, first: 100) { totalCount } }`, { f: { themes: ['eigenKracht'], from: 2014 } });
    const themed = await timeline({ groupBy: 'THEME', filter: { themes: ['eigenKracht'], from: 2014 } });
    expect(themed.engagementCount).toBe(listed.engagements.totalCount);
    expect(themed.unknownPeriodCount).toBe(0);

    const none = await timeline({ groupBy: 'CLIENT', filter: { from: 1990, to: 1991 } });
    expect(none).toMatchObject({ engagementCount: 0, unknownPeriodCount: 0, groupCount: 0, minYear: null, maxYear: null, groups: [] });
  });

  it('bounds the groups and the spans per group (spread over its time) and counts what they leave out, in one query', async () => {
    const counted = await countQueries(ctx.app, TIMELINE, { groupBy: 'CLIENT', first: 2, perGroup: 1 });
    expect(counted.count).toBe(1);
    const t = counted.data.engagementTimeline;
    expect(t.groups).toHaveLength(2);
    expect(t.groupCount).toBeGreaterThan(2);
    expect(t.groups[0]).toMatchObject({ entity: { id: 'gemeente-waddinxveen' }, engagementCount: 6, unknownPeriodCount: 2, spansLeftOut: 3 });
    expect(t.groups[0].spans.map((s: Json) => s.id)).toEqual([timelineEngagementId('01')]);
    // More spans than `perGroup`: every k-th by start, spread over the group's time (2012, 2014, 2016, 2018 → 2012, 2016).
    const two = (await timeline({ groupBy: 'CLIENT', first: 1, perGroup: 2 })).groups[0];
    expect(two).toMatchObject({ spansLeftOut: 2 });
    expect(two.spans.map((s: Json) => s.startYear)).toEqual([2012, 2016]);
  });

  it('refuses bad bounds and a reversed period with a clear error', async () => {
    const run = (v: Vars) => gql(ctx.app, TIMELINE, v);
    expectRefused(await run({ groupBy: 'CLIENT', first: 0 }), 'BAD_INPUT', /`first` must be a whole number of at least 1/);
    expectRefused(await run({ groupBy: 'CLIENT', first: 101 }), 'LIMIT_EXCEEDED', /`first` is at most 100/);
    expectRefused(await run({ groupBy: 'CLIENT', perGroup: 201 }), 'LIMIT_EXCEEDED', /`perGroup` is at most 200/);
    expectRefused(await run({ groupBy: 'CLIENT', perGroup: -1 }), 'BAD_INPUT', /`perGroup`/);
    expectRefused(await run({ groupBy: 'CLIENT', filter: { from: 2020, to: 2010 } }), 'BAD_INPUT', /filter.from is after filter.to/);
    expectRefused(await run({ groupBy: 'CLIENT', filter: { themes: ['not an id!'] } }), 'BAD_INPUT', /not a valid id/);
  });

  it('gives data or a clear client error for any bounds and filter, never a 5xx or internals', async () => {
    const ids = fc.constantFrom('gemeente-gouda', TIMELINE_BUREAU_A, 'eigenKracht', 'no-such-id', "') MATCH (n) DETACH DELETE n //", 'x'.repeat(300));
    const args = fc.record({
      groupBy: fc.constantFrom('CLIENT', 'CONSULTANCY', 'THEME'),
      first: fc.oneof(fc.integer({ min: -5, max: 120 }), fc.constant(2 ** 31 - 1)),
      perGroup: fc.integer({ min: -5, max: 250 }),
      filter: fc.record(
        { themes: fc.array(ids, { maxLength: 2 }), consultancies: fc.array(ids, { maxLength: 2 }), municipalities: fc.array(ids, { maxLength: 2 }), from: fc.integer({ min: 1900, max: 2100 }), to: fc.integer({ min: 1900, max: 2100 }) },
        { requiredKeys: [] },
      ),
    });
    await fc.assert(
      fc.asyncProperty(args, async (v) => {
        const res = await gql(ctx.app, TIMELINE, v);
        expect(res.status, JSON.stringify(res)).toBeLessThan(500);
        expect(leaksInternals(res)).toBe(false);
        for (const e of res.errors ?? []) expect(['BAD_INPUT', 'LIMIT_EXCEEDED'], JSON.stringify(e)).toContain(e.extensions?.code);
        if (!res.errors) expect((res.data as Json).engagementTimeline.groups.length).toBeLessThanOrEqual(v.first);
      }),
      { numRuns: 40, seed: 20261126 },
    );
  });
});
