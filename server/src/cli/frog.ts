/**
 * `npm run frog:start | frog:stop | frog:status`: the Frog server of article intake as a background
 * service (FROG_PORT, FROG_HOME), for people who run `npm run intake` or `npm run eval:intake` often:
 * they then use it instead of loading Frog's models (5–15 s) each time. `npm start` uses it too.
 */
import { loadConfig } from '../config.js';
import { FrogError } from '../nlp/frogErrors.js';
import { frogStatus, startFrog, stopFrog } from '../nlp/frogServer.js';

const say = (m: string) => process.stderr.write(`[frog] ${m}\n`);

async function main(command: string | undefined): Promise<void> {
  const { intake } = loadConfig();
  switch (command) {
    case 'start': {
      const f = await startFrog({ command: intake.frogCommand, port: intake.frogPort, home: intake.frogHome, detached: true, log: say });
      say(`Running (pid ${f.pid}) on port ${f.port}. Stop with: npm run frog:stop`);
      return;
    }
    case 'stop':
      say((await stopFrog(intake.frogHome)) ? 'Stopped.' : 'Not running.');
      return;
    case 'status': {
      const s = frogStatus(intake.frogHome);
      say(s.running ? `Running (pid ${s.pid}) on port ${s.port}.` : 'Not running.');
      return;
    }
    default:
      say('Usage: tsx server/src/cli/frog.ts start|stop|status');
      process.exitCode = 2;
  }
}

main(process.argv[2]).catch((e: unknown) => {
  say(e instanceof FrogError ? e.message : String((e as Error).stack ?? e));
  process.exit(1);
});
