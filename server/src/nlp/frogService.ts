/**
 * Dutch NLP for the server and the command-line tools: Frog, started on the first article (not at
 * start-up: `npm start` works without Frog, and a server that never takes in an article never
 * loads its models), then kept until `stop()`. Without Frog, `analyse` throws a FrogError
 * (frogErrors.ts) whose `reason` says why. An article gets at most `timeoutMs` of Frog's time: then
 * its worker is stopped (frogWorkers.ts) and `analyse` throws FrogTimeoutError.
 */
import { analyseWithFrog } from './frogClient.js';
import { FrogRequestError } from './frogErrors.js';
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
  /** Frog's time budget per article (INTAKE_NLP_TIMEOUT_MS). */
  timeoutMs: number;
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
  const analyse = (f: RunningFrog, text: string) => analyseWithFrog(f.port, text, { timeoutMs: opts.timeoutMs, onTimeout: (clientPort) => f.stopWorker(clientPort) });
  return {
    async analyse(text) {
      const f = await frog();
      try {
        return await analyse(f, text);
      } catch (e) {
        // Frog may have stopped (killed, out of memory): start it again once for this article.
        // Not after a timeout: the article itself is too much work, and would be again.
        if (!(e instanceof FrogRequestError)) throw e;
        running = null;
        return analyse(await frog(), text);
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
