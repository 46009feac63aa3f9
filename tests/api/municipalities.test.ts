/**
 * Contract tests of the gemeenten from the CBS reference data (issue 9): their figures and
 * provenance, COROP regions and veiligheidsregio's, herindelingen (successors, predecessors,
 * current successors), the list with dissolved gemeenten, and the map's engagement counts — real
 * operations over HTTP against the fixture graph (tests/fixtures/graph, reference/ included).
 */
import { describe, expect, it } from 'vitest';
import { gql, useTestApp } from '../support/testServer.js';
import { expectRefused, fixtureReferenceRows, ids, query, type Json } from './apiHelpers.js';

const PROV = 'provenance { quote source { id title publisher kind url } }';

describe('gemeenten from the reference data', () => {
  const ctx = useTestApp();

  it('gives a gemeente every CBS figure, each backed by the line that states it', async () => {
    const data = await query(
      ctx.app,
      `{ municipality(id: "gemeente-den-helder") {
          cbsCode province provinceCode population populationDate populationYear men women
          areaTotalHa areaLandHa areaWaterHa density stedelijkheid arbeidsmarktregio jeugdzorgregio dissolved dissolvedYear
          corop { id name kind code aliases } veiligheidsregio { id name kind code }
          successors { year } predecessors { year } currentSuccessors { id } ${PROV} } }`,
    );
    const m = data.municipality;
    expect(m).toMatchObject({
      cbsCode: 'GM0400',
      province: 'Noord-Holland',
      provinceCode: 'PV27',
      population: 56_432,
      populationDate: '2024-01-01',
      populationYear: 2024,
      men: 27_978,
      women: 28_454,
      areaTotalHa: 17_880,
      areaLandHa: 4510,
      areaWaterHa: 13_370,
      density: 1251,
      // Not in the reference data: null, never guessed.
      stedelijkheid: null,
      arbeidsmarktregio: null,
      jeugdzorgregio: null,
      dissolved: false,
      dissolvedYear: null,
      corop: { id: 'regio-corop-kop-van-noord-holland', name: 'Kop van Noord-Holland', kind: 'COROP', code: 'CR18', aliases: ['COROP Kop van Noord-Holland'] },
      veiligheidsregio: { id: 'regio-vr-noord-holland-noord', name: 'Noord-Holland Noord', kind: 'VEILIGHEIDSREGIO', code: 'VR10' },
      successors: [],
      predecessors: [],
      currentSuccessors: [],
    });
    const cbs = m.provenance.filter((p: Json) => p.source.kind === 'REGISTER');
    expect(cbs).toEqual([
      {
        quote: 'GM0400,Den Helder,Noord-Holland,56432,2024-01-01,,,',
        source: {
          id: 'src-cbs-gemeenten-2024',
          title: 'CBS: gemeenten op 1 januari 2024 — Gemeenten alfabetisch 2023; inwoners uit 85984NED Kerncijfers wijken en buurten 2024',
          publisher: 'CBS',
          kind: 'REGISTER',
          url: 'https://opendata.cbs.nl/statline/#/CBS/nl/dataset/85984NED/table',
        },
      },
      {
        quote: 'GM0400,Den Helder,PV27,CR18,Kop van Noord-Holland,VR10,Noord-Holland Noord,17880,4510,13370,1251,27978,28454',
        source: expect.objectContaining({ id: 'src-cbs-gebieden-2024', publisher: 'CBS' }),
      },
    ]);
  });

  it('backs a COROP membership with the line and the date of the file that states it', async () => {
    const data = await query(ctx.app, `{ relation(id: "gemeente-den-helder|MEMBER_OF|regio-corop-kop-van-noord-holland") { attributes { key value } ${PROV} } }`);
    expect(data.relation.attributes).toEqual([{ key: 'validFrom', value: '2024-01-01' }]);
    expect(data.relation.provenance.map((p: Json) => [p.source.id, p.quote])).toEqual([
      ['src-cbs-gebieden-2024', 'GM0400,Den Helder,PV27,CR18,Kop van Noord-Holland,VR10,Noord-Holland Noord,17880,4510,13370,1251,27978,28454'],
    ]);
  });

  it('lists the members of a COROP region and of a veiligheidsregio', async () => {
    const extra = fixtureReferenceRows('gemeenten_extra.csv');
    const data = await query(ctx.app, '{ corop: region(id: "regio-corop-kop-van-noord-holland") { members { cbsCode } } vr: region(id: "regio-vr-haaglanden") { members { name } } }');
    expect(data.corop.members.map((m: Json) => m.cbsCode).sort()).toEqual(extra.filter((r) => r.corop_code === 'CR18').map((r) => r.code).sort());
    expect(data.vr.members).toHaveLength(extra.filter((r) => r.veiligheidsregio_code === 'VR15').length);
    const corop = await query(ctx.app, '{ regions(kind: COROP) { id kind code } }');
    expect(corop.regions).toHaveLength(40);
    expect(corop.regions.every((r: Json) => r.kind === 'COROP' && /^CR\d{2}$/.test(r.code))).toBe(true);
  });

  describe('herindelingen', () => {
    const SUCCESSION = `year municipality { id name dissolved } ${PROV}`;

    it('follow a chain: Millingen aan de Rijn → Groesbeek (2015) → Berg en Dal (2016)', async () => {
      const data = await query(
        ctx.app,
        `{ millingen: municipality(id: "gemeente-millingen-aan-de-rijn") { dissolved dissolvedYear successors { ${SUCCESSION} } currentSuccessors { id } }
           groesbeek: municipality(id: "gemeente-groesbeek") { cbsCode dissolved dissolvedYear population province successors { year municipality { id } } predecessors { year municipality { id } } currentSuccessors { id } }
           bergEnDal: municipality(id: "gemeente-berg-en-dal") { dissolved predecessors { year municipality { id } } currentSuccessors { id } } }`,
      );
      expect(data.millingen).toEqual({
        dissolved: true,
        dissolvedYear: 2015,
        successors: [
          {
            year: 2015,
            municipality: { id: 'gemeente-groesbeek', name: 'Groesbeek', dissolved: true },
            provenance: [{ quote: '2015,GM0265,Millingen aan de Rijn,GM0241,Groesbeek', source: expect.objectContaining({ id: 'src-herindeling-cbs2015', kind: 'REGISTER', url: 'https://www.cbs.nl/nl-nl/nieuws/2015/02/per-1-januari-2015-393-gemeenten' }) }],
          },
        ],
        currentSuccessors: [{ id: 'gemeente-berg-en-dal' }],
      });
      // First a successor, then dissolved itself: one entity.
      expect(data.groesbeek).toEqual({
        cbsCode: 'GM0241',
        dissolved: true,
        dissolvedYear: 2016,
        population: null,
        province: null,
        successors: [{ year: 2016, municipality: { id: 'gemeente-berg-en-dal' } }],
        predecessors: [
          { year: 2015, municipality: { id: 'gemeente-millingen-aan-de-rijn' } },
          { year: 2015, municipality: { id: 'gemeente-ubbergen' } },
        ],
        currentSuccessors: [{ id: 'gemeente-berg-en-dal' }],
      });
      expect(data.bergEnDal).toEqual({ dissolved: false, predecessors: [{ year: 2016, municipality: { id: 'gemeente-groesbeek' } }], currentSuccessors: [] });
    });

    it('split a gemeente over several successors (Winsum, 2019; Haaren, 2021)', async () => {
      const data = await query(ctx.app, '{ winsum: municipality(id: "gemeente-winsum") { currentSuccessors { name } } haaren: municipality(id: "gemeente-haaren") { successors { year municipality { name } } } }');
      expect(data.winsum.currentSuccessors).toEqual([{ name: 'Het Hogeland' }, { name: 'Westerkwartier' }]);
      expect(data.haaren.successors.map((s: Json) => `${s.year} ${s.municipality.name}`)).toEqual(['2021 Boxtel', '2021 Oisterwijk', '2021 Tilburg', '2021 Vught']);
    });

    it('keep the ids the gemeenten had before the reference data, and West Betuwe its three predecessors', async () => {
      const data = await query(ctx.app, '{ municipality(id: "gemeente-west-betuwe") { cbsCode predecessors { year municipality { id } } } }');
      expect(data.municipality.cbsCode).toBe('GM1960');
      expect(data.municipality.predecessors.map((p: Json) => [p.year, p.municipality.id])).toEqual([
        [2019, 'gemeente-geldermalsen'],
        [2019, 'gemeente-lingewaal'],
        [2019, 'gemeente-neerijnen'],
      ]);
    });
  });

  describe('municipalities', () => {
    it('lists the 342 current gemeenten in one call, and the dissolved ones only when asked', async () => {
      const data = await query(
        ctx.app,
        `{ current: municipalities(first: 400) { id dissolved }
           withDissolved: municipalities(first: 400, includeDissolved: true) { id dissolved }
           gelderland: municipalities(province: "Gelderland", includeDissolved: true, first: 400) { id dissolved } }`,
      );
      expect(data.current).toHaveLength(342);
      expect(data.current.every((m: Json) => !m.dissolved)).toBe(true);
      // 342 + 84 dissolved = 426: more than one call's 400.
      expect(data.withDissolved).toHaveLength(400);
      expect(data.withDissolved.filter((m: Json) => m.dissolved).length).toBeGreaterThan(50);
      // A dissolved gemeente is in the province of its current successors (the herindelingen name no province).
      const gelderland = ids(data.gelderland);
      expect(gelderland).toEqual(expect.arrayContaining(['gemeente-geldermalsen', 'gemeente-groesbeek', 'gemeente-west-betuwe']));
      expect(gelderland).not.toContain('gemeente-haaren');
    });

    it('refuses first above 400 with LIMIT_EXCEEDED', async () => {
      expectRefused(await gql(ctx.app, '{ municipalities(first: 401) { id } }'), 'LIMIT_EXCEEDED', /`first` is at most 400/);
    });
  });

  describe('municipalityEngagementCounts (the map)', () => {
    const COUNTS = `query($filter: EngagementFilter) { municipalityEngagementCounts(filter: $filter) { municipality { id cbsCode } count viaRegion } }`;
    const counts = async (filter: Record<string, unknown> | null = null): Promise<Map<string, [number, number]>> => {
      const data = await query(ctx.app, COUNTS, { filter });
      return new Map(data.municipalityEngagementCounts.map((c: Json) => [c.municipality.id, [c.count, c.viaRegion]]));
    };

    it('gives every current gemeente its engagements, and those via its regions and organisations', async () => {
      const all = await counts();
      expect(all.size).toBe(342);
      expect(all.has('gemeente-geldermalsen')).toBe(false);
      expect(all.get('gemeente-west-betuwe')).toEqual([1, 1]); // Geldermalsen's (a predecessor), Regio Rivierenland's
      expect(all.get('gemeente-westland')).toEqual([1, 0]); // for Westland and its Sociaal Kernteam: counted once
      expect(all.get('gemeente-waddinxveen')).toEqual([2, 0]);
      expect(all.get('gemeente-dordrecht')).toEqual([0, 2]); // the Sociale Dienst Drechtsteden, part of the region
      expect(all.get('gemeente-tiel')).toEqual([0, 1]);
      expect(all.get('gemeente-den-helder')).toEqual([0, 0]);
      const withAny = [...all].filter(([, [c, v]]) => c + v > 0).map(([id]) => id);
      expect(withAny).toHaveLength(2 + 7 + 8); // Westland, Waddinxveen; the Drechtsteden; Rivierenland's 8
    });

    it('adds up, per gemeente, to what the engagements filter finds', async () => {
      const all = await counts({ themes: ['dienstverlening'] });
      for (const id of ['gemeente-west-betuwe', 'gemeente-dordrecht', 'gemeente-westland', 'gemeente-waddinxveen', 'gemeente-tiel']) {
        const data = await query(ctx.app, 'query($f: EngagementFilter) { engagements(filter: $f) { totalCount } }', { f: { themes: ['dienstverlening'], municipalities: [id] } });
        const [count, via] = all.get(id)!;
        expect(count + via, id).toBe(data.engagements.totalCount);
      }
    });

    it('takes the same filter as engagements', async () => {
      const debt = await counts({ themes: ['schuldhulpverlening'] });
      expect([...debt].filter(([, [c, v]]) => c + v > 0)).toEqual([['gemeente-west-betuwe', [1, 0]]]);
      const kern = await counts({ consultancies: ['consultancy-kern-konsult'] });
      expect(kern.get('gemeente-dordrecht')).toEqual([0, 2]);
      expect(kern.get('gemeente-westland')).toEqual([0, 0]);
      expectRefused(await gql(ctx.app, COUNTS, { filter: { themes: ['not an id'] } }), 'BAD_INPUT', /not a valid id/);
    });
  });
});
