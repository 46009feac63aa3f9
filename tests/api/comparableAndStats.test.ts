/** Contract tests of comparableMunicipalities (ranking, explanation, weights) and stats. */
import { describe, expect, it } from 'vitest';
import { gql, useTestApp } from '../support/testServer.js';
import { expectRefused, fixtureArticles, fixtureJson, ids, query, type Json } from './apiHelpers.js';

const COMPARABLE = `query Comparable($id: ID!, $first: Int, $weights: SimilarityWeights) {
  comparableMunicipalities(id: $id, first: $first, weights: $weights) {
    subject { id name type }
    basis { id population }
    results {
      rank score
      municipality { id name population province }
      explanation { kind contribution similarity weight sharedIds sharedNames subjectValue candidateValue }
    }
  }
}`;

const DEFAULT_WEIGHTS = { THEMES: 0.5, CONSULTANCIES: 0.2, SIZE: 0.15, PROVINCE: 0.1, REGION: 0.05 };
const DRECHTSTEDEN = [
  'gemeente-alblasserdam',
  'gemeente-dordrecht',
  'gemeente-hardinxveld-giessendam',
  'gemeente-hendrik-ido-ambacht',
  'gemeente-papendrecht',
  'gemeente-sliedrecht',
  'gemeente-zwijndrecht',
];
const DISSOLVED = ['gemeente-geldermalsen', 'gemeente-lingewaal', 'gemeente-neerijnen'];

/** Ranks 1..n, scores never increasing, every score explained by its parts. */
function expectWellFormedRanking(results: Json[]): void {
  expect(results.length).toBeGreaterThan(0);
  results.forEach((r, i) => {
    expect(r.rank).toBe(i + 1);
    if (i > 0) expect(r.score).toBeLessThanOrEqual(results[i - 1].score);
    expect(r.score).toBeGreaterThan(0);
    expect(r.explanation.map((p: Json) => p.kind).sort()).toEqual(Object.keys(DEFAULT_WEIGHTS).sort());
    const sum = r.explanation.reduce((s: number, p: Json) => s + p.contribution, 0);
    expect(sum, r.municipality.id).toBeCloseTo(r.score, 3);
    for (const p of r.explanation) {
      expect(p.contribution).toBeCloseTo(p.weight * p.similarity, 3);
      // Numbers, not sentences: the populations on SIZE only, for the web app to word.
      if (p.kind === 'SIZE') expect(p.candidateValue).toBe(r.municipality.population);
      else expect([p.subjectValue, p.candidateValue]).toEqual([null, null]);
      expect(p.sharedNames).toHaveLength(p.sharedIds.length);
    }
    const contributions = r.explanation.map((p: Json) => p.contribution);
    expect(contributions, 'largest contribution first').toEqual([...contributions].sort((a, b) => b - a));
  });
}

