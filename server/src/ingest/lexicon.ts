/**
 * The names intake recognises: every entity the graph knows (gemeenten — all of them, dissolved
 * ones too —, regions, bureaus, people, organisations, themes), from the database when one is at
 * hand, else from seed/ (which holds the CBS reference data and the curated facts).
 */
import path from 'node:path';
import type { Database } from '../db/database.js';
import type { GraphDocument } from '../domain/graphDocument.js';
import { readSeedFiles } from '../seed/readSeedFiles.js';
import { validateSeed } from '../seed/validateSeed.js';
import type { LexiconEntry } from './intakeTypes.js';

export function lexiconFromDocument(doc: GraphDocument, opts: { withoutSource?: string } = {}): LexiconEntry[] {
  return doc.entities
    .filter((e) => e.type !== 'ENGAGEMENT')
    .filter((e) => !opts.withoutSource || !e.provenance.every((p) => p.source === opts.withoutSource))
    .map((e) => ({ id: e.id, type: e.type, name: e.name, aliases: e.aliases, kind: typeof e.properties.kind === 'string' ? e.properties.kind : null }));
}

export function lexiconFromSeed(seedDir: string, opts: { withoutSource?: string } = {}): LexiconEntry[] {
  return lexiconFromDocument(validateSeed(readSeedFiles(path.resolve(seedDir))), opts);
}

const LEXICON = `
  MATCH (n:Entity) WHERE n.type <> 'ENGAGEMENT'
  RETURN n.id AS id, n.type AS type, n.name AS name, coalesce(n.aliases, []) AS aliases, n.kind AS kind`;

export async function lexiconFromGraph(db: Database): Promise<LexiconEntry[]> {
  return db.read<LexiconEntry & Record<string, unknown>>('intakeLexicon', LEXICON);
}
