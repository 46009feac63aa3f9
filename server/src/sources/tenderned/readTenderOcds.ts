/**
 * Reader for TenderNed's OCDS files: release packages of the Open Contracting Data Standard 1.1
 * (`{"releases": [...]}`, https://standard.open-contracting.org/1.1/en/schema/release/). Per
 * release: `id` (TenderNed's publication id), `date`, `tag`, `buyer` {id, name}, `parties` (with
 * `identifier` {scheme, id}: the KvK number of a supplier where the scheme is NL-KVK), `tender`
 * {title, description, classification (CPV), items[].classification}, `awards[]` {date, value,
 * suppliers[] {id, name}}. A release with awards is an award notice, one without an open call.
 * Pure: the caller reads the file.
 */
import { z } from 'zod';
import { TenderFileError, cpvDigits, isoDay, tenderNedUrl, type TenderAward, type TenderFileProblem, type TenderRecord } from './tenderRecord.js';

const classification = z.object({ scheme: z.string().optional(), id: z.union([z.string(), z.number()]).transform(String) }).passthrough();
const organizationRef = z.object({ id: z.union([z.string(), z.number()]).transform(String).optional(), name: z.string().trim().min(1, 'a party needs a name') }).passthrough();
const value = z.object({ amount: z.number().nullish(), currency: z.string().nullish() }).passthrough().nullish();

const releaseSchema = z
  .object({
    id: z.union([z.string(), z.number()]).transform(String).pipe(z.string().regex(/^\d+$/, 'a TenderNed release id is its publication id, a number')),
    date: z.string().refine((v) => isoDay(v) !== null, 'date must be an ISO date-time'),
    tag: z.array(z.string()).default([]),
    buyer: organizationRef,
    parties: z
      .array(
        z
          .object({
            id: z.union([z.string(), z.number()]).transform(String).optional(),
            name: z.string().optional(),
            roles: z.array(z.string()).default([]),
            identifier: z.object({ scheme: z.string().optional(), id: z.union([z.string(), z.number()]).transform(String).optional() }).passthrough().optional(),
          })
          .passthrough(),
      )
      .default([]),
    tender: z
      .object({
        title: z.string().trim().min(1, 'a tender has a title'),
        description: z.string().nullish(),
        classification: classification.optional(),
        items: z.array(z.object({ classification: classification.optional(), additionalClassifications: z.array(classification).default([]) }).passthrough()).default([]),
      })
      .passthrough(),
    awards: z
      .array(
        z
          .object({
            date: z.string().nullish(),
            status: z.string().nullish(),
            value,
            suppliers: z.array(organizationRef).default([]),
          })
          .passthrough(),
      )
      .default([]),
  })
  .passthrough();

const packageSchema = z.object({ releases: z.array(z.unknown()) }).passthrough();

/** The KvK number of a party: its identifier under the scheme NL-KVK (8 digits). */
function kvkOf(party: { identifier?: { scheme?: string; id?: string } } | undefined): string | null {
  const id = party?.identifier;
  if (!id?.id || !/KVK/i.test(id.scheme ?? '')) return null;
  const digits = id.id.replace(/\D/g, '');
  return digits.length === 8 ? digits : null;
}

export function readTenderOcds(file: string, content: string): TenderRecord[] {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (e) {
    throw new TenderFileError(file, [{ location: '(file)', reason: `not valid JSON: ${(e as Error).message}` }]);
  }
  const pkg = packageSchema.safeParse(data);
  if (!pkg.success) throw new TenderFileError(file, [{ location: '(file)', reason: 'an OCDS release package has a "releases" array' }]);
  const problems: TenderFileProblem[] = [];
  const records: TenderRecord[] = [];
  pkg.data.releases.forEach((raw, i) => {
    const location = `releases[${i}]`;
    const parsed = releaseSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push({ location: `${location}.${issue.path.join('.')}`, reason: issue.message });
      return;
    }
    const r = parsed.data;
    const partyById = new Map(r.parties.filter((p) => p.id).map((p) => [p.id!, p]));
    const cpv = new Set<string>();
    for (const c of [r.tender.classification, ...r.tender.items.flatMap((it) => [it.classification, ...it.additionalClassifications])]) {
      if (!c || (c.scheme && c.scheme.toUpperCase() !== 'CPV')) continue;
      const digits = cpvDigits(c.id);
      if (digits) cpv.add(digits);
      else problems.push({ location: `${location}.tender.classification`, reason: `"${c.id}" is not a CPV code (8 digits, e.g. 79411000)` });
    }
    // An award that is cancelled or still pending names nobody who did the work.
    const awards: TenderAward[] = r.awards
      .filter((a) => !a.status || a.status === 'active')
      .flatMap((a) =>
        a.suppliers.map((s) => ({
          supplier: { name: s.name, kvk: kvkOf(s.id ? partyById.get(s.id) : undefined) },
          date: isoDay(a.date),
          value: a.value?.amount != null ? { amount: a.value.amount, currency: a.value.currency ?? 'EUR' } : null,
        })),
      );
    const isAward = r.awards.length > 0 || r.tag.some((t) => t.startsWith('award') || t.startsWith('contract'));
    records.push({
      id: r.id,
      url: tenderNedUrl(r.id),
      type: isAward ? 'AWARD' : 'OPEN_CALL',
      title: r.tender.title,
      description: r.tender.description?.trim() ?? '',
      buyer: { name: r.buyer.name, nationalId: (r.buyer.id ? partyById.get(r.buyer.id)?.identifier?.id : undefined) ?? r.buyer.id ?? null },
      awards,
      publicationDate: isoDay(r.date)!,
      cpvCodes: [...cpv],
      location,
    });
  });
  if (problems.length) throw new TenderFileError(file, problems);
  return records;
}
