import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../config.js';
import { readSeedFiles } from '../seed/readSeedFiles.js';
import { validateSeed } from '../seed/validateSeed.js';
import { parseReferenceCsv } from './parseReferenceCsv.js';
import { EMPTY_REFERENCE_STATE, dayBefore, planChangesNothing, planReferenceUpdate, type KnownMunicipality, type ReferenceInputFile, type ReferenceState } from './planReferenceUpdate.js';

const seed = validateSeed(readSeedFiles(path.join(REPO_ROOT, 'seed')));
const entity = (id: string) => seed.entities.find((e) => e.id === id);
const successors = (id: string) => seed.relations.filter((r) => r.type === 'SUCCEEDED_BY' && r.from === id).map((r) => [r.to, r.properties.year]);

/**
 * The gemeenten of seed/gemeenten.json before the reference data replaced them (commit 855f148),
 * with their CBS codes: ids that URLs and saved views use, so the reference must give the same.
 */
const IDS_BEFORE_THE_REFERENCE: Record<string, string> = {
  'gemeente-alblasserdam': 'GM0482',
  'gemeente-buren': 'GM0214',
  'gemeente-culemborg': 'GM0216',
  'gemeente-den-helder': 'GM0400',
  'gemeente-dordrecht': 'GM0505',
  'gemeente-geldermalsen': 'GM0236',
  'gemeente-hardinxveld-giessendam': 'GM0523',
  'gemeente-hendrik-ido-ambacht': 'GM0531',
  'gemeente-lingewaal': 'GM0733',
  'gemeente-maasdriel': 'GM0263',
  'gemeente-neder-betuwe': 'GM1740',
  'gemeente-neerijnen': 'GM0304',
  'gemeente-papendrecht': 'GM0590',
  'gemeente-sliedrecht': 'GM0610',
  'gemeente-tiel': 'GM0281',
  'gemeente-waddinxveen': 'GM0627',
  'gemeente-west-betuwe': 'GM1960',
  'gemeente-west-maas-en-waal': 'GM0668',
  'gemeente-westland': 'GM1783',
  'gemeente-zaltbommel': 'GM0297',
  'gemeente-zwijndrecht': 'GM0642',
};

