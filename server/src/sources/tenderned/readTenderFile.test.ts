import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../config.js';
import { readTenderFile } from './readTenderFile.js';
import { readTenderJson } from './readTenderJson.js';
import { TenderFileError, type TenderRecord } from './tenderRecord.js';

const SHIPPED = path.join(REPO_ROOT, 'seed/tenderned/publicaties_2012-2025H1.json');
const shipped = readTenderJson('publicaties_2012-2025H1.json', fs.readFileSync(SHIPPED, 'utf8'));
const real = (id: string) => shipped.find((r) => r.id === id)!;

/** The error a reader throws, for its problems. */
async function refusal(run: () => unknown): Promise<TenderFileError> {
  try {
    await run();
  } catch (e) {
    if (e instanceof TenderFileError) return e;
    throw e;
  }
  throw new Error('the file was accepted');
}

describe('readTenderJson', () => {
  it('reads the 1,577 shipped publications: 804 award notices (664 naming the company) and 773 open calls', () => {
    expect(shipped).toHaveLength(1577);
    expect(shipped.filter((r) => r.type === 'AWARD')).toHaveLength(804);
    expect(shipped.filter((r) => r.awards.length)).toHaveLength(664);
    expect(shipped.filter((r) => r.type === 'OPEN_CALL')).toHaveLength(773);
    expect(real('312230')).toMatchObject({
      url: 'https://www.tenderned.nl/aankondigingen/overzicht/312230',
      type: 'AWARD',
      title: 'Kwartiermaker ontwikkelcentrum',
      buyer: { name: 'Gemeente Vlagtwedde', nationalId: null },
      awards: [{ supplier: { name: 'AIT Facilitair', kvk: null }, date: null, value: null }],
      publicationDate: '2023-10-04',
      cpvCodes: [],
    });
  });

  it('refuses a broken file whole, naming the record and the reason', async () => {
    const records = JSON.parse(fs.readFileSync(SHIPPED, 'utf8')) as Record<string, unknown>[];
    const broken = [records[0], { ...records[1], aanbestedende_dienst: '' }, { ...records[2], publicatie_type: 'vervallen' }];
    const e = await refusal(() => readTenderJson('broken.json', JSON.stringify(broken)));
    expect(e.problems).toEqual([
      { location: `record 2 (id ${String(records[1]!.id)})`, reason: 'aanbestedende_dienst: a publication names its contracting authority' },
      { location: `record 3 (id ${String(records[2]!.id)})`, reason: 'publicatie_type: publicatie_type must be "gegund" (award notice) or "lopend" (open call)' },
    ]);
    expect(e.message).toMatch(/nothing was imported/);
  });

  it('names the line of a JSON syntax error', async () => {
    const e = await refusal(() => readTenderJson('cut.json', '[\n  {"id": "1",\n  "titel": }\n]'));
    expect(e.problems[0]!.location).toBe('line 3');
  });
});

/** TenderNed's bulk workbook, written with exceljs from real records: one row per award (lot). */
async function workbookOf(rows: Record<string, string | number | Date | null>[], sheetName = 'OpenData sheet'): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  const columns = Object.keys(rows[0]!);
  sheet.addRow(columns);
  for (const row of rows) sheet.addRow(columns.map((c) => row[c]));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const excelRow = (r: TenderRecord, cpv: string | null, supplier: string | null = r.awards[0]?.supplier.name ?? null, awardDate: Date | null = null) => ({
  'ID publicatie': Number(r.id),
  Publicatiedatum: r.publicationDate,
  'Type publicatie': r.type === 'AWARD' ? 'Aankondiging van een gegunde opdracht' : 'Aankondiging van een opdracht',
  'Naam aanbesteding': r.title,
  'Korte beschrijving aanbesteding': r.description,
  'Naam aanbestedende dienst': r.buyer.name,
  'CPV code hoofdopdracht': cpv,
  'Naam gegunde onderneming': supplier,
  'ON kvknummer': null,
  'Datum gunning': awardDate,
  'Definitieve waarde - bedrag': null,
  'URL TenderNed': r.url,
});

