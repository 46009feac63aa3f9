/**
 * CBS reference files (CSV) → validated rows. Three kinds, told apart by their header:
 * - a gemeente list / kerncijfers file: one row per gemeente, keyed by `code` (GMxxxx), with any
 *   of the known columns (the column names of seed/reference/gemeenten.csv and gemeenten_extra.csv);
 * - a herindelingen file: `year,old_code,old_name,new_code,new_name`;
 * - the source list of a herindelingen file: `year,old_code,new_code,source_key` (seed/reference/
 *   herindelingen_bronnen.csv: which source states each herindeling).
 * Comma or semicolon separated (CBS exports use both; the header decides), UTF-8 with or without
 * BOM, LF or CRLF. Every problem names the line and the column, and nothing is returned unless the
 * whole file is valid. Each row comes with its line number and the verbatim text of that line: the
 * provenance quote of the facts it states. Pure: reading the file is the caller's.
 */
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { QUOTE_MAX_LENGTH } from '../domain/vocabulary.js';

export class ReferenceFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file} is not a valid CBS reference file; nothing was written:\n${problems.map((p) => `- ${p}`).join('\n')}`);
    this.name = 'ReferenceFileError';
  }
}

/** Empty cells are "not in this file", never zero or an empty name. */
const blankToUndefined = (v: unknown) => (v === '' || v === undefined ? undefined : v);

const cbsCode = z.string().regex(/^GM\d{4}$/, 'a CBS gemeentecode looks like GM0505');
const text = z.string().trim().min(1, 'must not be empty');
const optionalText = z.preprocess(blankToUndefined, text.optional());
const optionalCode = (pattern: RegExp, example: string) => z.preprocess(blankToUndefined, z.string().regex(pattern, `${example}`).optional());

/** A whole number of at least 0, digits only (spaces as thousands separators are tolerated). */
const count = z.preprocess(
  (v) => (typeof v === 'string' ? v.replace(/\s/g, '') : v),
  z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^\d+$/, 'must be a whole number (digits only)')
      .transform((s) => Number(s))
      .optional(),
  ),
);
/** A number of at least 0; a decimal comma (Dutch exports) is read as a point. */
const decimal = z.preprocess(
  blankToUndefined,
  z
    .string()
    .regex(/^\d+([.,]\d+)?$/, 'must be a number, e.g. 1314 or 1314.5')
    .transform((s) => Number(s.replace(',', '.')))
    .optional(),
);
const isoDate = optionalCode(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2024-01-01');
const year = z.string().regex(/^\d{4}$/, 'must be a year like 2019').transform((s) => Number(s));

/** One gemeente as a reference file states it. Every field but code and name is optional. */
const gemeenteRowSchema = z
  .object({
    code: cbsCode,
    name: text,
    provincie: optionalText,
    provinciecode: optionalCode(/^PV\d{2}$/, 'a provinciecode looks like PV27'),
    inwoners: count,
    inwoners_peildatum: isoDate,
    stedelijkheid: z.preprocess(
      blankToUndefined,
      z
        .string()
        .regex(/^[1-5]$/, 'stedelijkheid is 1 (zeer sterk stedelijk) to 5 (niet stedelijk)')
        .transform((s) => Number(s))
        .optional(),
    ),
    arbeidsmarktregio: optionalText,
    jeugdzorgregio: optionalText,
    corop_code: optionalCode(/^CR\d{2}$/, 'a COROP code looks like CR03'),
    corop_naam: optionalText,
    veiligheidsregio_code: optionalCode(/^VR\d{2}$/, 'a veiligheidsregio code looks like VR01'),
    veiligheidsregio_naam: optionalText,
    oppervlakte_totaal_ha: count,
    oppervlakte_land_ha: count,
    oppervlakte_water_ha: count,
    bevolkingsdichtheid_per_km2_land: decimal,
    mannen: count,
    vrouwen: count,
  })
  .strict()
  .superRefine((row, ctx) => {
    // A region is named by code and name together: one without the other says too little.
    for (const [code, name] of [
      ['corop_code', 'corop_naam'],
      ['veiligheidsregio_code', 'veiligheidsregio_naam'],
    ] as const) {
      if (!row[code] !== !row[name]) ctx.addIssue({ code: z.ZodIssueCode.custom, path: [row[code] ? name : code], message: `${code} and ${name} go together` });
    }
  });
export type GemeenteRow = z.infer<typeof gemeenteRowSchema>;

const herindelingRowSchema = z
  .object({
    year,
    old_code: cbsCode,
    old_name: text,
    new_code: cbsCode,
    new_name: text,
  })
  .strict();
export type HerindelingRow = z.infer<typeof herindelingRowSchema>;

const herindelingSourceRowSchema = z
  .object({
    year,
    old_code: cbsCode,
    new_code: cbsCode,
    source_key: z.string().regex(/^[a-z0-9]+$/, 'a source key is lower-case letters and digits, e.g. blik2019'),
    /** How the row was checked when the file was assembled (a note, not a fact). */
    code_pair_in_kargeotool_sql: optionalText,
  })
  .strict();
export type HerindelingSourceRow = z.infer<typeof herindelingSourceRowSchema>;

/** A parsed row with the line it stands on and that line's verbatim text (the provenance quote). */
export interface Located<T> {
  row: T;
  line: number;
  raw: string;
}

export type ReferenceFile =
  | { kind: 'GEMEENTEN'; columns: string[]; header: string; rows: Located<GemeenteRow>[] }
  | { kind: 'HERINDELINGEN'; columns: string[]; header: string; rows: Located<HerindelingRow>[] }
  | { kind: 'HERINDELING_SOURCES'; columns: string[]; header: string; rows: Located<HerindelingSourceRow>[] };

type Kind = ReferenceFile['kind'];

const SCHEMAS = {
  GEMEENTEN: gemeenteRowSchema,
  HERINDELINGEN: herindelingRowSchema,
  HERINDELING_SOURCES: herindelingSourceRowSchema,
} satisfies Record<Kind, z.ZodTypeAny>;

const KNOWN_COLUMNS: Record<Kind, string[]> = {
  GEMEENTEN: Object.keys(gemeenteRowSchema.innerType().shape),
  HERINDELINGEN: Object.keys(herindelingRowSchema.shape),
  HERINDELING_SOURCES: Object.keys(herindelingSourceRowSchema.shape),
};
const REQUIRED_COLUMNS: Record<Kind, string[]> = {
  GEMEENTEN: ['code', 'name'],
  HERINDELINGEN: KNOWN_COLUMNS.HERINDELINGEN,
  HERINDELING_SOURCES: ['year', 'old_code', 'new_code', 'source_key'],
};

const MAX_PROBLEMS = 50;

function kindOf(columns: string[]): Kind {
  if (columns.includes('source_key')) return 'HERINDELING_SOURCES';
  if (columns.includes('old_code') || columns.includes('new_code')) return 'HERINDELINGEN';
  return 'GEMEENTEN';
}

/** The text of a file that must be CSV: refuses binary content (NUL bytes, invalid UTF-8). */
function decode(file: string, content: string | Uint8Array): string {
  if (typeof content === 'string') {
    if (content.includes('\u0000')) throw new ReferenceFileError(file, ['the file is binary, not CSV text']);
    return content;
  }
  if (content.includes(0)) throw new ReferenceFileError(file, ['the file is binary, not CSV text']);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    throw new ReferenceFileError(file, ['the file is not UTF-8 text (binary, or another encoding); save it as UTF-8 CSV']);
  }
}

export function parseReferenceCsv(file: string, content: string | Uint8Array): ReferenceFile {
  const body = decode(file, content).replace(/^\uFEFF/, '');
  if (!body.trim()) throw new ReferenceFileError(file, ['the file is empty']);
  const lines = body.split(/\r?\n/);
  const header = lines[0]!;
  const delimiter = header.includes(';') && !header.includes(',') ? ';' : ',';
  let columns: string[] = [];
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse<Record<string, string>>(body, {
      columns: (names: string[]) => (columns = names.map((h) => h.trim())),
      delimiter,
      skip_empty_lines: true,
      trim: true,
      info: true,
    }) as unknown as typeof records;
  } catch (e) {
    throw new ReferenceFileError(file, [`not readable as CSV: ${(e as Error).message}`]);
  }

  const kind = kindOf(columns);
  const problems: string[] = [];
  const known = KNOWN_COLUMNS[kind];
  const unknown = columns.filter((c) => !known.includes(c));
  if (unknown.length) problems.push(`line 1: unknown column(s) ${unknown.map((c) => `"${c}"`).join(', ')}; the known columns are ${known.join(', ')}`);
  const twice = columns.filter((c, i) => columns.indexOf(c) !== i);
  if (twice.length) problems.push(`line 1: column(s) ${[...new Set(twice)].join(', ')} stand twice`);
  for (const required of REQUIRED_COLUMNS[kind]) {
    if (!columns.includes(required)) problems.push(`line 1: the column "${required}" is missing`);
  }
  if (problems.length) throw new ReferenceFileError(file, problems);
  if (records.length === 0) throw new ReferenceFileError(file, ['the file has a header but no rows']);

  const schema: z.ZodTypeAny = SCHEMAS[kind];
  const rows: Located<unknown>[] = [];
  for (const { record, info } of records) {
    const line = info.lines;
    const raw = (lines[line - 1] ?? '').trim();
    const res = schema.safeParse(record);
    if (!res.success) {
      for (const issue of res.error.issues) problems.push(`line ${line}, column "${issue.path.join('.') || '(row)'}": ${issue.message}`);
      continue;
    }
    // The line is the quote of the facts it states: one line, at most a quote long.
    if (Object.values(record).some((v) => /[\r\n]/.test(v))) {
      problems.push(`line ${line}: a value spans more than one line`);
      continue;
    }
    if (raw.length > QUOTE_MAX_LENGTH) {
      problems.push(`line ${line}: the line is longer than ${QUOTE_MAX_LENGTH} characters, too long to quote as the evidence of its facts`);
      continue;
    }
    // Keys of empty cells are left out: "not in this file".
    const row = Object.fromEntries(Object.entries(res.data as Record<string, unknown>).filter(([, v]) => v !== undefined));
    rows.push({ row, line, raw });
  }
  if (kind === 'GEMEENTEN') {
    const seen = new Map<string, number>();
    for (const r of rows as Located<GemeenteRow>[]) {
      const prior = seen.get(r.row.code);
      if (prior !== undefined) problems.push(`line ${r.line}: gemeentecode ${r.row.code} stands twice (also on line ${prior})`);
      seen.set(r.row.code, r.line);
    }
  }
  if (problems.length) {
    throw new ReferenceFileError(file, problems.length > MAX_PROBLEMS ? [...problems.slice(0, MAX_PROBLEMS), `… and ${problems.length - MAX_PROBLEMS} more`] : problems);
  }
  return { kind, columns, header: header.trim(), rows } as ReferenceFile;
}
