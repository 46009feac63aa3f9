/**
 * Boots the product: a Neo4j (the one NEO4J_URI names, or a local one this process starts),
 * migrations, the seed graph on an empty database, and the HTTP server. Used by `npm start` and
 * by the tests, so that what is tested is what runs.
 */
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from '../config.js';
import { Database } from '../db/database.js';
import { MigrationChecksumError, migrate } from '../db/migrations.js';
import { isGraphEmpty, seedGraph } from '../db/seedGraph.js';
import { createKennisgraafYoga, type KennisgraafYoga } from '../graphql/createYoga.js';
import { createHttpServer } from '../http/createHttpServer.js';
import { releaseIntakeNlp } from '../nlp/intakeNlp.js';
import type { Logger } from '../logging/logger.js';
import { startLocalNeo4j, type RunningNeo4j } from '../../../neo4j/neo4j-local.js';

export interface RunningKennisgraaf {
  url: string;
  db: Database;
  yoga: KennisgraafYoga;
  server: http.Server;
  neo4j: RunningNeo4j | null;
  stop(): Promise<void>;
}

export class StartupError extends Error {}

/** Connects to NEO4J_URI, or starts (or reuses) the local server. */
export async function connectNeo4j(config: Config, progress: (m: string) => void): Promise<{ db: Database; neo4j: RunningNeo4j | null }> {
  const n = config.neo4j;
  if (n.uri) {
    const db = new Database({ uri: n.uri, user: n.user, password: n.password ?? '', database: n.database, queryTimeoutMs: config.limits.queryTimeoutMs, maxConnections: n.maxConnections });
    const ping = await db.ping();
    if (!ping.ok) {
      await db.close();
      throw new StartupError(`Cannot reach the Neo4j at NEO4J_URI=${n.uri}: ${ping.reason}\nCheck the address, NEO4J_USER and NEO4J_PASSWORD, or unset NEO4J_URI to let Kennisgraaf start its own Neo4j.`);
    }
    return { db, neo4j: null };
  }
  const neo4j = await startLocalNeo4j({ home: n.home, boltPort: n.boltPort, httpPort: n.httpPort, log: progress });
  const db = new Database({ uri: neo4j.uri, user: neo4j.user, password: neo4j.password, database: n.database, queryTimeoutMs: config.limits.queryTimeoutMs, maxConnections: n.maxConnections });
  return { db, neo4j };
}

export async function startKennisgraaf(config: Config, logger: Logger, progress: (m: string) => void = () => {}): Promise<RunningKennisgraaf> {
  const { db, neo4j } = await connectNeo4j(config, progress);
  const cleanup = async () => {
    await db.close();
    if (neo4j?.startedHere) await neo4j.stop();
  };
  try {
    progress('Applying database migrations…');
    await migrate(db).catch((e: unknown) => {
      // A user-facing refusal (an edited migration), not a crash: one paragraph, no stack trace.
      throw e instanceof MigrationChecksumError ? new StartupError(`${e.message}\nThe server did not start; the database was not changed.`) : e;
    });
    if (config.seedOnEmpty && (await isGraphEmpty(db))) {
      progress('Empty database: loading the seed graph…');
      const s = await seedGraph(db, config.seedDir);
      progress(`Loaded ${s.entities} entities, ${s.relations} relationships and ${s.sources} sources.`);
    }
    const yoga = createKennisgraafYoga({ db, config, logger });
    const server = createHttpServer(yoga, config.webDist, { requestMaxBytes: config.requestMaxBytes });
    await new Promise<void>((resolve, reject) => {
      server.once('error', (e: NodeJS.ErrnoException) =>
        reject(e.code === 'EADDRINUSE' ? new StartupError(`Port ${config.port} is already in use. Stop the program that uses it, or start with another port: PORT=4001 npm start`) : e),
      );
      server.listen(config.port, config.host, () => resolve());
    });
    const { port } = server.address() as AddressInfo;
    const host = config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host;
    return {
      url: `http://${host}:${port}`,
      db,
      yoga,
      server,
      neo4j,
      stop: async () => {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
        await releaseIntakeNlp(config);
        await cleanup();
      },
    };
  } catch (e) {
    await cleanup();
    throw e;
  }
}
