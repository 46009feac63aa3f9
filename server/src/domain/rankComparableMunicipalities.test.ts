import { describe, expect, it } from 'vitest';
import {
  PRESETS,
  WEIGHT_KEYS,
  chooseWeights,
  classSimilarity,
  logSimilarity,
  rankComparableMunicipalities,
  usedWeights,
  type ComparableGraph,
  type Experience,
  type Item,
  type Membership,
  type MunicipalityFeatures,
  type RankedMunicipality,
  type ThemeInfo,
  type Weights,
} from './rankComparableMunicipalities.js';

const item = (id: string, curated = true): Item => ({ id, name: id, curated });
const exp = (themes: string[] = [], consultancies: string[] = [], curated = true): Experience => ({
  themes: themes.map((t) => item(t, curated)),
  consultancies: consultancies.map((k) => item(k, curated)),
});
const swv = (id: string, curated = false): Membership => ({ id, name: id, kind: 'SAMENWERKINGSVERBAND', curated });
const corop = (id: string): Membership => ({ id, name: id, kind: 'COROP', curated: false });

const m = (id: string, over: Partial<MunicipalityFeatures> = {}): MunicipalityFeatures => ({
  id,
  name: id,
  population: 50000,
  density: 1000,
  stedelijkheid: null,
  province: 'Zuid-Holland',
  dissolved: false,
  successors: [],
  regions: [],
  experience: exp(),
  ...over,
});

const flatThemes = (...ids: string[]): ThemeInfo[] => ids.map((id) => ({ id, name: id, broader: [] }));
const graphOf = (municipalities: MunicipalityFeatures[], over: Partial<ComparableGraph> = {}): ComparableGraph => ({
  municipalities,
  regions: [],
  themes: flatThemes('j', 'a', 'w', 'r', 'c', 'x'),
  ...over,
});
const partOf = (r: RankedMunicipality | undefined, kind: string) => r?.explanation.find((p) => p.kind === kind);
const sum = (w: Weights) => WEIGHT_KEYS.reduce((s, k) => s + w[k], 0);

/**
 * The worked example of docs/API.md. Four gemeenten, A asked about, preset BALANCED
 * (size .25, density .2, province .025, corop .025, themes .3, consultancies .15, region .05).
 *
 *   gemeente  inwoners  dichtheid  provincie  COROP  samenwerkingsverband  own themes  own bureau
 *   A         100 000   1 000      ZH         c1     R                     j, a        K1
 *   B          50 000   2 000      ZH         c1     R                     j           K1
 *   C          20 000     500      Utrecht    c2     -                     j, a        K2
 *   D         100 000   1 000      ZH         c3     -                     -           -
 *   region R has an engagement about theme w: A and B have w through R, at 0.5.
 *
 * idf over N = 4 gemeenten: j (A, B, C) ln(4/3) = 0.287682; a (A, C), w (A, B), K1 (A, B), R (A, B)
 * ln(4/2) = 0.693147.
 *
 * B: SIZE 1 − log10(100 000/50 000) = 0.698970 × .25 = 0.1747
 *    DENSITY 1 − log10(2 000/1 000) = 0.698970 × .2 = 0.1398
 *    PROVINCE 1 × .025 = 0.025, COROP 1 × .025 = 0.025
 *    THEMES (j·min(1,1) + w·min(.5,.5)) / (j·1 + a·1 + w·.5)
 *         = (0.287682 + 0.346574) / (0.287682 + 0.693147 + 0.346574) = 0.634256 / 1.327403
 *         = 0.477817 × .3 = 0.1433
 *    CONSULTANCIES {K1} vs {K1} = 1 × .15 = 0.15; REGION {R} vs {R} = 1 × .05 = 0.05
 *    score 0.1747 + 0.1398 + 0.025 + 0.025 + 0.1433 + 0.15 + 0.05 = 0.7078
 * C: SIZE 1 − log10(5) = 0.301030 × .25 = 0.0753; DENSITY 0.698970 × .2 = 0.1398
 *    THEMES (j + a) / (j + a + w·.5) = 0.980829 / 1.327403 = 0.738908 × .3 = 0.2217
 *    PROVINCE, COROP, CONSULTANCIES ({K1} vs {K2}), REGION: 0
 *    score 0.0753 + 0.1398 + 0.2217 = 0.4368
 * D: SIZE 1 × .25 + DENSITY 1 × .2 + PROVINCE .025 = 0.4750 (no engagements: structure only)
 * Ranking: B 0.7078, D 0.4750, C 0.4368.
 */
