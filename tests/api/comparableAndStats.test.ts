/**
 * Contract tests of comparableMunicipalities (national ranking, structural and experience parts,
 * presets, custom weights, the explanation) and stats. The structural expectations are computed
 * here, independently of the server, from the fixture's CBS reference files with the formula of
 * docs/API.md.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { gql, useTestApp } from '../support/testServer.js';
import { FIXTURE_GRAPH_DIR } from '../support/fixtureGraph.js';
import { countQueries, expectRefused, fixtureArticles, fixtureJson, ids, query, type Json } from './apiHelpers.js';

const COMPARABLE = `query Comparable($id: ID!, $first: Int, $preset: ComparablePreset, $weights: SimilarityWeights) {
  comparableMunicipalities(id: $id, first: $first, preset: $preset, weights: $weights) {
    subject { id name type }
    basis { id population }
    preset
    weights { size density stedelijkheid province corop themes consultancies region }
    results {
      rank score
      municipality { id name population province }
      explanation {
        kind family contribution similarity weight sharedIds sharedNames subjectValue candidateValue
        shared { id name weight subjectVia candidateVia fromPredecessor subjectFromPredecessor curated }
      }
    }
  }
}`;

type Weights = Record<'size' | 'density' | 'stedelijkheid' | 'province' | 'corop' | 'themes' | 'consultancies' | 'region', number>;
const NONE: Weights = { size: 0, density: 0, stedelijkheid: 0, province: 0, corop: 0, themes: 0, consultancies: 0, region: 0 };
/** The presets of docs/API.md. */
const STRUCTURE: Weights = { ...NONE, size: 0.5, density: 0.4, province: 0.05, corop: 0.05 };
const BALANCED: Weights = { ...NONE, size: 0.25, density: 0.2, province: 0.025, corop: 0.025, themes: 0.3, consultancies: 0.15, region: 0.05 };
const FAMILY: Record<string, string> = {
  SIZE: 'STRUCTURAL',
  DENSITY: 'STRUCTURAL',
  STEDELIJKHEID: 'STRUCTURAL',
  PROVINCE: 'STRUCTURAL',
  COROP: 'STRUCTURAL',
  THEMES: 'EXPERIENCE',
  CONSULTANCIES: 'EXPERIENCE',
  REGION: 'EXPERIENCE',
};
const NUMERIC = ['SIZE', 'DENSITY', 'STEDELIJKHEID'];

const DRECHTSTEDEN = [
  'gemeente-alblasserdam',
  'gemeente-dordrecht',
  'gemeente-hardinxveld-giessendam',
  'gemeente-hendrik-ido-ambacht',
  'gemeente-papendrecht',
  'gemeente-sliedrecht',
  'gemeente-zwijndrecht',
];
const SMALL_DRECHTSTEDEN = ['Alblasserdam', 'Hardinxveld-Giessendam', 'Hendrik-Ido-Ambacht', 'Papendrecht', 'Sliedrecht'];
const RIVIERENLAND = ['Buren', 'Culemborg', 'Maasdriel', 'Neder-Betuwe', 'Tiel', 'West Maas en Waal', 'Zaltbommel'];
const DISSOLVED = ['gemeente-geldermalsen', 'gemeente-lingewaal', 'gemeente-neerijnen'];

// ---------------------------------------------------------------------------------------------
// The oracle: the structural parts from the fixture's CBS files, as docs/API.md defines them.

interface Reference {
  name: string;
  population: number;
  density: number;
  province: string;
  corop: string;
}

function readCsv(file: string): Record<string, string>[] {
  return parse<Record<string, string>>(fs.readFileSync(path.join(FIXTURE_GRAPH_DIR, 'reference', file), 'utf8'), { columns: true, skip_empty_lines: true });
}

const REFERENCE: Map<string, Reference> = (() => {
  const extra = new Map(readCsv('gemeenten_extra.csv').map((r) => [r.code, r]));
  return new Map(
    readCsv('gemeenten.csv').map((r) => {
      const x = extra.get(r.code)!;
      const g = { name: r.name!, population: Number(r.inwoners), density: Number(x.bevolkingsdichtheid_per_km2_land), province: r.provincie!, corop: x.corop_code! };
      return [g.name, g];
    }),
  );
})();

