/**
 * Frog for the db layer: the global setup starts ONE Frog server per `vitest run` — in the
 * background, on a port the OS says is free, with its own state folder under .frog/test/ — while
 * Neo4j starts, and stops it after the last file. Intake tests wait for it (`useTestFrog`) and pass
 * its port to the server under test; a server finds it through the state file and reuses it. When
 * Frog is not installed, `installed` is false and the intake tests are skipped with a message that
 * says how to install it (.ci/run installs it).
 */
import fs from 'node:fs';
import path from 'node:path';
import { freePort } from '../../neo4j/neo4j-local.js';
import { REPO_ROOT } from '../../server/src/config.js';
import { frogInstalled, startFrog, type RunningFrog } from '../../server/src/nlp/frogServer.js';
import { FROG_INSTALL_HINT } from '../../server/src/nlp/frogErrors.js';
import { requestFrog } from '../../server/src/nlp/frogClient.js';

export interface TestFrog {
  installed: boolean;
  port: number;
  home: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    frog: TestFrog;
  }
}

export const FROG_SKIP_MESSAGE = `Frog is not installed, so the intake tests are skipped. ${FROG_INSTALL_HINT} (and poppler-utils for PDFs).`;

/** Starts Frog in the background; `stop` ends it and removes its folder. */
export async function startTestFrog(): Promise<{ conn: TestFrog; stop: () => Promise<void> }> {
  const command = process.env.FROG_COMMAND ?? 'frog';
  const home = path.join(REPO_ROOT, '.frog', 'test', `run-${process.pid}-${Date.now()}`);
  const conn: TestFrog = { installed: frogInstalled(command), port: await freePort(), home };
  if (!conn.installed) return { conn, stop: async () => {} };
  const running: Promise<RunningFrog | null> = startFrog({ command, port: conn.port, home, log: (m) => process.stderr.write(`[test-frog] ${m}\n`) }).catch(
    (e: unknown) => {
      process.stderr.write(`[test-frog] ${(e as Error).message}\n`);
      return null;
    },
  );
  return {
    conn,
    stop: async () => {
      await (await running)?.stop();
      fs.rmSync(home, { recursive: true, force: true });
    },
  };
}

/** Waits until the test Frog answers (its models load in 5–15 s). */
export async function waitForTestFrog(frog: TestFrog, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await requestFrog(frog.port, 'Test.', { timeoutMs: 30_000 });
      return;
    } catch (e) {
      if (Date.now() > deadline) throw new Error(`The test Frog on port ${frog.port} did not answer: ${(e as Error).message}`, { cause: e });
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

/** The server environment that points at the test Frog. */
export const frogEnv = (frog: TestFrog): Record<string, string> => ({ FROG_PORT: String(frog.port), FROG_HOME: frog.home });