const WORKED_EXAMPLE = graphOf(
  [
    m('A', { population: 100_000, density: 1000, regions: [corop('c1'), swv('R')], experience: exp(['j', 'a'], ['K1']) }),
    m('B', { population: 50_000, density: 2000, regions: [corop('c1'), swv('R')], experience: exp(['j'], ['K1']) }),
    m('C', { population: 20_000, density: 500, province: 'Utrecht', regions: [corop('c2')], experience: exp(['j', 'a'], ['K2']) }),
    m('D', { population: 100_000, density: 1000, regions: [corop('c3')] }),
  ],
  { regions: [{ id: 'R', name: 'R', ...exp(['w'], [], false) }] },
);

describe('rankComparableMunicipalities: the worked example of docs/API.md', () => {
  const { weights, results } = rankComparableMunicipalities(WORKED_EXAMPLE, ['A'], chooseWeights('BALANCED'));

  it('uses the BALANCED weights as they are when the subject has data for every part', () => {
    expect(weights).toEqual(PRESETS.BALANCED);
  });

  it('ranks B, D, C with the scores worked out by hand', () => {
    expect(results.map((r) => [r.id, r.rank, r.score])).toEqual([
      ['B', 1, 0.7078],
      ['D', 2, 0.475],
      ['C', 3, 0.4368],
    ]);
  });

  it('explains B part by part, largest contribution first, the parts adding up to the score', () => {
    const b = results[0]!;
    expect(b.explanation.map((p) => [p.kind, p.family, p.similarity, p.weight, p.contribution])).toEqual([
      ['SIZE', 'STRUCTURAL', 0.699, 0.25, 0.1747],
      ['CONSULTANCIES', 'EXPERIENCE', 1, 0.15, 0.15],
      ['THEMES', 'EXPERIENCE', 0.4778, 0.3, 0.1433],
      ['DENSITY', 'STRUCTURAL', 0.699, 0.2, 0.1398],
      ['REGION', 'EXPERIENCE', 1, 0.05, 0.05],
      ['PROVINCE', 'STRUCTURAL', 1, 0.025, 0.025],
      ['COROP', 'STRUCTURAL', 1, 0.025, 0.025],
    ]);
    expect(b.explanation.reduce((s, p) => s + p.contribution, 0)).toBeCloseTo(b.score, 10);
    expect(partOf(b, 'SIZE')).toMatchObject({ subjectValue: 100_000, candidateValue: 50_000, shared: [] });
    expect(partOf(b, 'DENSITY')).toMatchObject({ subjectValue: 1000, candidateValue: 2000 });
    expect(partOf(b, 'COROP')).toMatchObject({ sharedIds: ['c1'], sharedNames: ['c1'] });
  });

  it('lists the shared themes article-backed first, then by idf, each saying how each side has it', () => {
    const themes = partOf(results[0], 'THEMES')!;
    expect(themes.shared).toEqual([
      { id: 'j', name: 'j', weight: 0.2877, subjectVia: null, candidateVia: null, fromPredecessor: null, subjectFromPredecessor: null, curated: true },
      { id: 'w', name: 'w', weight: 0.6931, subjectVia: 'R', candidateVia: 'R', fromPredecessor: null, subjectFromPredecessor: null, curated: false },
    ]);
    expect(themes.sharedIds).toEqual(['j', 'w']);
    expect(themes.sharedNames).toEqual(['j', 'w']);
    expect(partOf(results[0], 'REGION')!.shared.map((s) => [s.id, s.weight])).toEqual([['R', 0.6931]]);
  });

  it('gives D, which has no engagements, structural parts only, and C no shared bureau', () => {
    expect(results[1]!.explanation.filter((p) => p.contribution > 0).map((p) => p.kind)).toEqual(['SIZE', 'DENSITY', 'PROVINCE']);
    expect(partOf(results[2], 'CONSULTANCIES')).toMatchObject({ similarity: 0, contribution: 0, shared: [] });
    expect(partOf(results[2], 'THEMES')!.similarity).toBe(0.7389);
  });
});

