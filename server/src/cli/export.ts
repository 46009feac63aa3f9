/** `npm run export -- file.json`: the whole graph with provenance as one JSON document. */
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
  fs.writeFileSync(file, `${JSON.stringify(doc, null, 2)}\n`);
  say(`Exported ${doc.entities.length} entities, ${doc.relations.length} relationships and ${doc.sources.length} sources to ${file}.`);
});
