/** Validates an exported document and writes it in one transaction ('overwrite': the file wins). */
import type { Database } from './database.js';
import { graphDocumentSchema } from '../domain/graphDocument.js';
import { badInput } from '../domain/errors.js';
import { writeGraph, type WriteSummary } from './writeGraph.js';

export async function importGraph(db: Database, json: unknown): Promise<WriteSummary> {
  const parsed = graphDocumentSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 10).map((i) => `- ${i.path.join('.')}: ${i.message}`);
    throw badInput(`Not a Kennisgraaf graph export; nothing was imported.\n${issues.join('\n')}`);
  }
  return writeGraph(db, parsed.data, 'overwrite');
}