describe('readTenderExcel (through readTenderFile)', () => {
  it('reads the sheet "OpenData sheet" of a workbook into the same records as the JSON, one award per row', async () => {
    const content = await workbookOf([
      excelRow(real('312230'), '79410000-1', 'AIT Facilitair', new Date('2023-09-28T00:00:00Z')),
      excelRow(real('221297'), '79419000-4', 'Berenschot B.V.'),
      excelRow(real('221297'), '79419000-4', 'Witteveen+Bos Raadgevende ingenieurs B.V.'),
      excelRow(real('6104'), null),
    ]);
    const { format, records } = await readTenderFile('Dataset_Tenderned.xlsx', content);
    expect(format).toBe('EXCEL');
    expect(records.map((r) => r.id)).toEqual(['312230', '221297', '6104']);
    const [vlagtwedde, twoLots, openCall] = records as [TenderRecord, TenderRecord, TenderRecord];
    expect(vlagtwedde).toMatchObject({
      type: 'AWARD',
      title: real('312230').title,
      description: real('312230').description,
      buyer: { name: 'Gemeente Vlagtwedde' },
      awards: [{ supplier: { name: 'AIT Facilitair', kvk: null }, date: '2023-09-28', value: null }],
      publicationDate: '2023-10-04',
      cpvCodes: ['79410000'],
      location: 'row 2',
    });
    expect(twoLots.awards.map((a) => a.supplier.name)).toEqual(['Berenschot B.V.', 'Witteveen+Bos Raadgevende ingenieurs B.V.']);
    expect(openCall).toMatchObject({ type: 'OPEN_CALL', awards: [], buyer: { name: 'Haagse Inkoop Samenwerking' } });
  });

  it('refuses a workbook without the sheet, without a required column, or with a bad row — naming the row and the reason', async () => {
    const wrongSheet = await refusal(async () => readTenderFile('x.xlsx', await workbookOf([excelRow(real('6104'), null)], 'Blad1')));
    expect(wrongSheet.problems[0]!.reason).toBe('no sheet "OpenData sheet" (the workbook has "Blad1")');
    const { 'Naam aanbestedende dienst': _dropped, ...withoutBuyer } = excelRow(real('6104'), null);
    const noBuyer = await refusal(async () => readTenderFile('x.xlsx', await workbookOf([withoutBuyer])));
    expect(noBuyer.problems).toEqual([{ location: 'row 1', reason: 'missing column "Naam aanbestedende dienst"' }]);
    const badRows = await refusal(async () => readTenderFile('x.xlsx', await workbookOf([excelRow(real('6104'), null), { ...excelRow(real('312230'), 'CPV 79'), Publicatiedatum: 'gisteren' }])));
    expect(badRows.problems).toEqual([{ location: 'row 3', reason: '"Publicatiedatum" must be a date, not "gisteren"' }]);
  });
});

describe('readTenderOcds (through readTenderFile)', () => {
  const fixture = fs.readFileSync(path.join(REPO_ROOT, 'tests/fixtures/tenderned/ocds-release-package.json'));

  it('reads buyer, tender classification (CPV) and awarded suppliers of each release', async () => {
    const { format, records } = await readTenderFile('ocds.json', fixture);
    expect(format).toBe('OCDS');
    expect(records.map((r) => [r.id, r.type])).toEqual([
      ['312230', 'AWARD'],
      ['247671', 'AWARD'],
      ['6104', 'OPEN_CALL'],
    ]);
    expect(records[0]).toMatchObject({
      title: real('312230').title,
      description: real('312230').description,
      buyer: { name: 'Gemeente Vlagtwedde', nationalId: 'NL-buyer-1' },
      awards: [{ supplier: { name: 'AIT Facilitair', kvk: null }, date: '2023-09-28' }],
      publicationDate: '2023-10-04',
      cpvCodes: ['79410000'],
      location: 'releases[0]',
    });
    expect(records[1]!.awards[0]!.supplier.name).toBe('Berenschot Groep B.V.');
  });

  it('takes a supplier\'s KvK number from its party identifier, and ignores cancelled awards', async () => {
    const pkg = JSON.parse(fixture.toString('utf8')) as { releases: Record<string, unknown>[] };
    const release = pkg.releases[0] as { parties: Record<string, unknown>[]; awards: Record<string, unknown>[] };
    release.parties[1] = { ...release.parties[1], identifier: { scheme: 'NL-KVK', id: '12345678' } };
    release.awards.push({ id: 'x', status: 'cancelled', suppliers: [{ id: 'NL-supplier-9', name: 'Ingetrokken B.V.' }] });
    const { records } = await readTenderFile('ocds.json', Buffer.from(JSON.stringify(pkg)));
    expect(records[0]!.awards).toEqual([{ supplier: { name: 'AIT Facilitair', kvk: '12345678' }, date: '2023-09-28', value: null }]);
  });

  it('refuses a package with a broken release, naming the release, the field and the reason', async () => {
    const pkg = JSON.parse(fixture.toString('utf8')) as { releases: Record<string, unknown>[] };
    pkg.releases[1] = { ...pkg.releases[1], buyer: { id: 'x', name: '' } };
    (pkg.releases[2] as { tender: Record<string, unknown> }).tender.classification = { scheme: 'CPV', id: 'onderzoek' };
    const e = await refusal(() => readTenderFile('ocds.json', Buffer.from(JSON.stringify(pkg))));
    expect(e.problems).toEqual([
      { location: 'releases[1].buyer.name', reason: 'a party needs a name' },
      { location: 'releases[2].tender.classification', reason: '"onderzoek" is not a CPV code (8 digits, e.g. 79411000)' },
    ]);
  });
});

describe('readTenderFile', () => {
  it('refuses a file that is none of the formats', async () => {
    const e = await refusal(() => readTenderFile('notes.txt', Buffer.from('ID publicatie;Naam\n1;x')));
    expect(e.problems[0]!.reason).toMatch(/not a TenderNed file/);
  });
});
