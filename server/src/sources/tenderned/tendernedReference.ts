/**
 * What the TenderNed import resolves against, taken from the graph as the seed compiles it (the
 * product's own loader, so ids are the ones the graph has): every gemeente of the CBS reference
 * data, current and dissolved, with its code; the herindelingen; regions and organisations; the
 * bureaus the articles name; and the theme thesaurus with its BROADER links.
 */
import { readSeedFiles } from '../../seed/readSeedFiles.js';
import { validateSeed } from '../../seed/validateSeed.js';
import type { GraphDocument } from '../../domain/graphDocument.js';
import type { GazetteerEntry } from './resolveBuyer.js';
import type { KnownBureau } from './resolveSupplier.js';
import type { ThemeEntry } from './classifySociaalDomein.js';

export interface TendernedReference {
  gazetteer: GazetteerEntry[];
  herindelingen: { oldCode: string; newCode: string }[];
  bureaus: KnownBureau[];
  themes: ThemeEntry[];
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

function tendernedReferenceFrom(doc: GraphDocument): TendernedReference {
  const codeOf = new Map<string, string>();
  const gazetteer: GazetteerEntry[] = [];
  const bureaus: KnownBureau[] = [];
  for (const e of doc.entities) {
    if (e.type === 'MUNICIPALITY' || e.type === 'REGION' || e.type === 'ORGANIZATION') {
      const cbsCode = str(e.properties.cbsCode);
      if (cbsCode) codeOf.set(e.id, cbsCode);
      const dissolvedYear = typeof e.properties.dissolvedYear === 'number' ? e.properties.dissolvedYear : undefined;
      gazetteer.push({ id: e.id, type: e.type, name: e.name, aliases: e.aliases, cbsCode, dissolvedYear, kind: str(e.properties.kind) });
    } else if (e.type === 'CONSULTANCY') {
      bureaus.push({ id: e.id, name: e.name, aliases: e.aliases });
    }
  }
  const broader = new Map<string, string[]>();
  const herindelingen: { oldCode: string; newCode: string }[] = [];
  for (const r of doc.relations) {
    if (r.type === 'BROADER') broader.set(r.from, [...(broader.get(r.from) ?? []), r.to]);
    if (r.type === 'SUCCEEDED_BY' && codeOf.has(r.from) && codeOf.has(r.to)) herindelingen.push({ oldCode: codeOf.get(r.from)!, newCode: codeOf.get(r.to)! });
  }
  const themes = doc.entities.filter((e) => e.type === 'THEME').map((e) => ({ id: e.id, name: e.name, aliases: e.aliases, broader: broader.get(e.id) ?? [] }));
  return { gazetteer, herindelingen, bureaus, themes };
}

/** The reference of a seed folder (the product's `seed/`). Reads files: for the CLI and tests. */
export function readTendernedReference(seedDir: string): TendernedReference {
  return tendernedReferenceFrom(validateSeed(readSeedFiles(seedDir)));
}