/** The gemeenten that a herindeling in the reference dissolved (renamed ones included). */
const DISSOLVED_CODES = (() => {
  const current = new Set(readCsv('gemeenten.csv').map((r) => r.code));
  return new Set(readCsv('herindelingen.csv').map((r) => r.old_code).filter((code) => !current.has(code)));
})();
const extraColumn = (column: string) => new Set(readCsv('gemeenten_extra.csv').map((r) => r[column])).size;
const COROP_REGIONS = extraColumn('corop_code');
const VEILIGHEIDSREGIOS = extraColumn('veiligheidsregio_code');

const round = (x: number) => Math.round(x * 10000) / 10000;
/** Weights normalised to sum to 1, rounded as the API rounds them. */
const normalised = (w: Weights): Weights => {
  const total = Object.values(w).reduce((a, b) => a + b, 0);
  return Object.fromEntries(Object.entries(w).map(([k, v]) => [k, round(v / total)])) as Weights;
};
const logSimilarity = (a: number, b: number) => Math.max(0, 1 - Math.abs(Math.log10(a / b)));

/** The structural ranking of the gemeente called `subject` with weights that sum to 1: [name, score] best first. */
function structuralRanking(subject: string, w: Weights, n: number): [string, number][] {
  const s = REFERENCE.get(subject)!;
  return [...REFERENCE.values()]
    .filter((c) => c.name !== subject)
    .map((c): [string, number] => {
      const parts = [
        w.size * logSimilarity(s.population, c.population),
        w.density * logSimilarity(s.density, c.density),
        w.province * Number(s.province === c.province),
        w.corop * Number(s.corop === c.corop),
      ];
      return [c.name, round(parts.reduce((sum, x) => sum + round(x), 0))];
    })
    .filter(([, score]) => score > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'nl'))
    .slice(0, n);
}

/** Ranks 1..n, scores never increasing, every score explained by parts that use the result's weights. */
function expectWellFormedRanking(r: Json): void {
  expect(r.results.length).toBeGreaterThan(0);
  const total = Object.values(r.weights as Weights).reduce((a, b) => a + b, 0);
  expect(total).toBeCloseTo(1, 3);
  r.results.forEach((x: Json, i: number) => {
    expect(x.rank).toBe(i + 1);
    if (i > 0) expect(x.score).toBeLessThanOrEqual(r.results[i - 1].score);
    expect(x.score).toBeGreaterThan(0);
    const kinds = Object.entries(r.weights as Weights)
      .filter(([, w]) => w > 0)
      .map(([k]) => k.toUpperCase());
    expect(x.explanation.map((p: Json) => p.kind).sort()).toEqual(kinds.sort());
    expect(x.explanation.reduce((s: number, p: Json) => s + p.contribution, 0), x.municipality.id).toBeCloseTo(x.score, 3);
    const contributions = x.explanation.map((p: Json) => p.contribution);
    expect(contributions, 'largest contribution first').toEqual([...contributions].sort((a, b) => b - a));
    for (const p of x.explanation) {
      expect(p.weight).toBe(r.weights[p.kind.toLowerCase()]);
      expect(p.family).toBe(FAMILY[p.kind]);
      expect(p.contribution).toBeCloseTo(p.weight * p.similarity, 3);
      if (p.kind === 'SIZE') expect(p.candidateValue).toBe(x.municipality.population);
      if (!NUMERIC.includes(p.kind)) expect([p.subjectValue, p.candidateValue]).toEqual([null, null]);
      // Numbers, ids and names: the shared items in one order, article-backed first, then by idf.
      expect(p.sharedIds).toEqual(p.shared.map((s: Json) => s.id));
      expect(p.sharedNames).toEqual(p.shared.map((s: Json) => s.name));
      const order = p.shared.map((s: Json) => [s.curated ? 0 : 1, -s.weight]);
      expect(order).toEqual([...order].sort((a: number[], b: number[]) => a[0]! - b[0]! || a[1]! - b[1]!));
    }
  });
}

const part = (result: Json, kind: string): Json => result.explanation.find((p: Json) => p.kind === kind);
const named = (r: Json, name: string): Json => r.results.find((x: Json) => x.municipality.name === name);