describe('rankComparableMunicipalities: idf, regions, predecessors', () => {
  it('weighs a rare shared theme above a common one (idf), so that it outranks a gemeente sharing a theme everyone has', () => {
    const others = Array.from({ length: 6 }, (_, i) => m(`other${i}`, { experience: exp(['c']), population: 5000 }));
    const g = graphOf([m('S', { experience: exp(['r', 'c']) }), m('rare', { experience: exp(['r']) }), m('common', { experience: exp(['c']) }), ...others]);
    const { results } = rankComparableMunicipalities(g, ['S'], chooseWeights('EXPERIENCE'));
    expect(results.slice(0, 2).map((r) => r.id)).toEqual(['rare', 'common']);
    // N = 9; r is held by 2 (idf ln 4.5), c by 8 (idf ln 9/8).
    expect(partOf(results[0], 'THEMES')!.similarity).toBeCloseTo(Math.log(4.5) / (Math.log(4.5) + Math.log(9 / 8)), 4);
    expect(partOf(results[1], 'THEMES')!.similarity).toBeCloseTo(Math.log(9 / 8) / (Math.log(4.5) + Math.log(9 / 8)), 4);
  });

  it('gives an item every gemeente has weight 0: it is shared but says nothing', () => {
    const g = graphOf([m('S', { experience: exp(['c']) }), m('T', { experience: exp(['c']) })]);
    const themes = partOf(rankComparableMunicipalities(g, ['S'], chooseWeights('EXPERIENCE')).results[0], 'THEMES')!;
    expect(themes).toMatchObject({ similarity: 0, sharedIds: ['c'] });
    expect(themes.shared[0]!.weight).toBe(0);
  });

  it('counts a region\'s engagement for its members at half weight, naming the region', () => {
    const g = graphOf(
      [m('S', { experience: exp(['x']) }), m('member', { regions: [swv('Drechtsteden')] }), m('own', { experience: exp(['x']) }), m('none')],
      { regions: [{ id: 'Drechtsteden', name: 'Drechtsteden', ...exp(['x']) }] },
    );
    const { results } = rankComparableMunicipalities(g, ['S'], chooseWeights('EXPERIENCE'));
    const viaRegion = partOf(results.find((r) => r.id === 'member'), 'THEMES')!;
    const own = partOf(results.find((r) => r.id === 'own'), 'THEMES')!;
    expect(own.similarity).toBe(1);
    expect(viaRegion.similarity).toBe(0.5); // min(1, .5) / max(1, .5)
    expect(viaRegion.shared[0]).toMatchObject({ id: 'x', subjectVia: null, candidateVia: 'Drechtsteden' });
  });

  it('counts an engagement of a dissolved predecessor for its successor, following a chain, and says so', () => {
    const g = graphOf([
      m('S', { experience: exp(['x']) }),
      m('old', { dissolved: true, successors: ['middle'], experience: exp(['x']), population: null }),
      m('middle', { dissolved: true, successors: ['heir'], population: null }),
      m('heir'),
      m('unrelated'),
    ]);
    const { results } = rankComparableMunicipalities(g, ['S'], chooseWeights('EXPERIENCE'));
    expect(results.map((r) => r.id)).not.toContain('old');
    expect(results.map((r) => r.id)).not.toContain('middle');
    const heir = partOf(results.find((r) => r.id === 'heir'), 'THEMES')!;
    expect(heir.similarity).toBe(1);
    expect(heir.shared[0]).toMatchObject({ id: 'x', fromPredecessor: 'old', candidateVia: null });
    expect(partOf(results.find((r) => r.id === 'unrelated'), 'THEMES')!.similarity).toBe(0);
  });

  it('prefers a gemeente\'s own engagement over a region\'s when it has both, and widens themes to broader ones but not to the root', () => {
    const themes: ThemeInfo[] = [
      { id: 'root', name: 'sociaal domein', broader: [] },
      { id: 'jeugd', name: 'jeugd', broader: ['root'] },
      { id: 'jeugdwet', name: 'Jeugdwet', broader: ['jeugd'] },
    ];
    const g = graphOf([m('S', { experience: exp(['jeugdwet']) }), m('T', { regions: [swv('R')], experience: exp(['jeugd']) })], {
      themes,
      regions: [{ id: 'R', name: 'R', ...exp(['jeugdwet']) }],
    });
    const t = partOf(rankComparableMunicipalities(g, ['S'], chooseWeights('EXPERIENCE')).results[0], 'THEMES')!;
    expect(t.sharedIds.sort()).toEqual(['jeugd', 'jeugdwet']);
    expect(t.shared.find((s) => s.id === 'jeugd')).toMatchObject({ candidateVia: null });
    expect(t.shared.find((s) => s.id === 'jeugdwet')).toMatchObject({ candidateVia: 'R' });
  });

  it('marks a shared item curated only when articles back it for both sides', () => {
    const g = graphOf([
      m('S', { experience: { themes: [item('x'), item('j')], consultancies: [] } }),
      m('T', { experience: { themes: [item('x', false), item('j')], consultancies: [] } }),
    ]);
    const t = partOf(rankComparableMunicipalities(g, ['S'], chooseWeights('EXPERIENCE')).results[0], 'THEMES')!;
    expect(t.shared.map((s) => [s.id, s.curated])).toEqual([
      ['j', true],
      ['x', false],
    ]);
  });
});

