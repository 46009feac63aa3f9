import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, FIELD_PARAMS, parseAppState, serializeAppState, type AppState } from './appState';

describe('the URL state', () => {
  it('round-trips selection, expanded nodes, filters, view and layout', () => {
    const state = {
      ...DEFAULT_STATE,
      sel: 'person-gabrielle-rypma|WORKED_ON|eng-x',
      exp: ['consultancy-kern-konsult', 'eng-x'],
      pin: ['gemeente-den-helder'],
      view: 'paths' as const,
      layout: 'concentric' as const,
      table: true,
      lang: 'en' as const,
      filters: { hiddenTypes: ['PERSON' as const], themes: ['eigenKracht'], from: 2014, to: 2020, consultancies: ['consultancy-kern-konsult'] },
      pathFrom: 'consultancy-kern-konsult',
      pathTo: 'gemeente-den-helder',
      pathIndex: 1,
    };
    expect(parseAppState(serializeAppState(state))).toEqual(state);
  });

  it('round-trips the map view and the weighting of comparable gemeenten', () => {
    const state = {
      ...DEFAULT_STATE,
      view: 'map' as const,
      cmp: 'gemeente-waddinxveen',
      cmpPreset: 'STRUCTURE' as const,
      cmpWeights: { size: 2, density: 0.5, themes: 0 },
    };
    const search = serializeAppState(state);
    expect(search).toBe('?view=map&cmp=gemeente-waddinxveen&cp=STRUCTURE&cwt=size:2,density:0.5,themes:0');
    expect(parseAppState(search)).toEqual(state);
    expect(parseAppState('?cp=ALL&cwt=size:11,bogus:1,themes:x,region:3').cmpWeights).toEqual({ region: 3 });
    expect(parseAppState('?cp=ALL').cmpPreset).toBe('BALANCED');
  });

  it('keeps ids readable in the link and leaves defaults out', () => {
    const search = serializeAppState({ ...DEFAULT_STATE, view: 'filters', exp: ['a', 'b'], sel: 'a|BY|b' });
    expect(search).toBe('?sel=a|BY|b&exp=a,b');
    expect(serializeAppState(DEFAULT_STATE)).toBe('');
  });

  it('round-trips the intake screens: a review keeps its source and proposal, the others drop them', () => {
    const review = { ...DEFAULT_STATE, intake: 'review' as const, intakeSource: 'source-een-artikel', intakeProposal: 'proposal-1', lang: 'en' as const };
    expect(serializeAppState(review)).toBe('?intake=review&src=source-een-artikel&prop=proposal-1&lang=en');
    expect(parseAppState(serializeAppState(review))).toEqual(review);
    expect(serializeAppState({ ...review, intake: 'queue' })).toBe('?intake=queue&lang=en');
    expect(parseAppState('?intake=new&src=x&prop=y')).toMatchObject({ intake: 'new', intakeSource: null, intakeProposal: null });
    expect(parseAppState('?intake=elsewhere').intake).toBeNull();
  });

  it('round-trips the report over the view it reports on; an unknown report is none', () => {
    const report = { ...DEFAULT_STATE, view: 'comparable' as const, cmp: 'gemeente-zwolle', report: 'comparable' as const };
    expect(serializeAppState(report)).toBe('?view=comparable&cmp=gemeente-zwolle&report=comparable');
    expect(parseAppState(serializeAppState(report))).toEqual(report);
    expect(parseAppState('?sel=a&report=entity').report).toBe('entity');
    expect(parseAppState('?report=graph').report).toBe('graph');
    expect(parseAppState('?report=poster').report).toBeNull();
    expect(serializeAppState({ ...report, report: null })).toBe('?view=comparable&cmp=gemeente-zwolle');
  });

  it('opens the start page on a bare link, and the explorer on a shared link with graph state but no view (issue 13)', () => {
    expect(parseAppState('').view).toBe('overview');
    expect(parseAppState('?lang=en')).toEqual({ ...DEFAULT_STATE, lang: 'en' });
    expect(serializeAppState({ ...DEFAULT_STATE, lang: 'en' })).toBe('?lang=en');
    for (const link of ['?sel=gemeente-ede', '?exp=a,b', '?pin=a', '?hide=a&exp=b', '?th=eigenKracht', '?from=2015', '?co=x', '?ht=PERSON', '?pf=a&pt=b', '?cmp=gemeente-ede', '?table=1', '?layout=concentric', '?groupAbove=1000']) {
      expect(parseAppState(link).view, link).toBe('filters');
    }
    expect(parseAppState('?view=overview&exp=a').view).toBe('overview');
    expect(parseAppState('?view=map').view).toBe('map');
  });

  it('writes the view only when the link would not open it anyway, and round-trips either way', () => {
    const cases: [AppState, string][] = [
      [DEFAULT_STATE, ''],
      [{ ...DEFAULT_STATE, view: 'filters' }, '?view=filters'],
      [{ ...DEFAULT_STATE, view: 'filters', sel: 'a', exp: ['a'] }, '?sel=a&exp=a'],
      [{ ...DEFAULT_STATE, view: 'overview', sel: 'a', exp: ['a'] }, '?view=overview&sel=a&exp=a'],
      [{ ...DEFAULT_STATE, view: 'filters', filters: { ...DEFAULT_STATE.filters, themes: ['eigenKracht'] } }, '?th=eigenKracht'],
      [{ ...DEFAULT_STATE, view: 'comparable', cmp: 'gemeente-ede' }, '?view=comparable&cmp=gemeente-ede'],
      [{ ...DEFAULT_STATE, view: 'map' }, '?view=map'],
    ];
    for (const [state, search] of cases) {
      expect(serializeAppState(state)).toBe(search);
      expect(parseAppState(serializeAppState(state))).toEqual(state);
    }
  });

  it('ignores values it does not know instead of failing', () => {
    const s = parseAppState('?view=nope&layout=spiral&ht=PERSON,ALIEN&pm=99&from=x');
    expect(s.view).toBe('filters');
    expect(s.layout).toBe('fcose');
    expect(s.filters.hiddenTypes).toEqual(['PERSON']);
    expect(s.pathMax).toBe(DEFAULT_STATE.pathMax);
    expect(s.filters.from).toBeNull();
  });

  it('keeps the timeline view and its grouping in the link (issue 13, the timeline)', () => {
    const s = parseAppState('?view=timeline&tl=THEME&from=2014&to=2017');
    expect(s).toMatchObject({ view: 'timeline', timelineBy: 'THEME', filters: { from: 2014, to: 2017 } });
    expect(parseAppState(serializeAppState(s))).toEqual(s);
    expect(serializeAppState({ ...s, timelineBy: 'CLIENT' })).not.toContain('tl=');
    expect(parseAppState('?view=timeline&tl=PERSON').timelineBy).toBe('CLIENT');
  });

  it('round-trips every field of the link, each on its own and all together', () => {
    const changed: Partial<AppState>[] = [
      { view: 'timeline' },
      { sel: 'a|BY|b' },
      { exp: ['a', 'b'] },
      { pin: ['c'] },
      { hide: ['d'] },
      { layout: 'breadthfirst' },
      { table: true },
      { filters: { ...DEFAULT_STATE.filters, hiddenTypes: ['THEME'] } },
      { filters: { ...DEFAULT_STATE.filters, themes: ['eigenKracht'] } },
      { filters: { ...DEFAULT_STATE.filters, from: 2015 } },
      { filters: { ...DEFAULT_STATE.filters, to: 2020 } },
      { filters: { ...DEFAULT_STATE.filters, consultancies: ['consultancy-kern-konsult'] } },
      { pathFrom: 'a' },
      { pathTo: 'b' },
      { pathMax: 6 },
      { pathVia: true },
      { pathFrom: 'a', pathTo: 'b', pathIndex: 2 },
      { cmp: 'gemeente-ede' },
      { cmpWith: 'gemeente-zwolle' },
      { cmpPreset: 'STRUCTURE' },
      { cmpWeights: { size: 3 } },
      { intake: 'queue' },
      { intake: 'review', intakeSource: 'source-x' },
      { intake: 'review', intakeSource: 'source-x', intakeProposal: 'p-1' },
      { timelineBy: 'THEME' },
      { report: 'graph' },
      { source: 'src-x' },
      { lang: 'en' },
    ];
    const seen = new Set<string>();
    for (const patch of changed) {
      const state = { ...DEFAULT_STATE, view: 'filters' as const, ...patch };
      const search = serializeAppState(state);
      for (const key of new URLSearchParams(search).keys()) seen.add(key);
      expect(parseAppState(search), search).toEqual(state);
    }
    expect([...seen].sort()).toEqual([...FIELD_PARAMS].sort());
    const all = changed.reduce<AppState>((s, patch) => ({ ...s, ...patch, filters: { ...s.filters, ...patch.filters } }), DEFAULT_STATE);
    expect(parseAppState(serializeAppState(all))).toEqual(all);
  });
});
