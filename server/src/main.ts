/**
 * `npm start`: start Neo4j (unless NEO4J_URI), migrate, seed an empty database, serve on PORT.
 * Ctrl-C stops the server and the Neo4j it started. Failures a user can fix print one paragraph.
 */
import { ConfigError, loadConfig } from './config.js';
import { createLogger } from './logging/logger.js';
import { StartupError, startKennisgraaf } from './app/startKennisgraaf.js';
import { LocalNeo4jError } from '../../neo4j/neo4j-local.js';
import { SeedValidationError } from './seed/validateSeed.js';

const say = (m: string) => process.stderr.write(`[kennisgraaf] ${m}\n`);

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const app = await startKennisgraaf(config, logger, say);
  say(`Kennisgraaf runs at ${app.url}/  —  GraphiQL: ${app.url}/graphql  —  Ctrl-C stops it.`);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`${signal}: stopping…`);
    await app.stop();
    say('Stopped.');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((e: unknown) => {
  if (e instanceof ConfigError || e instanceof LocalNeo4jError || e instanceof StartupError || e instanceof SeedValidationError) {
    say(`Could not start.\n${e.message}`);
  } else {
    say(`Could not start: ${(e as Error).stack ?? String(e)}`);
  }
  process.exit(1);
});