describe('comparableMunicipalities', () => {
  const ctx = useTestApp();
  const compare = async (variables: Record<string, unknown>): Promise<Json> => (await query(ctx.app, COMPARABLE, variables)).comparableMunicipalities;

  it('ranks gemeenten comparable to Den Helder, scores descending, each explained by parts that sum to the score', async () => {
    const r = await compare({ id: 'gemeente-den-helder' });
    expect(r.subject).toEqual({ id: 'gemeente-den-helder', name: 'Den Helder', type: 'MUNICIPALITY' });
    expect(ids(r.basis)).toEqual(['gemeente-den-helder']);
    expect(r.results).toHaveLength(10); // the default first: 10
    expectWellFormedRanking(r.results);
    expect(ids(r.results.map((x: Json) => x.municipality))).not.toContain('gemeente-den-helder');
  });

  it('explains the closest gemeente to Den Helder part by part: West Betuwe, by five shared themes and its size', async () => {
    const [top] = (await compare({ id: 'gemeente-den-helder', first: 1 })).results;
    expect(top.municipality.id).toBe('gemeente-west-betuwe');
    expect(top.score).toBeCloseTo(0.2866, 3);
    const parts = Object.fromEntries(top.explanation.map((p: Json) => [p.kind, p]));
    // Themes: Jaccard of the two theme sets widened to their broader themes, 5 shared of 17.
    expect(parts.THEMES.sharedIds).toEqual(['cultuurverandering', 'decentralisatie', 'organisatieontwikkeling', 'participatie', 'professionalisering']);
    expect(parts.THEMES.similarity).toBeCloseTo(5 / 17, 3);
    expect(parts.SIZE.similarity).toBeCloseTo(53_000 / 57_000, 3);
    for (const kind of ['CONSULTANCIES', 'PROVINCE', 'REGION']) expect(parts[kind], kind).toMatchObject({ similarity: 0, contribution: 0, sharedIds: [] });
  });

  it('uses the documented default weights', async () => {
    const r = await compare({ id: 'gemeente-den-helder', first: 3 });
    for (const result of r.results) {
      for (const part of result.explanation) expect(part.weight).toBe(DEFAULT_WEIGHTS[part.kind as keyof typeof DEFAULT_WEIGHTS]);
    }
  });

  it('explains shared themes by name, and the size part by the populations', async () => {
    const r = await compare({ id: 'gemeente-den-helder', first: 1 });
    const top = r.results[0];
    const themes = top.explanation.find((p: Json) => p.kind === 'THEMES');
    expect(themes.sharedIds.length).toBeGreaterThan(0);
    expect(themes.sharedNames).toHaveLength(themes.sharedIds.length);
    const population = (name: string): number => (fixtureJson('gemeenten.json').municipalities as Json[]).find((m) => m.name === name).population;
    const size = top.explanation.find((p: Json) => p.kind === 'SIZE');
    expect(size).toMatchObject({ subjectValue: population('Den Helder'), candidateValue: population(top.municipality.name), sharedIds: [] });
    expect(size.similarity).toBeCloseTo(Math.min(size.subjectValue, size.candidateValue) / Math.max(size.subjectValue, size.candidateValue), 3);
  });

  it('is deterministic: two calls give the same answer', async () => {
    const first = await compare({ id: 'gemeente-den-helder', first: 20 });
    const second = await compare({ id: 'gemeente-den-helder', first: 20 });
    expect(second).toEqual(first);
  });

  it('never proposes a dissolved gemeente', async () => {
    const r = await compare({ id: 'gemeente-tiel', first: 100 });
    const found = ids(r.results.map((x: Json) => x.municipality));
    for (const id of DISSOLVED) expect(found).not.toContain(id);
  });

  it('stands the Sociale Dienst Drechtsteden for the 7 Drechtsteden gemeenten and ranks others', async () => {
    const r = await compare({ id: 'org-sociale-dienst-drechtsteden', first: 100 });
    expect(r.subject.type).toBe('ORGANIZATION');
    expect(ids(r.basis).sort()).toEqual(DRECHTSTEDEN);
    expectWellFormedRanking(r.results);
    const found = ids(r.results.map((x: Json) => x.municipality));
    for (const id of DRECHTSTEDEN) expect(found).not.toContain(id);
    // The subject's size is the mean population of the gemeenten it stands for.
    const mean = r.basis.reduce((sum: number, m: Json) => sum + m.population, 0) / r.basis.length;
    expect(r.results[0].explanation.find((p: Json) => p.kind === 'SIZE').subjectValue).toBeCloseTo(mean, 3);
  });

  it('stands a region for its current members (not the dissolved ones)', async () => {
    const gazetteer = fixtureJson('gemeenten.json');
    const current = (gazetteer.memberships as Json[])
      .filter((m) => m.region === 'regio-rivierenland' && !DISSOLVED.includes(m.municipality))
      .map((m) => m.municipality)
      .sort();
    const r = await compare({ id: 'regio-rivierenland', first: 5 });
    expect(ids(r.basis).sort()).toEqual(current);
  });

  it('changes the ranking when the weights change: size only ranks by population closeness', async () => {
    const byDefault = await compare({ id: 'gemeente-den-helder', first: 10 });
    const sizeOnly = await compare({ id: 'gemeente-den-helder', first: 10, weights: { themes: 0, consultancies: 0, size: 1, province: 0, region: 0 } });
    expectWellFormedRanking(sizeOnly.results);
    expect(ids(sizeOnly.results.map((x: Json) => x.municipality))).not.toEqual(ids(byDefault.results.map((x: Json) => x.municipality)));
    for (const r of sizeOnly.results) {
      const pop = r.municipality.population;
      expect(r.score).toBeCloseTo(Math.min(pop, 57000) / Math.max(pop, 57000), 3);
    }
    // West Betuwe (53,000) is closest in size to Den Helder (57,000).
    expect(sizeOnly.results[0].municipality.id).toBe('gemeente-west-betuwe');
  });

  it('changes the ranking with province weight: same province first', async () => {
    const r = await compare({ id: 'gemeente-westland', first: 5, weights: { themes: 0, consultancies: 0, size: 0, province: 1, region: 0 } });
    for (const x of r.results) expect(x.municipality.province).toBe('Zuid-Holland');
  });

  it('refuses weights outside 0..10 with BAD_INPUT', async () => {
    expectRefused(await gql(ctx.app, COMPARABLE, { id: 'gemeente-den-helder', weights: { themes: -1 } }), 'BAD_INPUT', /weights\.themes/);
    expectRefused(await gql(ctx.app, COMPARABLE, { id: 'gemeente-den-helder', weights: { size: 11 } }), 'BAD_INPUT', /weights\.size/);
  });

  it('refuses an entity that does not stand for gemeenten with BAD_INPUT, and an unknown one with NOT_FOUND', async () => {
    expectRefused(await gql(ctx.app, COMPARABLE, { id: 'person-gabrielle-rypma' }), 'BAD_INPUT', /PERSON/);
    expectRefused(await gql(ctx.app, COMPARABLE, { id: 'gemeente-atlantis' }), 'NOT_FOUND', /gemeente-atlantis/);
  });

  it('refuses an organisation that belongs to no gemeente or region, saying so', async () => {
    expectRefused(await gql(ctx.app, COMPARABLE, { id: 'org-divosa' }), 'BAD_INPUT', /stands for no gemeente/);
  });
});

