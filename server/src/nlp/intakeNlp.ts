/**
 * The server's Dutch NLP: one Frog service per Frog configuration in this process, created on the
 * first article and stopped with the server (`releaseIntakeNlp`, called by startKennisgraaf's
 * stop). A Frog that this process did not start (`npm run frog:start`, the tests' global setup) is
 * used and left running.
 */
import type { Config } from '../config.js';
import { createFrogService, type DutchNlp } from './frogService.js';

const services = new Map<string, DutchNlp>();
const keyOf = (c: Config) => `${c.intake.frogHome}|${c.intake.frogPort}|${c.intake.frogCommand}|${c.intake.nlpTimeoutMs}`;

export function intakeNlp(config: Config): DutchNlp {
  const key = keyOf(config);
  let s = services.get(key);
  if (!s) {
    s = createFrogService({ command: config.intake.frogCommand, port: config.intake.frogPort, home: config.intake.frogHome, timeoutMs: config.intake.nlpTimeoutMs });
    services.set(key, s);
  }
  return s;
}

export async function releaseIntakeNlp(config: Config): Promise<void> {
  const key = keyOf(config);
  const s = services.get(key);
  services.delete(key);
  await s?.stop();
}
