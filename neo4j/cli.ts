/**
 * `npm run db:start | db:stop | db:status`: the local Neo4j as a background service, for people
 * who want it running between `npm start`s (npm start reuses it). Same folder and ports as npm start
 * (supervisor/localNeo4jSettings.ts); the launcher is a tool beside the server and reads no server
 * configuration.
 */
import { localNeo4jSettings } from '../supervisor/localNeo4jSettings.js';
import { LocalNeo4jError, localStatus, readPassword, startLocalNeo4j, stopLocalNeo4j } from './neo4j-local.js';

const say = (m: string) => process.stderr.write(`[neo4j] ${m}\n`);

async function main(command: string | undefined): Promise<void> {
  const neo4j = localNeo4jSettings();
  if (neo4j.uri) {
    say(`NEO4J_URI is set (${neo4j.uri}); Kennisgraaf uses that server and manages no local one.`);
    return;
  }
  switch (command) {
    case 'start': {
      const running = await startLocalNeo4j({ home: neo4j.home, boltPort: neo4j.boltPort, httpPort: neo4j.httpPort, detached: true, log: say });
      say(`Running (pid ${running.pid}) at ${running.uri}; user neo4j, password in ${neo4j.home}/data/kennisgraaf.password. Stop with: npm run db:stop`);
      return;
    }
    case 'stop':
      say((await stopLocalNeo4j(neo4j.home)) ? 'Stopped.' : 'Not running.');
      return;
    case 'status': {
      const s = localStatus(neo4j.home);
      say(s.running ? `Running (pid ${s.pid}) on bolt://127.0.0.1:${neo4j.boltPort}.` : 'Not running.');
      if (s.running && readPassword(neo4j.home)) say(`Password file: ${neo4j.home}/data/kennisgraaf.password`);
      return;
    }
    default:
      say('Usage: tsx neo4j/cli.ts start|stop|status');
      process.exitCode = 2;
  }
}

main(process.argv[2]).catch((e: unknown) => {
  say(e instanceof LocalNeo4jError || /README\.md/.test((e as Error).message) ? (e as Error).message : String((e as Error).stack ?? e));
  process.exit(1);
});
