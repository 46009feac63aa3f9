/**
 * Quotes that do not stand verbatim in their article. Article texts are not part of the project;
 * they are read from a folder (../shared/seeds, or SEED_TEXTS) when it is there.
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

/** Per article file: the facts whose quote is not in the article text ("<fact>: <quote>"). */
export function findUnquotedQuotes(files: SeedFile[], textsDir: string): Map<string, string[]> {
  const sources = ((files.find((f) => f.name === 'sources.json')?.content as { sources?: { id: string; file?: string | null }[] })?.sources ?? []);
  const out = new Map<string, string[]>();
  for (const f of files.filter((x) => x.name.startsWith('articles/'))) {
    const a = f.content as ArticleLike;
    const file = sources.find((s) => s.id === a.source)?.file;
    if (!file) {
      out.set(f.name, [`source ${a.source} names no article file`]);
      continue;
    }
    const text = fold(fs.readFileSync(path.join(textsDir, file), 'utf8'));
    const facts = [...a.entities.map((e) => ({ label: e.id, p: e.provenance })), ...a.relations.map((r) => ({ label: `${r.from} ${r.type} ${r.to}`, p: r.provenance }))];
    out.set(
      f.name,
      facts.flatMap((fact) => fact.p.filter((p) => p.source === a.source && !text.includes(fold(p.quote))).map((p) => `${fact.label}: "${p.quote}"`)),
    );
  }
  return out;
}