describe('rankComparableMunicipalities: presets and weights', () => {
  const g = graphOf([
    m('S', { population: 100_000, density: 1500, regions: [corop('c1')], experience: exp(['x'], ['K']) }),
    m('twinInStructure', { population: 100_000, density: 1500, regions: [corop('c1')] }),
    m('twinInExperience', { population: 10_000, density: 150, province: 'Fryslân', experience: exp(['x'], ['K']) }),
    m('neither', { population: 30_000, density: 500, province: 'Fryslân' }),
  ]);
  const top = (preset: Parameters<typeof chooseWeights>[0], custom?: Parameters<typeof chooseWeights>[1]) =>
    rankComparableMunicipalities(g, ['S'], chooseWeights(preset, custom));

  it('has presets whose weights sum to 1', () => {
    for (const w of Object.values(PRESETS)) expect(sum(w)).toBeCloseTo(1, 10);
  });

  it('STRUCTURE ranks by size, density and place, and leaves experience out of the explanation', () => {
    const r = top('STRUCTURE');
    expect(r.results.map((x) => x.id)).toEqual(['twinInStructure', 'neither']); // twinInExperience: 0, left out
    expect(r.results[0]!.score).toBe(1);
    expect(r.results[0]!.explanation.every((p) => p.family === 'STRUCTURAL')).toBe(true);
    expect(r.weights).toMatchObject({ themes: 0, consultancies: 0, region: 0 });
  });

  it('EXPERIENCE ranks the gemeente with the same themes and bureau first; BALANCED the structural twin', () => {
    expect(top('EXPERIENCE').results[0]!.id).toBe('twinInExperience');
    expect(top('BALANCED').results[0]!.id).toBe('twinInStructure');
  });

  it('custom weights override the preset\'s, say no preset, and are normalised to sum to 1', () => {
    expect(chooseWeights('STRUCTURE', { themes: 1, size: null })).toEqual({ preset: null, weights: { ...PRESETS.STRUCTURE, themes: 1 } });
    expect(chooseWeights('STRUCTURE', {})).toEqual({ preset: 'STRUCTURE', weights: PRESETS.STRUCTURE });
    const r = top('BALANCED', { size: 0, density: 0, province: 0, corop: 0, themes: 3, consultancies: 1, region: 0 });
    expect(r.weights).toMatchObject({ themes: 0.75, consultancies: 0.25, size: 0 });
    expect(sum(r.weights)).toBeCloseTo(1, 10);
    expect(r.results.map((x) => [x.id, x.score])).toEqual([['twinInExperience', 1]]);
  });

  it('gives a gemeente without engagements structural peers, the experience weights left out and the rest normalised', () => {
    const r = rankComparableMunicipalities(g, ['twinInStructure'], chooseWeights('BALANCED'));
    expect(r.weights).toEqual({ size: 0.5, density: 0.4, stedelijkheid: 0, province: 0.05, corop: 0.05, themes: 0, consultancies: 0, region: 0 });
    expect(r.results[0]).toMatchObject({ id: 'S', score: 1 });
    expect(r.results.map((x) => x.id)).toEqual(['S', 'neither']);
    expect(r.results[0]!.explanation.map((p) => p.kind)).toEqual(['SIZE', 'DENSITY', 'PROVINCE', 'COROP']);
  });

  it('shares DENSITY\'s preset weight with STEDELIJKHEID when the reference holds it; custom weights are taken as given', () => {
    const all = Object.fromEntries(WEIGHT_KEYS.map((k) => [k, true])) as Record<(typeof WEIGHT_KEYS)[number], boolean>;
    expect(usedWeights(chooseWeights('STRUCTURE'), all)).toMatchObject({ density: 0.2, stedelijkheid: 0.2, size: 0.5 });
    expect(usedWeights(chooseWeights('STRUCTURE', { size: 0.5 }), all)).toMatchObject({ density: 0.4, stedelijkheid: 0 });
    const h = graphOf([m('S', { stedelijkheid: 2, regions: [corop('c')] }), m('T', { stedelijkheid: 3 }), m('U', { stedelijkheid: null })]);
    const r = rankComparableMunicipalities(h, ['S'], chooseWeights('STRUCTURE'));
    expect(partOf(r.results[0], 'STEDELIJKHEID')).toMatchObject({ similarity: 0.75, subjectValue: 2, candidateValue: 3, weight: 0.2 });
    expect(partOf(r.results[1], 'STEDELIJKHEID')).toMatchObject({ similarity: 0, candidateValue: null });
  });

  it('answers nothing, with all weights 0, when the weights leave no part the subject has data for', () => {
    const r = rankComparableMunicipalities(g, ['neither'], chooseWeights('BALANCED', { size: 0, density: 0, province: 0, corop: 0, stedelijkheid: 0 }));
    expect(r.results).toEqual([]);
    expect(sum(r.weights)).toBe(0);
  });
});

