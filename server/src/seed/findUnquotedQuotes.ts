/**
 * Quotes that do not stand verbatim in their article. The article texts are part of the seed
 * (`seed/texts/<source id>.txt`, named by the source's `text`), so every clone can check them.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { SeedFile } from './validateSeed.js';

const fold = (s: string) => s.replace(/\s+/g, ' ').trim();

interface ArticleLike {
  source: string;
  entities: { id: string; provenance: { source: string; quote: string }[] }[];
  relations: { from: string; type: string; to: string; provenance: { source: string; quote: string }[] }[];
}

/** Per article file: the facts whose quote is not in the article text ("<fact>: <quote>"); `seedDir` is the seed/ folder. */
export function findUnquotedQuotes(files: SeedFile[], seedDir: string): Map<string, string[]> {
  const sources = ((files.find((f) => f.name === 'sources.json')?.content as { sources?: { id: string; text?: string | null }[] })?.sources ?? []);
  const out = new Map<string, string[]>();
  for (const f of files.filter((x) => x.name.startsWith('articles/'))) {
    const a = f.content as ArticleLike;
    const file = sources.find((s) => s.id === a.source)?.text;
    if (!file) {
      out.set(f.name, [`source ${a.source} names no article text (field "text" in sources.json)`]);
      continue;
    }
    const textPath = path.join(seedDir, file);
    if (!fs.existsSync(textPath)) {
      out.set(f.name, [`the article text ${file} of source ${a.source} is missing`]);
      continue;
    }
    const text = fold(fs.readFileSync(textPath, 'utf8'));
    const facts = [...a.entities.map((e) => ({ label: e.id, p: e.provenance })), ...a.relations.map((r) => ({ label: `${r.from} ${r.type} ${r.to}`, p: r.provenance }))];
    out.set(
      f.name,
      facts.flatMap((fact) => fact.p.filter((p) => p.source === a.source && !text.includes(fold(p.quote))).map((p) => `${fact.label}: "${p.quote}"`)),
    );
  }
  return out;
}