describe('the gemeenten of the seed come from the CBS reference data', () => {
  it('gives every gemeente that had an id before the same id, with its CBS code', () => {
    for (const [id, code] of Object.entries(IDS_BEFORE_THE_REFERENCE)) expect(entity(id)?.properties.cbsCode, id).toBe(code);
  });

  it('holds the 342 current gemeenten of 1-1-2024 and the 84 dissolved since 2015, each once', () => {
    const municipalities = seed.entities.filter((e) => e.type === 'MUNICIPALITY');
    expect(municipalities.filter((m) => m.properties.dissolved !== true)).toHaveLength(342);
    expect(municipalities.filter((m) => m.properties.dissolved === true)).toHaveLength(84);
    expect(new Set(municipalities.map((m) => m.properties.cbsCode)).size).toBe(426);
  });

  it('takes every figure from the CSV, quoting the line that states it', () => {
    expect(entity('gemeente-westland')).toEqual({
      id: 'gemeente-westland',
      type: 'MUNICIPALITY',
      name: 'Westland',
      aliases: ['Gemeente Westland'],
      properties: {
        cbsCode: 'GM1783',
        province: 'Zuid-Holland',
        provinceCode: 'PV28',
        population: 115_941,
        populationDate: '2024-01-01',
        populationYear: 2024,
        areaTotalHa: 9074,
        areaLandHa: 8076,
        areaWaterHa: 998,
        density: 1436,
        men: 57_784,
        women: 58_157,
      },
      provenance: expect.arrayContaining([
        { source: 'src-cbs-gemeenten-2024', quote: 'GM1783,Westland,Zuid-Holland,115941,2024-01-01,,,' },
        { source: 'src-cbs-gebieden-2024', quote: 'GM1783,Westland,PV28,CR27,Delft en Westland,VR15,Haaglanden,9074,8076,998,1436,57784,58157' },
      ]),
    });
    // Never invented: no stedelijkheid where the file gives none.
    expect(entity('gemeente-westland')!.properties).not.toHaveProperty('stedelijkheid');
  });

  it('puts every current gemeente in one COROP region and one veiligheidsregio, from the peildatum', () => {
    const memberships = seed.relations.filter((r) => r.type === 'MEMBER_OF' && r.from === 'gemeente-den-helder');
    expect(memberships.map((r) => [r.to, r.properties])).toEqual([
      ['regio-corop-kop-van-noord-holland', { validFrom: '2024-01-01' }],
      ['regio-vr-noord-holland-noord', { validFrom: '2024-01-01' }],
    ]);
    expect(entity('regio-corop-kop-van-noord-holland')).toMatchObject({ type: 'REGION', name: 'Kop van Noord-Holland', aliases: ['COROP Kop van Noord-Holland'], properties: { kind: 'COROP', code: 'CR18' } });
    expect(entity('regio-vr-noord-holland-noord')).toMatchObject({ name: 'Noord-Holland Noord', aliases: ['Veiligheidsregio Noord-Holland Noord'], properties: { kind: 'VEILIGHEIDSREGIO', code: 'VR10' } });
    const regions = seed.entities.filter((e) => e.type === 'REGION');
    expect(regions.filter((r) => r.properties.kind === 'COROP')).toHaveLength(40);
    expect(regions.filter((r) => r.properties.kind === 'VEILIGHEIDSREGIO')).toHaveLength(25);
    expect(regions.filter((r) => r.properties.kind === 'SAMENWERKINGSVERBAND').map((r) => r.id)).toEqual(['regio-drechtsteden', 'regio-rivierenland']);
  });

  it('writes out herindelingen: chains, splits, and a gemeente that was first a successor and then dissolved as one entity', () => {
    expect(successors('gemeente-millingen-aan-de-rijn')).toEqual([['gemeente-groesbeek', 2015]]);
    expect(successors('gemeente-groesbeek')).toEqual([['gemeente-berg-en-dal', 2016]]);
    expect(entity('gemeente-groesbeek')).toMatchObject({ name: 'Groesbeek', properties: { cbsCode: 'GM0241', dissolved: true, dissolvedYear: 2016 } });
    expect(entity('gemeente-groesbeek')!.provenance.map((p) => p.source)).toEqual(['src-herindeling-cbs2015', 'src-herindeling-bergendal2016']);
    expect(successors('gemeente-winsum')).toEqual([
      ['gemeente-het-hogeland', 2019],
      ['gemeente-westerkwartier', 2019],
    ]);
    // A merger that keeps a partner's name keeps its code: Alkmaar stays GM0361, current.
    expect(entity('gemeente-alkmaar')!.properties).toMatchObject({ cbsCode: 'GM0361', population: expect.any(Number) });
    expect(entity('gemeente-alkmaar')!.properties).not.toHaveProperty('dissolved');
    const geldermalsen = seed.relations.find((r) => r.type === 'SUCCEEDED_BY' && r.from === 'gemeente-geldermalsen')!;
    expect(geldermalsen).toEqual({
      type: 'SUCCEEDED_BY',
      from: 'gemeente-geldermalsen',
      to: 'gemeente-west-betuwe',
      properties: { year: 2019 },
      provenance: [{ source: 'src-herindeling-blik2019', quote: '2019,GM0236,Geldermalsen,GM1960,West Betuwe' }],
    });
  });
});

// ---------------------------------------------------------------------------------------------
// The planner on small files

function file(name: string, csv: string, source = 'src-test', peildatum: string | null = '2025-01-01'): ReferenceInputFile {
  const parsed = parseReferenceCsv(name, csv);
  if (parsed.kind === 'HERINDELING_SOURCES') throw new Error('not a planner file');
  return { name, parsed, sourceOf: () => source, peildatum };
}

function known(code: string, id: string, name: string, props: Record<string, unknown> = {}, more: Partial<KnownMunicipality> = {}): KnownMunicipality {
  return { id, cbsCode: code, name, aliases: [`Gemeente ${name}`], props: { cbsCode: code, ...props }, provenance: [], memberships: [], successions: [], ...more };
}

