import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../config.js';
import { ReferenceFileError, parseReferenceCsv, type GemeenteRow, type HerindelingRow, type ReferenceFile } from './parseReferenceCsv.js';

const REFERENCE = path.join(REPO_ROOT, 'seed', 'reference');
const read = (name: string) => fs.readFileSync(path.join(REFERENCE, name));

/** The file parsed as a gemeente list (fails the test when it is another kind). */
function gemeenten(file: string, content: string | Uint8Array): Extract<ReferenceFile, { kind: 'GEMEENTEN' }> {
  const f = parseReferenceCsv(file, content);
  if (f.kind !== 'GEMEENTEN') throw new Error(`${file} was read as ${f.kind}`);
  return f;
}

/** The problems of a refused file (fails the test when the file is accepted). */
function problems(content: string | Uint8Array, file = 'test.csv'): string[] {
  try {
    parseReferenceCsv(file, content);
  } catch (e) {
    expect(e).toBeInstanceOf(ReferenceFileError);
    expect((e as Error).message).toContain(`${file} is not a valid CBS reference file; nothing was written`);
    return (e as ReferenceFileError).problems;
  }
  throw new Error('the file was accepted');
}

describe('parseReferenceCsv on the bundled CBS files', () => {
  it('reads gemeenten.csv: 342 gemeenten, each with its line and the verbatim line as quote', () => {
    const f = gemeenten('gemeenten.csv', read('gemeenten.csv'));
    expect(f.rows).toHaveLength(342);
    const groningen = f.rows[0]!;
    expect(groningen).toEqual({
      line: 2,
      raw: 'GM0014,Groningen,Groningen,243768,2024-01-01,,,',
      row: { code: 'GM0014', name: 'Groningen', provincie: 'Groningen', inwoners: 243768, inwoners_peildatum: '2024-01-01' },
    });
    // Empty cells are "not in this file": no key, never 0 or "".
    expect(Object.keys(groningen.row)).not.toContain('stedelijkheid');
    // A quoted name with a comma stays one value, and its line stays verbatim (quotes included).
    const nuenen = f.rows.find((r) => r.row.code === 'GM0820')!;
    expect(nuenen.row.name).toBe('Nuenen, Gerwen en Nederwetten');
    expect(nuenen.raw).toBe('GM0820,"Nuenen, Gerwen en Nederwetten",Noord-Brabant,24231,2024-01-01,,,');
    expect(f.rows.reduce((sum, r) => sum + (r.row.inwoners ?? 0), 0)).toBe(17_942_942);
  });

  it('reads gemeenten_extra.csv with regions, areas, density and men/women as numbers', () => {
    const f = gemeenten('gemeenten_extra.csv', read('gemeenten_extra.csv'));
    expect(f.rows).toHaveLength(342);
    expect(f.rows[0]!.row).toEqual({
      code: 'GM0014',
      name: 'Groningen',
      provinciecode: 'PV20',
      corop_code: 'CR03',
      corop_naam: 'Overig Groningen',
      veiligheidsregio_code: 'VR01',
      veiligheidsregio_naam: 'Groningen',
      oppervlakte_totaal_ha: 19796,
      oppervlakte_land_ha: 18553,
      oppervlakte_water_ha: 1244,
      bevolkingsdichtheid_per_km2_land: 1314,
      mannen: 120912,
      vrouwen: 122856,
    } satisfies GemeenteRow);
  });

  it('reads herindelingen.csv (91 rows, splits included) and its source list', () => {
    const h = parseReferenceCsv('herindelingen.csv', read('herindelingen.csv'));
    expect(h.kind).toBe('HERINDELINGEN');
    expect(h.rows).toHaveLength(91);
    expect(h.rows[0]).toEqual({
      line: 2,
      raw: '2015,GM0365,Graft-De Rijp,GM0361,Alkmaar',
      row: { year: 2015, old_code: 'GM0365', old_name: 'Graft-De Rijp', new_code: 'GM0361', new_name: 'Alkmaar' } satisfies HerindelingRow,
    });
    expect((h.rows as { row: HerindelingRow }[]).filter((r) => r.row.old_code === 'GM0053').map((r) => r.row.new_name)).toEqual(['Het Hogeland', 'Westerkwartier']);
    const s = parseReferenceCsv('herindelingen_bronnen.csv', read('herindelingen_bronnen.csv'));
    expect(s.kind).toBe('HERINDELING_SOURCES');
    expect(s.rows).toHaveLength(91);
    expect(s.rows[0]!.row).toEqual({ year: 2015, old_code: 'GM0365', new_code: 'GM0361', source_key: 'cbs2015', code_pair_in_kargeotool_sql: 'yes' });
  });
});

