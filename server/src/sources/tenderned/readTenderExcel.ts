/**
 * Reader for TenderNed's bulk Excel workbook ("Dataset_Tenderned-…xlsx", tenderned.nl →
 * Aanbesteden in cijfers → Datasets aanbestedingen), sheet "OpenData sheet": one row per lot or
 * award, so a publication with several awarded lots has several rows with the same "ID
 * publicatie". Read with exceljs (the workbook is a zip of XML: not something to parse by hand).
 *
 * Columns are found by their header (case and spacing ignored), so their order may change.
 * Required: "ID publicatie", "Publicatiedatum" and the contracting authority's name. The names
 * TenderNed's own readers use are "ID publicatie", "Publicatiedatum", "Naam gegunde onderneming",
 * "ON kvknummer", "ON plaats", "URL TenderNed", "Datum gunning", "Definitieve waarde - bedrag";
 * the others are listed below with the variants seen in its "leeswijzer" — one table to adjust
 * when TenderNed renames a column. Async because exceljs is; otherwise pure (the caller reads the file).
 */
import ExcelJS from 'exceljs';
import { TenderFileError, cpvDigits, isoDay, tenderNedUrl, type TenderFileProblem, type TenderRecord } from './tenderRecord.js';

const OPEN_DATA_SHEET = 'OpenData sheet';

/** Each field with the headers that hold it (first found wins). */
const EXCEL_COLUMNS = {
  id: ['ID publicatie'],
  publicationDate: ['Publicatiedatum', 'Datum publicatie'],
  publicationType: ['Type publicatie', 'Publicatietype', 'Soort publicatie'],
  title: ['Naam aanbesteding', 'Titel aanbesteding', 'Titel'],
  description: ['Korte beschrijving aanbesteding', 'Korte beschrijving', 'Omschrijving opdracht', 'Omschrijving'],
  buyerName: ['Naam aanbestedende dienst', 'Aanbestedende dienst', 'AD naam'],
  buyerId: ['Nationale identificatie aanbestedende dienst', 'AD nationale identificatie', 'AD kvknummer', 'KvK-nummer aanbestedende dienst'],
  supplierName: ['Naam gegunde onderneming'],
  supplierKvk: ['ON kvknummer', 'KvK-nummer gegunde onderneming'],
  awardDate: ['Datum gunning'],
  value: ['Definitieve waarde - bedrag'],
  currency: ['Definitieve waarde - valuta'],
  cpv: ['CPV code hoofdopdracht', 'Hoofdopdracht CPV code', 'CPV-code', 'CPV code'],
  url: ['URL TenderNed'],
} as const;
type Field = keyof typeof EXCEL_COLUMNS;
const REQUIRED: Field[] = ['id', 'publicationDate', 'buyerName'];

const squash = (header: string) => header.toLowerCase().replace(/[\s_-]+/g, '');

/** A cell's value as text: exceljs gives strings, numbers, dates, rich text, hyperlinks and formula results. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('').trim();
    if ('text' in value && typeof value.text === 'string') return value.text.trim();
    if ('result' in value) return cellText(value.result);
    return '';
  }
  return String(value).trim();
}

/** "Aankondiging van een gegunde opdracht", "Gunning", "AGO" → an award notice. */
const isAwardType = (type: string) => /gegund|gunning|^ago$|award/i.test(type);

export async function readTenderExcel(file: string, content: Uint8Array): Promise<TenderRecord[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's typings predate Node's generic Buffer; the bytes are what it reads.
    await workbook.xlsx.load(Buffer.from(content) as unknown as ExcelJS.Buffer);
  } catch (e) {
    throw new TenderFileError(file, [{ location: '(file)', reason: `not an Excel workbook (.xlsx): ${(e as Error).message}` }]);
  }
  const sheet = workbook.getWorksheet(OPEN_DATA_SHEET);
  if (!sheet) {
    const names = workbook.worksheets.map((w) => `"${w.name}"`).join(', ');
    throw new TenderFileError(file, [{ location: '(file)', reason: `no sheet "${OPEN_DATA_SHEET}" (the workbook has ${names || 'no sheets'})` }]);
  }
  const header = sheet.getRow(1);
  const columnOf = new Map<string, number>();
  header.eachCell((cell, col) => columnOf.set(squash(cellText(cell.value)), col));
  const column = {} as Record<Field, number | undefined>;
  for (const field of Object.keys(EXCEL_COLUMNS) as Field[]) column[field] = EXCEL_COLUMNS[field].map((h) => columnOf.get(squash(h))).find((c) => c !== undefined);
  const missing = REQUIRED.filter((f) => column[f] === undefined);
  if (missing.length) {
    throw new TenderFileError(file, [{ location: 'row 1', reason: `missing column${missing.length > 1 ? 's' : ''} ${missing.map((f) => `"${EXCEL_COLUMNS[f][0]}"`).join(', ')}` }]);
  }

  const problems: TenderFileProblem[] = [];
  const byId = new Map<string, TenderRecord>();
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    const get = (f: Field) => (column[f] === undefined ? '' : cellText(row.getCell(column[f]).value));
    const location = `row ${rowNumber}`;
    const id = get('id').replace(/\.0$/, '');
    if (!id && !get('buyerName')) return; // an empty row at the end of a sheet
    if (!/^\d+$/.test(id)) return void problems.push({ location, reason: `"ID publicatie" must be a number, not "${id}"` });
    const publicationDate = isoDay(get('publicationDate'));
    if (!publicationDate) return void problems.push({ location, reason: `"Publicatiedatum" must be a date, not "${get('publicationDate')}"` });
    const buyerName = get('buyerName');
    if (!buyerName) return void problems.push({ location, reason: 'the contracting authority has no name' });
    const supplierName = get('supplierName');
    const kvkDigits = get('supplierKvk').replace(/\D/g, '');
    const rawValue = get('value').replace(/\s/g, '').replace(',', '.');
    const amount = rawValue ? Number(rawValue) : NaN;
    if (rawValue && !Number.isFinite(amount)) problems.push({ location, reason: `"Definitieve waarde - bedrag" must be a number, not "${get('value')}"` });
    const cpvText = get('cpv');
    const cpv = cpvText ? cpvDigits(cpvText) : null;
    if (cpvText && !cpv) problems.push({ location, reason: `"${cpvText}" is not a CPV code (8 digits, e.g. 79411000)` });

    let record = byId.get(id);
    if (!record) {
      const type = get('publicationType');
      record = {
        id,
        url: get('url') || tenderNedUrl(id),
        type: (type ? isAwardType(type) : Boolean(supplierName)) ? 'AWARD' : 'OPEN_CALL',
        title: get('title') || get('description') || `TenderNed-publicatie ${id}`,
        description: get('description'),
        buyer: { name: buyerName, nationalId: get('buyerId') || null },
        awards: [],
        publicationDate,
        cpvCodes: [],
        location,
      };
      byId.set(id, record);
    }
    if (cpv && !record.cpvCodes.includes(cpv)) record.cpvCodes.push(cpv);
    if (supplierName) {
      record.type = 'AWARD';
      record.awards.push({
        supplier: { name: supplierName, kvk: kvkDigits.length === 8 ? kvkDigits : null },
        date: isoDay(get('awardDate')),
        value: Number.isFinite(amount) ? { amount, currency: get('currency') || 'EUR' } : null,
      });
    }
  });
  if (problems.length) throw new TenderFileError(file, problems);
  return [...byId.values()];
}
