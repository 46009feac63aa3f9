/**
 * `npm run export -- file.json`: the whole graph with provenance as one JSON document. The file
 * holds everything, personal names included, so like a backup it is readable by its owner only
 * (mode 0600), and written under a temporary name first: an existing file is replaced whole (and
 * gets that mode too), never left half-written.
 */
import fs from 'node:fs';
import { exportGraph } from '../db/exportGraph.js';
import { say, withDatabase } from './withDatabase.js';

const file = process.argv[2];
if (!file) {
  say('Usage: npm run export -- <file.json>');
  process.exit(2);
}
await withDatabase(async (db) => {
  const doc = await exportGraph(db);
  const tmp = `${file}.partial`;
  fs.rmSync(tmp, { force: true });
  fs.writeFileSync(tmp, `${JSON.stringify(doc, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  fs.renameSync(tmp, file);
  say(`Exported ${doc.entities.length} entities, ${doc.relations.length} relationships and ${doc.sources.length} sources to ${file}.`);
});
