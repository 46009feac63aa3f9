import type { Provenance } from '../../api/types';
import type { ExportedGraph } from './exportProvenance';

const HEADER = ['element', 'id', 'type', 'label', 'source', 'target', 'year', 'quote', 'source_id', 'source_title', 'publisher', 'date', 'url'];

function cell(v: unknown): string {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n\r;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function rows(base: unknown[], provenance: Provenance[]): unknown[][] {
  if (provenance.length === 0) return [[...base, '', '', '', '', '', '']];
  return provenance.map((p) => [...base, p.quote, p.source.id, p.source.title, p.source.publisher, p.source.date, p.source.url]);
}

/** One row per fact and quote (a fact with two sources gives two rows), so every line names its source. */
export function toCsv(g: ExportedGraph): string {
  const lines: unknown[][] = [HEADER];
  for (const n of g.nodes) lines.push(...rows(['node', n.id, n.type, n.label, '', '', n.year ?? ''], n.provenance));
  for (const e of g.edges) lines.push(...rows(['edge', e.id, e.type, e.label, e.source, e.target, ''], e.provenance));
  // A BOM makes Excel read the file as UTF-8 (names like "Creëren").
  return `\uFEFF${lines.map((l) => l.map(cell).join(',')).join('\r\n')}\r\n`;
}
