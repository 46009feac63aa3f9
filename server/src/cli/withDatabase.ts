/** Shared start-up of the command-line tools: config, Neo4j (local or NEO4J_URI), migrations. */
import { ConfigError, loadConfig, type Config } from '../config.js';
import { connectNeo4j, StartupError } from '../app/startKennisgraaf.js';
import { MigrationChecksumError, migrate } from '../db/migrations.js';
import type { Database } from '../db/database.js';
import { LocalNeo4jError } from '../../../neo4j/neo4j-local.js';
import { SeedValidationError } from '../seed/validateSeed.js';
import { KennisgraafError } from '../domain/errors.js';

export const say = (m: string) => process.stderr.write(`[kennisgraaf] ${m}\n`);

export async function withDatabase(work: (db: Database, config: Config) => Promise<void>): Promise<void> {
  try {
    const config = loadConfig();
    const { db, neo4j } = await connectNeo4j(config, say);
    try {
      await migrate(db);
      await work(db, config);
    } finally {
      await db.close();
      if (neo4j?.startedHere) await neo4j.stop();
    }
  } catch (e) {
    if ([ConfigError, LocalNeo4jError, StartupError, SeedValidationError, KennisgraafError, MigrationChecksumError].some((c) => e instanceof c)) {
      say((e as Error).message);
    } else {
      say(String((e as Error).stack ?? e));
    }
    process.exit(1);
  }
}
