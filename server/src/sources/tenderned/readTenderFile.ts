/**
 * A TenderNed file of any supported format → records. The format is told by the content, not
 * only the name: an .xlsx workbook (a zip: "PK"), an OCDS release package (an object with
 * "releases"), or the publication JSON (an array). One reader module per format; a new format is a
 * new module and a line here.
 */
import { TenderFileError, type TenderRecord } from './tenderRecord.js';
import { readTenderExcel } from './readTenderExcel.js';
import { readTenderJson } from './readTenderJson.js';
import { readTenderOcds } from './readTenderOcds.js';

export type TenderFormat = 'EXCEL' | 'OCDS' | 'PUBLICATIONS_JSON';

function detectTenderFormat(file: string, content: Uint8Array): TenderFormat {
  if (content[0] === 0x50 && content[1] === 0x4b) return 'EXCEL';
  const start = Buffer.from(content.subarray(0, 4096)).toString('utf8').replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('[')) return 'PUBLICATIONS_JSON';
  if (start.startsWith('{')) return 'OCDS';
  throw new TenderFileError(file, [{ location: '(file)', reason: 'not a TenderNed file: expected an Excel workbook (.xlsx), an OCDS release package or a JSON array of publications' }]);
}

export async function readTenderFile(file: string, content: Uint8Array): Promise<{ format: TenderFormat; records: TenderRecord[] }> {
  const format = detectTenderFormat(file, content);
  const text = () => Buffer.from(content).toString('utf8').replace(/^\uFEFF/, '');
  const records = format === 'EXCEL' ? await readTenderExcel(file, content) : format === 'OCDS' ? readTenderOcds(file, text()) : readTenderJson(file, text());
  return { format, records };
}
