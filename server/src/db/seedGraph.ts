/** Validates the seed folder and loads it in one transaction ('keep' mode: never overwrites or deletes). */
import type { Database } from './database.js';
import { readSeedFiles } from '../seed/readSeedFiles.js';
import { validateSeed } from '../seed/validateSeed.js';
import { writeGraph, type WriteSummary } from './writeGraph.js';

const COUNT_ENTITIES = 'MATCH (n:Entity) RETURN count(n) AS count';

export async function seedGraph(db: Database, seedDir: string): Promise<WriteSummary> {
  const doc = validateSeed(readSeedFiles(seedDir));
  return writeGraph(db, doc, 'keep');
}

export async function isGraphEmpty(db: Database): Promise<boolean> {
  const [row] = await db.read<{ count: number }>('countEntities', COUNT_ENTITIES);
  return (row?.count ?? 0) === 0;
}
