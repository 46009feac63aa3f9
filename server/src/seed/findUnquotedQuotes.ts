/**
 * Quotes that do not stand in the text of their source. The texts are part of the seed, named by
 * each source's `text`, so every clone can check every quote:
 * - an article (`texts/<source id>.txt`): the quote stands verbatim in it (whitespace folded);
 * - reference data (`reference/<file>.csv`): the quote is one whole line of the file, the line
 *   that states the fact.
 * Facts citing a source without a text (other registers: the thesaurus, wetten.overheid.nl, the
 * gemeenschappelijke regelingen) are not checked here.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { GraphDocument } from '../domain/graphDocument.js';

const fold = (s: string) => s.replace(/\s+/g, ' ').trim();

interface SourceText {
  /** Does the quote stand in the text? */
  has(quote: string): boolean;
}

function loadText(file: string, seedDir: string): SourceText | null {
  const textPath = path.join(seedDir, file);
  if (!fs.existsSync(textPath)) return null;
  const text = fs.readFileSync(textPath, 'utf8');
  if (file.endsWith('.csv')) {
    const lines = new Set(text.split(/\r?\n/).map((l) => l.trim()));
    return { has: (quote) => lines.has(quote.trim()) };
  }
  const folded = fold(text);
  return { has: (quote) => folded.includes(fold(quote)) };
}

/**
 * Per source text (`texts/<id>.txt`, `reference/<file>.csv`): the facts whose quote is not in it
 * ("<fact>: <quote>"), or that the text is missing. `seedDir` is the seed folder.
 */
export function findUnquotedQuotes(doc: GraphDocument, seedDir: string): Map<string, string[]> {
  const textOf = new Map<string, string>();
  for (const s of doc.sources) if (typeof s.properties.text === 'string') textOf.set(s.id, s.properties.text);
  const texts = new Map<string, SourceText | null>();
  const out = new Map<string, string[]>();
  for (const file of new Set(textOf.values())) {
    const text = loadText(file, seedDir);
    texts.set(file, text);
    out.set(file, text ? [] : [`the text ${file} is missing (named by source ${[...textOf].filter(([, f]) => f === file).map(([id]) => id).join(', ')})`]);
  }
  // An article is only evidence with its text at hand.
  for (const s of doc.sources) {
    if (s.kind !== 'REGISTER' && !textOf.has(s.id)) out.set(`texts/${s.id}.txt`, [`source ${s.id} names no text (field "text" in sources.json)`]);
  }
  const facts = [
    ...doc.entities.map((e) => ({ label: e.id, provenance: e.provenance })),
    ...doc.relations.map((r) => ({ label: `${r.from} ${r.type} ${r.to}`, provenance: r.provenance })),
  ];
  for (const fact of facts) {
    for (const p of fact.provenance) {
      const file = textOf.get(p.source);
      const text = file ? texts.get(file) : undefined;
      if (!file || !text || text.has(p.quote)) continue;
      out.get(file)!.push(`${fact.label}: "${p.quote}" (${p.source})`);
    }
  }
  return out;
}
