/** Validates an exported document and writes it in one transaction ('overwrite': the file wins), with its audit entry. */
import type { Database } from './database.js';
import { graphDocumentSchema } from '../domain/graphDocument.js';
import { badInput } from '../domain/errors.js';
import { writeGraphInTx, type WriteSummary } from './writeGraph.js';
import { SYSTEM_AUDIT, recordAudit, type AuditContext } from './audit.js';

export async function importGraph(db: Database, json: unknown, audit: AuditContext = SYSTEM_AUDIT): Promise<WriteSummary> {
  const parsed = graphDocumentSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 10).map((i) => `- ${i.path.join('.')}: ${i.message}`);
    throw badInput(`Not a Kennisgraaf graph export; nothing was imported.\n${issues.join('\n')}`);
  }
  // One audit entry for the whole import (a bulk write names no single entity): what was written.
  return db.write('importGraph', async (tx) => {
    const summary = await writeGraphInTx(tx, parsed.data, 'overwrite');
    await recordAudit(tx, audit, { operation: 'import', after: summary });
    return summary;
  });
}
