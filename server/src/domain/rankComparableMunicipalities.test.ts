import { describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS, jaccard, rankComparableMunicipalities, widenThemes, type MunicipalityFeatures, type ThemeInfo } from './rankComparableMunicipalities.js';

const themes: ThemeInfo[] = [
  { id: 'sociaalDomein', name: 'sociaal domein', broader: [] },
  { id: 'jeugdzorg', name: 'jeugdzorg', broader: ['sociaalDomein'] },
  { id: 'jeugdwet', name: 'Jeugdwet', broader: ['jeugdzorg'] },
  { id: 'preventie', name: 'preventie', broader: ['sociaalDomein'] },
];

const m = (id: string, over: Partial<MunicipalityFeatures> = {}): MunicipalityFeatures => ({
  id,
  name: id,
  population: 50000,
  province: 'Zuid-Holland',
  dissolved: false,
  regions: [],
  consultancies: [],
  themes: [],
  ...over,
});

describe('rankComparableMunicipalities', () => {
  it('widens themes with broader ones but leaves out the root', () => {
    expect([...widenThemes(['jeugdwet'], new Map(themes.map((t) => [t.id, t])))].sort()).toEqual(['jeugdwet', 'jeugdzorg']);
  });

  it('computes Jaccard similarity', () => {
    expect(jaccard(new Set([1, 2]), new Set([2, 3]))).toBeCloseTo(1 / 3);
    expect(jaccard(new Set(), new Set())).toBe(0);
  });

  it('ranks by the weighted sum and explains every part', () => {
    const all = [
      m('subject', { themes: ['jeugdwet'], consultancies: [{ id: 'k1', name: 'Bureau' }] }),
      m('twin', { themes: ['jeugdwet'], consultancies: [{ id: 'k1', name: 'Bureau' }] }),
      m('cousin', { themes: ['jeugdzorg'], province: 'Gelderland', population: 10000 }),
      m('stranger', { themes: ['preventie'], province: 'Groningen', population: null }),
    ];
    const ranked = rankComparableMunicipalities(['subject'], all, themes);
    expect(ranked.map((r) => r.id)).toEqual(['twin', 'cousin']);
    const twin = ranked[0]!;
    expect(twin.score).toBeCloseTo(DEFAULT_WEIGHTS.themes + DEFAULT_WEIGHTS.consultancies + DEFAULT_WEIGHTS.size + DEFAULT_WEIGHTS.province);
    expect(twin.explanation.reduce((s, p) => s + p.contribution, 0)).toBeCloseTo(twin.score);
    expect(twin.explanation.find((p) => p.kind === 'CONSULTANCIES')).toMatchObject({ sharedIds: ['k1'], sharedNames: ['Bureau'], subjectValue: null, candidateValue: null });
    const cousinThemes = ranked[1]!.explanation.find((p) => p.kind === 'THEMES')!;
    expect(cousinThemes.sharedIds).toEqual(['jeugdzorg']);
    expect(cousinThemes.similarity).toBeCloseTo(0.5);
  });

  it('gives both populations on the SIZE part, the mean of the basis for the subject', () => {
    const all = [m('a', { population: 10000 }), m('b', { population: 20001 }), m('c', { population: 30000 }), m('d', { population: null, themes: ['preventie'] })];
    const parts = (id: string) => rankComparableMunicipalities(['a', 'b'], all, themes).find((r) => r.id === id)!.explanation;
    expect(parts('c').find((p) => p.kind === 'SIZE')).toMatchObject({ subjectValue: 15000.5, candidateValue: 30000, similarity: 0.5 });
    expect(parts('d').find((p) => p.kind === 'SIZE')).toMatchObject({ subjectValue: 15000.5, candidateValue: null, similarity: 0 });
    for (const p of parts('c').filter((x) => x.kind !== 'SIZE')) expect([p.subjectValue, p.candidateValue]).toEqual([null, null]);
    expect(JSON.stringify(parts('c'))).not.toMatch(/label|Inwonertal|gedeelde/);
  });

  it('is deterministic and breaks ties by name', () => {
    const all = [m('s', { themes: ['preventie'] }), m('b', { themes: ['preventie'] }), m('a', { themes: ['preventie'] })];
    const once = rankComparableMunicipalities(['s'], all, themes);
    expect(once.map((r) => r.id)).toEqual(['a', 'b']);
    expect(rankComparableMunicipalities(['s'], all, themes)).toEqual(once);
  });

  it('leaves out dissolved gemeenten and the basis itself', () => {
    const all = [m('s', { themes: ['preventie'] }), m('old', { themes: ['preventie'], dissolved: true })];
    expect(rankComparableMunicipalities(['s'], all, themes)).toEqual([]);
  });

  it('lets weights change the ranking', () => {
    const all = [m('s', { themes: ['preventie'], population: 50000 }), m('sameTheme', { themes: ['preventie'], population: 5000 }), m('sameSize', { population: 50000 })];
    expect(rankComparableMunicipalities(['s'], all, themes)[0]!.id).toBe('sameTheme');
    expect(rankComparableMunicipalities(['s'], all, themes, { ...DEFAULT_WEIGHTS, themes: 0, size: 1 })[0]!.id).toBe('sameSize');
  });
});