describe('planReferenceUpdate', () => {
  it('gives a gemeente whose slug another code holds the slug with its code; the one that came first keeps it', () => {
    const plan = planReferenceUpdate(EMPTY_REFERENCE_STATE, [
      file('list.csv', 'code,name\nGM0001,Bergen\n'),
      file('h.csv', 'year,old_code,old_name,new_code,new_name\n2020,GM0002,Bergen,GM0001,Bergen\n'),
    ]);
    expect(plan.problems).toEqual([]);
    expect(plan.entities.map((e) => [e.id, e.properties.cbsCode])).toEqual([
      ['gemeente-bergen', 'GM0001'],
      ['gemeente-bergen-gm0002', 'GM0002'],
    ]);
  });

  it('keeps the id of a known code, and does not take an id another entity holds', () => {
    const state: ReferenceState = { municipalities: [known('GM0505', 'gemeente-dordt', 'Dordrecht')], regions: [], otherIds: ['gemeente-zwijndrecht'] };
    const plan = planReferenceUpdate(state, [file('list.csv', 'code,name\nGM0505,Dordrecht\nGM0642,Zwijndrecht\n')]);
    expect(plan.entities.map((e) => e.id)).toEqual(['gemeente-dordt', 'gemeente-zwijndrecht-gm0642']);
  });

  it('reports a changed population, a new code and, with complete, a gemeente the list no longer has', () => {
    const state: ReferenceState = {
      municipalities: [
        known('GM0505', 'gemeente-dordrecht', 'Dordrecht', { population: 121_000, populationDate: '2024-01-01', populationYear: 2024 }),
        known('GM0400', 'gemeente-den-helder', 'Den Helder', { population: 56_432, populationDate: '2024-01-01', populationYear: 2024 }),
        known('GM0236', 'gemeente-geldermalsen', 'Geldermalsen', { dissolved: true, dissolvedYear: 2019 }),
      ],
      regions: [],
      otherIds: [],
    };
    const csv = 'code,name,inwoners,inwoners_peildatum\nGM0505,Dordrecht,122000,2025-01-01\nGM9999,Nieuwstad,5000,2025-01-01\n';
    const plain = planReferenceUpdate(state, [file('list.csv', csv)]);
    expect(plain.report.missing.map((m) => m.code)).toEqual(['GM0400']);
    expect(plain.report.dissolved).toEqual([]);

    const plan = planReferenceUpdate(state, [file('list.csv', csv)], { complete: true });
    expect(plan.problems).toEqual([]);
    expect(plan.report.populationChanges).toEqual([{ code: 'GM0505', name: 'Dordrecht', from: 121_000, to: 122_000 }]);
    expect(plan.report.newMunicipalities).toEqual([{ code: 'GM9999', name: 'Nieuwstad', id: 'gemeente-nieuwstad', dissolved: false }]);
    expect(plan.report.dissolved).toEqual([{ code: 'GM0400', name: 'Den Helder', id: 'gemeente-den-helder', year: 2025, by: 'ABSENT_FROM_COMPLETE_LIST' }]);
    expect(plan.report.attributeChanges).toEqual([]); // the peildatum moves with the population
    const denHelder = plan.entities.find((e) => e.id === 'gemeente-den-helder')!;
    expect(denHelder.properties).toMatchObject({ dissolved: true, dissolvedYear: 2025, dissolvedNote: expect.stringContaining('list.csv') });
    expect(denHelder.provenance).toEqual([{ source: 'src-test', quote: 'code,name,inwoners,inwoners_peildatum' }]);
    // Known gemeenten get only what the file states, new ones everything.
    expect(plan.entities.find((e) => e.id === 'gemeente-dordrecht')!.properties).toEqual({ population: 122_000, populationDate: '2025-01-01', populationYear: 2025 });
  });

  it('ends the membership of a gemeente that moved to another COROP region the day before the peildatum', () => {
    const state: ReferenceState = {
      municipalities: [known('GM0505', 'gemeente-dordrecht', 'Dordrecht', {}, { memberships: [{ regionId: 'regio-corop-a', kind: 'COROP', code: 'CR01', validTo: null, provenance: [] }] })],
      regions: [{ id: 'regio-corop-a', kind: 'COROP', code: 'CR01', name: 'A', aliases: [], provenance: [] }],
      otherIds: [],
    };
    const plan = planReferenceUpdate(state, [file('extra.csv', 'code,name,corop_code,corop_naam\nGM0505,Dordrecht,CR02,B\n')]);
    expect(plan.report.membershipChanges).toEqual([{ code: 'GM0505', name: 'Dordrecht', kind: 'COROP', from: 'CR01', to: 'CR02' }]);
    expect(plan.relations.map((r) => [r.to, r.properties])).toEqual([
      ['regio-corop-a', { validTo: '2024-12-31' }],
      ['regio-corop-b', { validFrom: '2025-01-01' }],
    ]);
  });

  it('changes nothing, and says so, when the graph already holds what the file states', () => {
    const line = 'GM0505,Dordrecht,121000,2024-01-01';
    const state: ReferenceState = {
      municipalities: [
        known('GM0505', 'gemeente-dordrecht', 'Dordrecht', { population: 121_000, populationDate: '2024-01-01', populationYear: 2024 }, { provenance: [{ source: 'src-test', quote: line }] }),
      ],
      regions: [],
      otherIds: [],
    };
    const plan = planReferenceUpdate(state, [file('list.csv', `code,name,inwoners,inwoners_peildatum\n${line}\n`)]);
    expect(plan.report.unchanged).toBe(1);
    expect(planChangesNothing(plan)).toBe(true);
  });

  it('refuses a population without a date', () => {
    const plan = planReferenceUpdate(EMPTY_REFERENCE_STATE, [file('list.csv', 'code,name,inwoners\nGM0505,Dordrecht,1\n', 'src-test', null)]);
    expect(plan.problems).toEqual([expect.stringMatching(/^list\.csv line 2: a population \(inwoners\) needs its date/)]);
  });

  it('computes the day before a date', () => {
    expect(dayBefore('2025-01-01')).toBe('2024-12-31');
    expect(dayBefore('2024-03-01')).toBe('2024-02-29');
    expect(dayBefore('2025')).toBeNull();
  });
});