describe('rankComparableMunicipalities: subject, candidates, determinism', () => {
  it('stands a multi-gemeente subject for the union of its basis, its size and density the means', () => {
    const g = graphOf([m('a', { population: 10_000, density: 100, experience: exp(['x']) }), m('b', { population: 20_001, density: 300 }), m('c', { population: 30_000 })]);
    const r = rankComparableMunicipalities(g, ['a', 'b'], chooseWeights('BALANCED'));
    expect(r.results.map((x) => x.id)).toEqual(['c']);
    expect(partOf(r.results[0], 'SIZE')).toMatchObject({ subjectValue: 15000.5, candidateValue: 30_000 });
    expect(partOf(r.results[0], 'DENSITY')).toMatchObject({ subjectValue: 200, candidateValue: 1000 });
  });

  it('leaves out dissolved gemeenten and the basis, and breaks ties by name', () => {
    const g = graphOf([m('s'), m('b'), m('a'), m('old', { dissolved: true })]);
    const once = rankComparableMunicipalities(g, ['s'], chooseWeights('STRUCTURE'));
    expect(once.results.map((r) => r.id)).toEqual(['a', 'b']);
    expect(rankComparableMunicipalities(g, ['s'], chooseWeights('STRUCTURE'))).toEqual(once);
  });

  it('returns at most `first` results', () => {
    const g = graphOf(Array.from({ length: 30 }, (_, i) => m(`g${String(i).padStart(2, '0')}`)));
    expect(rankComparableMunicipalities(g, ['g00'], chooseWeights('STRUCTURE'), 5).results.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5]);
  });

  it('compares populations and densities on a log scale, and stedelijkheid classes linearly', () => {
    expect(logSimilarity(100, 100)).toBe(1);
    expect(logSimilarity(100, 1000)).toBe(0);
    expect(logSimilarity(1000, 100_000)).toBe(0);
    expect(logSimilarity(50, 100)).toBeCloseTo(1 - Math.log10(2), 10);
    expect(logSimilarity(null, 100)).toBe(0);
    expect(classSimilarity(1, 5)).toBe(0);
    expect(classSimilarity(2, 3)).toBe(0.75);
  });

  it('words nothing: the explanation is numbers, ids and names', () => {
    const { results } = rankComparableMunicipalities(WORKED_EXAMPLE, ['A'], chooseWeights('BALANCED'));
    expect(JSON.stringify(results)).not.toMatch(/label|Inwonertal|gedeelde|inwoners/);
  });
});
