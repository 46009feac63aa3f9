/**
 * The one record every TenderNed reader returns, whatever the format (the publication JSON, the
 * bulk Excel workbook, OCDS release packages): the rest of the import — buyer and supplier
 * resolution, classification, the plan — never sees a format. A new format is one reader module
 * that returns these. Pure.
 */

/** An award notice names who got the work; an open call only asks for it. */
type PublicationType = 'AWARD' | 'OPEN_CALL';

export interface TenderSupplier {
  /** As the notice writes it ("Berenschot Groep B.V."); may name a consortium. */
  name: string;
  /** The KvK number (8 digits) where the format has it. */
  kvk: string | null;
}

export interface TenderAward {
  supplier: TenderSupplier;
  /** ISO date of the award ("Datum gunning"), where the format has it. */
  date: string | null;
  value: { amount: number; currency: string } | null;
}

export interface TenderRecord {
  /** TenderNed's publication id ("ID publicatie"). */
  id: string;
  /** The publication's public page. */
  url: string;
  type: PublicationType;
  title: string;
  description: string;
  buyer: {
    /** As the contracting authority wrote it ("Gemeente Apeldoorn, team inkoop"). */
    name: string;
    /** Its national id (OIN or KvK) where the format has it. */
    nationalId: string | null;
  };
  /** One per awarded lot or company; empty for an open call and for an award notice that names nobody. */
  awards: TenderAward[];
  /** ISO date (YYYY-MM-DD). */
  publicationDate: string;
  /** CPV codes, 8 digits without the check digit ("79411000"); empty where the format has none. */
  cpvCodes: string[];
  /** Where the record stands in its file, for messages: "record 12", "row 5", "releases[3]". */
  location: string;
}

/** TenderNed's public page of a publication. */
export const tenderNedUrl = (id: string): string => `https://www.tenderned.nl/aankondigingen/overzicht/${id}`;

export interface TenderFileProblem {
  /** "record 12 (id 6104)", "row 5", "line 3", "releases[2].awards[0]". */
  location: string;
  reason: string;
}

/** A file that is not a valid TenderNed file of its format: refused whole, nothing is planned from it. */
export class TenderFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: TenderFileProblem[],
  ) {
    const shown = problems.slice(0, 20).map((p) => `- ${p.location}: ${p.reason}`);
    if (problems.length > 20) shown.push(`- … and ${problems.length - 20} more`);
    super(`${file} is not a valid TenderNed file; nothing was imported:\n${shown.join('\n')}`);
    this.name = 'TenderFileError';
  }
}

/** A CPV code as TenderNed and OCDS write it ("79411000-8", "79411000") → its 8 digits, or null. */
export function cpvDigits(code: string): string | null {
  const m = /^(\d{8})(-\d)?$/.exec(code.trim());
  return m ? m[1]! : null;
}

/** The day of a date or date-time ("2019-03-01T12:00:00Z" → "2019-03-01"; a Dutch "01-03-2019" too), or null. */
export function isoDay(value: unknown): string | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value !== 'string') return null;
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(value.trim());
  if (m) return m[1]!;
  const nl = /^(\d{2})-(\d{2})-(\d{4})$/.exec(value.trim());
  return nl ? `${nl[3]}-${nl[2]}-${nl[1]}` : null;
}
