/** `npm run seed`: validate seed/ and load it (idempotent; never overwrites or deletes). */
import { seedGraph } from '../db/seedGraph.js';
import { say, withDatabase } from './withDatabase.js';

await withDatabase(async (db, config) => {
  const s = await seedGraph(db, config.seedDir);
  say(`Seed loaded: ${s.entities} entities, ${s.relations} relationships, ${s.sources} sources (existing facts kept).`);
});
