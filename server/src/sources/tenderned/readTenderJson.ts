/**
 * Reader for TenderNed publications as JSON records (seed/tenderned/publicaties_*.json): an array
 * of `{id, publicatie_type, titel, omschrijving, aanbestedende_dienst, publicatiedatum, winnaar,
 * gunningswaarde, url, …}` as TenderNed's publication service gives them. `gegund` is an award
 * notice, `lopend` an open call; `winnaar` names the awarded company (empty where the notice names
 * none). The format has no CPV codes, KvK numbers or award dates. Pure: the caller reads the file.
 */
import { z } from 'zod';
import { TenderFileError, isoDay, tenderNedUrl, type TenderFileProblem, type TenderRecord } from './tenderRecord.js';

const text = z.string().trim();
const jsonRecordSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String).pipe(z.string().regex(/^\d+$/, 'a TenderNed publication id is a number')),
  publicatie_type: z.enum(['gegund', 'lopend'], { message: 'publicatie_type must be "gegund" (award notice) or "lopend" (open call)' }),
  titel: text.min(1, 'a publication has a title'),
  omschrijving: text.nullish().transform((v) => v ?? ''),
  aanbestedende_dienst: text.min(1, 'a publication names its contracting authority'),
  publicatiedatum: z.string().refine((v) => isoDay(v) !== null, 'publicatiedatum must be a date like 2019-03-01'),
  winnaar: text.nullish().transform((v) => v ?? ''),
  gunningswaarde: z.union([z.number(), z.string(), z.null()]).optional(),
  url: z.string().url().nullish(),
});

/**
 * The line a JSON syntax error is on. Node 20's JSON.parse often names no position, so: the first
 * k lines of a valid text only ever fail at their end — the smallest k whose lines fail before
 * their end holds the error (a binary search, run only for a broken file).
 */
function syntaxErrorLine(content: string): number | null {
  const lines = content.split('\n');
  const failsWithin = (k: number) => {
    const prefix = lines.slice(0, k).join('\n');
    try {
      JSON.parse(prefix);
      return false;
    } catch (e) {
      // A cut-off text fails at its end ("Unexpected end", or "Expected …" at position = its length).
      const message = (e as Error).message;
      const at = /position (\d+)/.exec(message);
      return !/Unexpected end of JSON input/.test(message) && !(at && Number(at[1]) >= prefix.trimEnd().length);
    }
  };
  if (!failsWithin(lines.length)) return null;
  let [lo, hi] = [1, lines.length];
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (failsWithin(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export function readTenderJson(file: string, content: string): TenderRecord[] {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (e) {
    const line = syntaxErrorLine(content);
    throw new TenderFileError(file, [{ location: line ? `line ${line}` : '(file)', reason: `not valid JSON: ${(e as Error).message}` }]);
  }
  if (!Array.isArray(data)) throw new TenderFileError(file, [{ location: '(file)', reason: 'expected an array of publication records' }]);
  const problems: TenderFileProblem[] = [];
  const records: TenderRecord[] = [];
  const seen = new Map<string, number>();
  data.forEach((raw, i) => {
    const id = raw && typeof raw === 'object' && 'id' in raw ? String((raw as { id: unknown }).id) : '?';
    const location = `record ${i + 1} (id ${id})`;
    const parsed = jsonRecordSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push({ location, reason: `${issue.path.join('.') || '(record)'}: ${issue.message}` });
      return;
    }
    const r = parsed.data;
    if (seen.has(r.id)) problems.push({ location, reason: `id ${r.id} is also record ${seen.get(r.id)}` });
    seen.set(r.id, i + 1);
    const amount = typeof r.gunningswaarde === 'number' ? r.gunningswaarde : r.gunningswaarde ? Number(String(r.gunningswaarde).replace(',', '.')) : NaN;
    const award = r.publicatie_type === 'gegund';
    records.push({
      id: r.id,
      url: r.url ?? tenderNedUrl(r.id),
      type: award ? 'AWARD' : 'OPEN_CALL',
      title: r.titel,
      description: r.omschrijving,
      buyer: { name: r.aanbestedende_dienst, nationalId: null },
      awards: award && r.winnaar ? [{ supplier: { name: r.winnaar, kvk: null }, date: null, value: Number.isFinite(amount) ? { amount, currency: 'EUR' } : null }] : [],
      publicationDate: isoDay(r.publicatiedatum)!,
      cpvCodes: [],
      location,
    });
  });
  if (problems.length) throw new TenderFileError(file, problems);
  return records;
}