describe('parseReferenceCsv reads what CBS exports look like', () => {
  it('takes semicolons when the header has them, a BOM, CRLF, quoted headers and blank lines', () => {
    const f = parseReferenceCsv('kwb.csv', '\uFEFF"code";"name";"inwoners"\r\nGM0505;Dordrecht;121434\r\n\r\nGM0400; Den Helder ;56 459\r\n');
    expect(f.columns).toEqual(['code', 'name', 'inwoners']);
    expect(f.rows.map((r) => [r.line, r.row])).toEqual([
      [2, { code: 'GM0505', name: 'Dordrecht', inwoners: 121434 }],
      [4, { code: 'GM0400', name: 'Den Helder', inwoners: 56459 }],
    ]);
    expect(f.rows[1]!.raw).toBe('GM0400; Den Helder ;56 459');
  });

  it('reads a decimal comma in the density', () => {
    const f = parseReferenceCsv('d.csv', 'code;name;bevolkingsdichtheid_per_km2_land\nGM0505;Dordrecht;1529,5\n');
    expect(f.rows[0]!.row).toMatchObject({ bevolkingsdichtheid_per_km2_land: 1529.5 });
  });
});

describe('parseReferenceCsv refuses a broken file, naming line and column', () => {
  it('refuses a bad gemeentecode', () => {
    expect(problems('code,name\nGM505,Dordrecht\n')).toEqual(['line 2, column "code": a CBS gemeentecode looks like GM0505']);
  });

  it('refuses a population that is not a whole number', () => {
    expect(problems('code,name,inwoners\nGM0505,Dordrecht,veel\nGM0400,Den Helder,1.5\n')).toEqual([
      'line 2, column "inwoners": must be a whole number (digits only)',
      'line 3, column "inwoners": must be a whole number (digits only)',
    ]);
  });

  it('refuses an unknown column, listing the known ones', () => {
    const [p] = problems('code,name,inwonertal\nGM0505,Dordrecht,1\n');
    expect(p).toMatch(/^line 1: unknown column\(s\) "inwonertal"; the known columns are code, name, provincie/);
  });

  it('refuses a file without its key columns, and a herindeling without a name', () => {
    expect(problems('name,inwoners\nDordrecht,1\n')).toEqual(['line 1: the column "code" is missing']);
    expect(problems('year,old_code,new_code,new_name\n2019,GM0236,GM1960,West Betuwe\n')).toEqual(['line 1: the column "old_name" is missing']);
  });

  it('refuses an empty file, a header without rows, and a binary file', () => {
    expect(problems('')).toEqual(['the file is empty']);
    expect(problems(' \n\n')).toEqual(['the file is empty']);
    expect(problems('code,name\n')).toEqual(['the file has a header but no rows']);
    expect(problems(new Uint8Array([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00]))).toEqual(['the file is binary, not CSV text']);
    expect(problems(new Uint8Array([0x63, 0x6f, 0x64, 0x65, 0xff, 0xfe, 0x0a]))).toEqual([expect.stringMatching(/not UTF-8 text/)]);
  });

  it('refuses a row with too many values, naming its line', () => {
    expect(problems('code,name\nGM0505,Dordrecht,extra\n')).toEqual([expect.stringMatching(/^not readable as CSV: .*line 2/)]);
  });

  it('refuses a gemeentecode that stands twice, a region code without its name, and a bad year', () => {
    expect(problems('code,name\nGM0505,Dordrecht\nGM0505,Dordrecht\n')).toEqual(['line 3: gemeentecode GM0505 stands twice (also on line 2)']);
    expect(problems('code,name,corop_code,corop_naam\nGM0505,Dordrecht,CR30,\n')).toEqual(['line 2, column "corop_naam": corop_code and corop_naam go together']);
    expect(problems('year,old_code,old_name,new_code,new_name\nnegentien,GM0236,Geldermalsen,GM1960,West Betuwe\n')).toEqual(['line 2, column "year": must be a year like 2019']);
  });

  it('refuses a stedelijkheid outside 1..5 and a malformed peildatum', () => {
    expect(problems('code,name,stedelijkheid,inwoners_peildatum\nGM0505,Dordrecht,6,1-1-2024\n')).toEqual([
      'line 2, column "inwoners_peildatum": must be a date like 2024-01-01',
      'line 2, column "stedelijkheid": stedelijkheid is 1 (zeer sterk stedelijk) to 5 (niet stedelijk)',
    ]);
  });

  it('refuses a value that spans two lines: a line is the quote of its facts', () => {
    expect(problems('code,name\nGM0505,"Dord\nrecht"\n')).toEqual(['line 3: a value spans more than one line']);
  });
});
