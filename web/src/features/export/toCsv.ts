import type { Provenance } from '../../api/fragments';
import type { GraphEdge } from '../../graph/knownGraph';
import type { ExportedGraph } from './exportProvenance';

const HEADER = ['element', 'id', 'type', 'label', 'source', 'target', 'year', 'quote', 'source_id', 'source_title', 'publisher', 'date', 'url'];

function cell(v: string | number | null | undefined): string {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n\r;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
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
  return `\uFEFF${lines.map((l) => l.map(cell).join(',')).join('\r\n')}\r\n`;
}
