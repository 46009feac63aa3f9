/** `npm run import -- file.json`: load an exported graph (one transaction; all or nothing). */
import fs from 'node:fs';
import { importGraph } from '../db/importGraph.js';
import { say, withDatabase } from './withDatabase.js';

const file = process.argv[2];
if (!file) {
  say('Usage: npm run import -- <file.json>');
  process.exit(2);
}
await withDatabase(async (db) => {
  const s = await importGraph(db, JSON.parse(fs.readFileSync(file, 'utf8')) as unknown);
  say(`Imported ${s.entities} entities, ${s.relations} relationships and ${s.sources} sources from ${file}.`);
});