describe('comparableMunicipalities', () => {
  const ctx = useTestApp();
  const compare = async (variables: Record<string, unknown>): Promise<Json> => (await query(ctx.app, COMPARABLE, variables)).comparableMunicipalities;

  it('ranks current gemeenten nationally for Den Helder, BALANCED by default, each score explained by its parts', async () => {
    const r = await compare({ id: 'gemeente-den-helder', first: 100 });
    expect(r.subject).toEqual({ id: 'gemeente-den-helder', name: 'Den Helder', type: 'MUNICIPALITY' });
    expect(ids(r.basis)).toEqual(['gemeente-den-helder']);
    expect(r.preset).toBe('BALANCED');
    // Den Helder's interview names no bureau and no samenwerkingsverband: those parts drop out and
    // the other BALANCED weights are normalised to sum to 1 (0.8 left).
    expect(r.weights).toEqual({ ...NONE, size: 0.3125, density: 0.25, province: 0.0313, corop: 0.0313, themes: 0.375 });
    expect(r.results).toHaveLength(100);
    expectWellFormedRanking(r);
    const found = ids(r.results.map((x: Json) => x.municipality));
    expect(found).not.toContain('gemeente-den-helder');
    expect(new Set(r.results.map((x: Json) => x.municipality.province)).size, 'gemeenten from across the country').toBeGreaterThanOrEqual(6);
    expect(r.results.filter((x: Json) => part(x, 'THEMES').contribution > 0).length, 'some share themes').toBeGreaterThan(0);
  });

  it('is deterministic: two calls give the same answer', async () => {
    const first = await compare({ id: 'gemeente-den-helder', first: 30 });
    expect(await compare({ id: 'gemeente-den-helder', first: 30 })).toEqual(first);
  });

  it('answers Westland with STRUCTURE by size, density, province and COROP region, exactly as the reference files give', async () => {
    const r = await compare({ id: 'gemeente-westland', first: 10, preset: 'STRUCTURE' });
    expect(r.preset).toBe('STRUCTURE');
    expect(r.weights).toEqual(STRUCTURE);
    expectWellFormedRanking(r);
    expect(r.results.map((x: Json) => [x.municipality.name, x.score])).toEqual(structuralRanking('Westland', STRUCTURE, 10));
    const top = r.results[0];
    const westland = REFERENCE.get('Westland')!;
    expect(part(top, 'SIZE')).toMatchObject({ subjectValue: westland.population, candidateValue: REFERENCE.get(top.municipality.name)!.population });
    expect(part(top, 'DENSITY')).toMatchObject({ subjectValue: westland.density, candidateValue: REFERENCE.get(top.municipality.name)!.density });
  });

  it('answers Westland (BALANCED) with gemeenten of its size and density first, not the small Drechtsteden gemeenten', async () => {
    const r = await compare({ id: 'gemeente-westland', first: 10 });
    expect(r.preset).toBe('BALANCED');
    expect(r.weights, 'Westland is in no samenwerkingsverband of the graph').toEqual(normalised({ ...BALANCED, region: 0 }));
    expectWellFormedRanking(r);
    const westland = REFERENCE.get('Westland')!;
    for (const x of r.results.slice(0, 5)) {
      const g = REFERENCE.get(x.municipality.name)!;
      expect(Math.max(g.population / westland.population, westland.population / g.population), g.name).toBeLessThan(1.5);
      expect(Math.max(g.density / westland.density, westland.density / g.density), g.name).toBeLessThan(2);
    }
    const names = r.results.map((x: Json) => x.municipality.name);
    for (const small of SMALL_DRECHTSTEDEN) expect(names).not.toContain(small);
    // Dordrecht shares Westland's themes only through the Drechtsteden engagements: at half weight, said so.
    const dordrecht = part(named(r, 'Dordrecht'), 'THEMES');
    expect(dordrecht.contribution).toBeGreaterThan(0);
    expect(dordrecht.shared.length).toBeGreaterThan(0);
    for (const s of dordrecht.shared) expect(s).toMatchObject({ subjectVia: null, candidateVia: 'Drechtsteden', curated: true });
    expect(dordrecht.sharedNames).toContain('samenwerking');
  });

  it('gives a gemeente without engagements structural peers: the experience parts drop out, the preset is still BALANCED', async () => {
    const mentioned = new Set(fixtureArticles().flatMap((a) => a.entities.map((e) => e.id)));
    expect(mentioned.has('gemeente-alphen-aan-den-rijn')).toBe(false);
    const r = await compare({ id: 'gemeente-alphen-aan-den-rijn', first: 10 });
    expect(r.preset).toBe('BALANCED');
    expect(r.weights).toEqual(STRUCTURE); // BALANCED's structural half, normalised: 0.5, 0.4, 0.05, 0.05
    expectWellFormedRanking(r);
    for (const x of r.results) expect(x.explanation.every((p: Json) => p.family === 'STRUCTURAL')).toBe(true);
    expect(r.results.map((x: Json) => [x.municipality.name, x.score])).toEqual(structuralRanking('Alphen aan den Rijn', STRUCTURE, 10));
  });

  it('ranks with EXPERIENCE the Rivierenland gemeenten first for West Betuwe: the same bureau and themes, through the region', async () => {
    const r = await compare({ id: 'gemeente-west-betuwe', first: 10, preset: 'EXPERIENCE' });
    expect(r.preset).toBe('EXPERIENCE');
    expectWellFormedRanking(r);
    const top = r.results.slice(0, RIVIERENLAND.length).map((x: Json) => x.municipality.name);
    expect([...top].sort()).toEqual(RIVIERENLAND);
    const bureau = part(r.results[0], 'CONSULTANCIES');
    expect(bureau.shared).toEqual([
      {
        id: 'consultancy-hiemstra-en-de-vries',
        name: 'Hiemstra & De Vries',
        weight: bureau.shared[0].weight,
        subjectVia: 'Regio Rivierenland',
        candidateVia: 'Regio Rivierenland',
        fromPredecessor: null,
        subjectFromPredecessor: null,
        curated: true,
      },
    ]);
    expect(bureau.shared[0].weight).toBeCloseTo(Math.log(REFERENCE.size / (RIVIERENLAND.length + 1)), 3); // idf: 8 of 342 gemeenten
    expect(part(r.results[0], 'REGION').sharedNames).toEqual(['Regio Rivierenland']);
  });

  it('counts the engagement of a dissolved predecessor for its successor, and says so (Geldermalsen → West Betuwe)', async () => {
    // Geldermalsen's "Schuldhulp aan de keukentafel" is about schuldhulpverlening, under
    // bestaanszekerheid, which the Sociale Dienst Drechtsteden faces. Experience only: every
    // gemeente that shares something, nothing else.
    const experienceOnly = { size: 0, density: 0 };
    const fromDordrecht = await compare({ id: 'gemeente-dordrecht', first: 100, preset: 'EXPERIENCE', weights: experienceOnly });
    expect(fromDordrecht.preset).toBeNull();
    expect(fromDordrecht.results.length).toBeLessThan(100);
    const westBetuwe = part(named(fromDordrecht, 'West Betuwe'), 'THEMES');
    expect(westBetuwe.shared.find((s: Json) => s.id === 'bestaanszekerheid')).toMatchObject({
      subjectVia: 'Drechtsteden',
      candidateVia: null,
      fromPredecessor: 'Geldermalsen',
      subjectFromPredecessor: null,
    });
    const fromWestBetuwe = await compare({ id: 'gemeente-west-betuwe', first: 100, preset: 'EXPERIENCE', weights: experienceOnly });
    expect(part(named(fromWestBetuwe, 'Dordrecht'), 'THEMES').shared.find((s: Json) => s.id === 'bestaanszekerheid')).toMatchObject({
      subjectFromPredecessor: 'Geldermalsen',
      candidateVia: 'Drechtsteden',
    });
  });

  it('takes custom weights over the preset, says no preset, and normalises them: size alone ranks by population', async () => {
    const r = await compare({ id: 'gemeente-den-helder', first: 10, weights: { size: 2, density: 0, province: 0, corop: 0, themes: 0 } });
    expect(r.preset).toBeNull();
    expect(r.weights).toEqual({ ...NONE, size: 1 });
    expectWellFormedRanking(r);
    const helder = REFERENCE.get('Den Helder')!.population;
    for (const x of r.results) expect(x.score).toBeCloseTo(logSimilarity(helder, x.municipality.population), 3);
    expect(r.results.map((x: Json) => [x.municipality.name, x.score])).toEqual(structuralRanking('Den Helder', { ...NONE, size: 1 }, 10));
  });

  it('ranks the same province first when only the province weighs', async () => {
    const r = await compare({ id: 'gemeente-westland', first: 20, preset: 'STRUCTURE', weights: { size: 0, density: 0, province: 1, corop: 0 } });
    expect(r.weights).toEqual({ ...NONE, province: 1 });
    for (const x of r.results) expect(x.municipality.province).toBe('Zuid-Holland');
  });

  it('never proposes a dissolved gemeente', async () => {
    const r = await compare({ id: 'gemeente-tiel', first: 100, preset: 'EXPERIENCE' });
    const found = ids(r.results.map((x: Json) => x.municipality));
    for (const id of DISSOLVED) expect(found).not.toContain(id);
  });

  it('stands the Sociale Dienst Drechtsteden for the 7 Drechtsteden gemeenten, their mean size and density, and ranks others', async () => {
    const r = await compare({ id: 'org-sociale-dienst-drechtsteden', first: 100 });
    expect(r.subject.type).toBe('ORGANIZATION');
    expect(ids(r.basis).sort()).toEqual(DRECHTSTEDEN);
    expectWellFormedRanking(r);
    const found = ids(r.results.map((x: Json) => x.municipality));
    for (const id of DRECHTSTEDEN) expect(found).not.toContain(id);
    const mean = r.basis.reduce((sum: number, m: Json) => sum + m.population, 0) / r.basis.length;
    expect(part(r.results[0], 'SIZE').subjectValue).toBeCloseTo(mean, 3);
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

  it('reads the subject in one Cypher query per call; what every gemeente has is read once and kept until the graph changes', async () => {
    const op = '{ comparableMunicipalities(id: "gemeente-westland", first: 50) { preset results { score } } }';
    const first = await countQueries(ctx.app, op);
    expect(first.names.filter((n) => n !== 'comparableGraph')).toEqual(['comparableSubject']);
    const again = await countQueries(ctx.app, op.replace('gemeente-westland', 'gemeente-den-helder'));
    expect(again.names).toEqual(['comparableSubject']);
  });

  it('refuses weights outside 0..10, and weights that are all 0, with BAD_INPUT', async () => {
    expectRefused(await gql(ctx.app, COMPARABLE, { id: 'gemeente-den-helder', weights: { themes: -1 } }), 'BAD_INPUT', /weights\.themes/);
    expectRefused(await gql(ctx.app, COMPARABLE, { id: 'gemeente-den-helder', weights: { size: 11 } }), 'BAD_INPUT', /weights\.size/);
    expectRefused(
      await gql(ctx.app, COMPARABLE, { id: 'gemeente-den-helder', preset: 'STRUCTURE', weights: { size: 0, density: 0, province: 0, corop: 0 } }),
      'BAD_INPUT',
      /at least one of the weights/i,
    );
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
      MUNICIPALITY: REFERENCE.size + DISSOLVED_CODES.size,
      REGION: fixtureJson('gemeenten.json').regions.length + COROP_REGIONS + VEILIGHEIDSREGIOS,
      THEME: fixtureJson('themes.json').themes.length,
      ORGANIZATION: count('ORGANIZATION'),
      CONSULTANCY: count('CONSULTANCY'),
      PERSON: count('PERSON'),
      ENGAGEMENT: count('ENGAGEMENT') });
    const referenceSources: Json[] = JSON.parse(fs.readFileSync(path.join(FIXTURE_GRAPH_DIR, 'reference', 'sources.json'), 'utf8')).sources;
    expect(stats.sourceCount).toBe(fixtureJson('sources.json').sources.length + referenceSources.length);
  });

  it('counts relationships per type as Neo4j holds them', async () => {
    const { stats } = await query(ctx.app, STATS);
    const rows = await ctx.db.read<{ key: string; count: number }>('test:relsByType', 'MATCH (:Entity)-[r]->(:Entity) RETURN type(r) AS key, count(*) AS count ORDER BY key');
    expect(stats.relationsByType.map((b: Json) => ({ key: b.key, count: b.count }))).toEqual(rows);
    const byType = Object.fromEntries(stats.relationsByType.map((b: Json) => [b.key, b.count]));
    // Samenwerkingsverbanden, every current gemeente in its COROP region and its veiligheidsregio, and Pieter Kos in his party.
    expect(byType.MEMBER_OF).toBe(fixtureJson('gemeenten.json').memberships.length + 2 * REFERENCE.size + 1);
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
