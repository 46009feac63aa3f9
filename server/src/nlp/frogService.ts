/**
 * Dutch NLP for the server and the command-line tools: Frog, started on the first article (not at
 * start-up: `npm start` works without Frog, and a server that never takes in an article never
 * loads its models), then kept until `stop()`. Without Frog, `analyse` throws FrogUnavailableError
 * ("Article intake needs Frog: apt-get install frog frogdata").
 */
import { FrogRequestError, analyseWithFrog } from './frogClient.js';
import { startFrog, type RunningFrog } from './frogServer.js';
import type { Sentence } from './alignTokens.js';

export interface DutchNlp {
  analyse(text: string): Promise<Sentence[]>;
  /** Stops Frog if this service started it. */
  stop(): Promise<void>;
}

export interface FrogServiceOptions {
  command: string;
  port: number;
  home: string;
  log?: (message: string) => void;
}

export function createFrogService(opts: FrogServiceOptions): DutchNlp {
  let running: Promise<RunningFrog> | null = null;
  const frog = () => {
    running ??= startFrog(opts).catch((e: unknown) => {
      running = null; // a later article tries again (e.g. after Frog was installed)
      throw e;
    });
    return running;
  };
  return {
    async analyse(text) {
      const f = await frog();
      try {
        return await analyseWithFrog(f.port, text);
      } catch (e) {
        // Frog may have stopped (killed, out of memory): start it again once for this article.
        if (!(e instanceof FrogRequestError)) throw e;
        running = null;
        return analyseWithFrog((await frog()).port, text);
      }
    },
    async stop() {
      const r = running;
      running = null;
      const f = r ? await r.catch(() => null) : null;
      if (f?.startedHere) await f.stop();
    },
  };
}
