/**
 * Where the local Neo4j lives and listens: the defaults, and the environment variables that change
 * them (NEO4J_HOME, NEO4J_BOLT_PORT, NEO4J_HTTP_PORT; NEO4J_URI means "use that server, start none").
 * The server's configuration (server/src/config.ts, which validates them) and the launcher's
 * command line (neo4j/cli.ts) both read them from here, so neither imports the other.
 */
import path from 'node:path';
import { REPO_ROOT } from './repoRoot.js';

export const LOCAL_NEO4J_DEFAULTS = { boltPort: 7687, httpPort: 7474, home: path.join(REPO_ROOT, '.neo4j', 'local') } as const;

export interface LocalNeo4jSettings {
  /** Set: Kennisgraaf uses that server and manages no local one. */
  uri: string | undefined;
  home: string;
  boltPort: number;
  httpPort: number;
}

const port = (value: string | undefined, variable: string, def: number): number => {
  if (value === undefined || value === '') return def;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 65535) throw new Error(`${variable} must be a port number (1–65535), got ${JSON.stringify(value)}. See the configuration table in README.md.`);
  return n;
};

export function localNeo4jSettings(env: NodeJS.ProcessEnv = process.env): LocalNeo4jSettings {
  return {
    uri: env.NEO4J_URI || undefined,
    home: path.resolve(env.NEO4J_HOME || LOCAL_NEO4J_DEFAULTS.home),
    boltPort: port(env.NEO4J_BOLT_PORT, 'NEO4J_BOLT_PORT', LOCAL_NEO4J_DEFAULTS.boltPort),
    httpPort: port(env.NEO4J_HTTP_PORT, 'NEO4J_HTTP_PORT', LOCAL_NEO4J_DEFAULTS.httpPort),
  };
}
