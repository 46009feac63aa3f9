import type { Provenance, Relation } from '../../api/fragments';

/** One numbered footnote of a report: a quote and the source that states it. */
export interface Footnote {
  number: number;
  quote: string;
  source: Provenance['source'];
  /** For a register (a CBS table): what the cited line is about ("Schiedam"); the footnote says that instead of the raw line. */
  subject?: string;
}

/** A register's quote is a line of its CSV file: a reader gets the table and what the line is about, not the line. */
function isRegister(source: Provenance['source']): boolean {
  return source.kind === 'REGISTER';
}

/** The CBS table id of a register source (`85984NED`), from its StatLine address; null when it has none. */
export function registerTable(source: Provenance['source']): string | null {
  return /\/dataset\/(\w+)/.exec(source.url ?? '')?.[1] ?? null;
}

/**
 * The footnotes of a report, numbered in the order the report first cites them: the same quote from
 * the same source cited twice keeps its first number. Pure; a report builds one per rendering.
 */
export interface Footnotes {
  /** The numbers of these pieces of evidence (new ones get the next numbers); `subject` names what a register line is about. */
  cite: (provenance: readonly Provenance[], subject?: string) => number[];
  /** Every footnote, by number. */
  list: () => Footnote[];
  /** How many different sources the footnotes cite. */
  sourceCount: () => number;
}

export function createFootnotes(): Footnotes {
  const byKey = new Map<string, Footnote>();
  return {
    cite: (provenance, subject) => {
      const numbers: number[] = [];
      for (const p of provenance) {
        const key = `${p.source.id}\u0000${p.quote}`;
        let note = byKey.get(key);
        if (!note) {
          note = { number: byKey.size + 1, quote: p.quote, source: p.source, ...(subject && isRegister(p.source) ? { subject } : {}) };
          byKey.set(key, note);
        }
        if (!numbers.includes(note.number)) numbers.push(note.number);
      }
      return numbers;
    },
    list: () => [...byKey.values()],
    sourceCount: () => new Set([...byKey.values()].map((n) => n.source.id)).size,
  };
}

/** Cites each relationship's evidence, in order: its footnote numbers by relation id. */
export function citeRelations(notes: Footnotes, relations: readonly Relation[]): ReadonlyMap<string, number[]> {
  return new Map(relations.map((r) => [r.id, notes.cite(r.provenance, `${r.from.name} – ${r.to.name}`)]));
}