describe('stats', () => {
  const ctx = useTestApp();

  const STATS = `{ stats {
    nodesByType { key label count } relationsByType { key label count } sourceCount
    engagementsPerTheme { key label count } engagementsPerYear { key label count }
    engagementsPerConsultancy { key label count } engagementsPerProvince { key label count } } }`;

  it('counts entities per type as the fixture graph defines them', async () => {
    const { stats } = await query(ctx.app, STATS);
    const byType = Object.fromEntries(stats.nodesByType.map((b: Json) => [b.key, b.count]));
    const defined = fixtureArticles().flatMap((a) => a.entities.filter((e) => e.name));
    const count = (type: string) => defined.filter((e) => e.type === type).length;
    expect(byType).toEqual({
      MUNICIPALITY: fixtureJson('gemeenten.json').municipalities.length,
      REGION: fixtureJson('gemeenten.json').regions.length,
      THEME: fixtureJson('themes.json').themes.length,
      ORGANIZATION: count('ORGANIZATION'),
      CONSULTANCY: count('CONSULTANCY'),
      PERSON: count('PERSON'),
      ENGAGEMENT: count('ENGAGEMENT') });
    expect(stats.sourceCount).toBe(fixtureJson('sources.json').sources.length);
  });

  it('counts relationships per type as Neo4j holds them', async () => {
    const { stats } = await query(ctx.app, STATS);
    const rows = await ctx.db.read<{ key: string; count: number }>('test:relsByType', 'MATCH (:Entity)-[r]->(:Entity) RETURN type(r) AS key, count(*) AS count ORDER BY key');
    expect(stats.relationsByType.map((b: Json) => ({ key: b.key, count: b.count }))).toEqual(rows);
    const byType = Object.fromEntries(stats.relationsByType.map((b: Json) => [b.key, b.count]));
    expect(byType.MEMBER_OF).toBe(fixtureJson('gemeenten.json').memberships.length + 1); // + Pieter Kos in his party
  });

  it('gives engagements per theme, per year, per consultancy and per province as buckets', async () => {
    const { stats } = await query(ctx.app, STATS);
    const perTheme = Object.fromEntries(stats.engagementsPerTheme.map((b: Json) => [b.key, b]));
    expect(perTheme.dienstverlening).toEqual({ key: 'dienstverlening', label: 'dienstverlening', count: 3 });
    expect(perTheme.eigenKracht).toEqual({ key: 'eigenKracht', label: 'eigen kracht', count: 2 });
    const counts = stats.engagementsPerTheme.map((b: Json) => b.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));

    expect(stats.engagementsPerYear).toEqual([{ key: '2016', label: '2016', count: 1 }]);

    const perConsultancy = Object.fromEntries(stats.engagementsPerConsultancy.map((b: Json) => [b.key, b.count]));
    expect(perConsultancy).toEqual({
      'consultancy-jso': 2,
      'consultancy-kern-konsult': 2,
      'consultancy-hiemstra-en-de-vries': 1,
      'consultancy-key-to-grip': 1,
      'consultancy-nul-vierentwintig': 1 });
    expect(stats.engagementsPerConsultancy.find((b: Json) => b.key === 'consultancy-kern-konsult').label).toBe('Kern Konsult');

    // Zuid-Holland: 2 Drechtsteden (via the region), 2 Waddinxveen, 1 Westland; Gelderland: Rivierenland.
    const perProvince = Object.fromEntries(stats.engagementsPerProvince.map((b: Json) => [b.key, b.count]));
    expect(perProvince).toEqual({ 'Zuid-Holland': 5, Gelderland: 1 });
  });
});
