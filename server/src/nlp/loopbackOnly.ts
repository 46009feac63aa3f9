/**
 * Keeps Frog on 127.0.0.1. `frog -S` has no option for the address it listens on and listens on
 * all interfaces (0.0.0.0): anyone who can reach the machine could start 1.3 GB workers on it. So
 * Frog is started with a small bind() wrapper (loopbackBind.c) preloaded, compiled with the
 * system's C compiler once into `<FROG_HOME>/run/` (named by the source's hash, so a changed source
 * is compiled again).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FrogUnavailableError } from './frogErrors.js';

const SOURCE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'loopbackBind.c');

/** The path of the compiled wrapper, compiling it when needed; throws when there is no C compiler. */
export function loopbackPreload(home: string): string {
  const source = fs.readFileSync(SOURCE);
  const lib = path.join(home, 'run', `loopback-bind-${createHash('sha256').update(source).digest('hex').slice(0, 12)}.so`);
  if (fs.existsSync(lib)) return lib;
  fs.mkdirSync(path.dirname(lib), { recursive: true });
  const tmp = `${lib}.${process.pid}.tmp`;
  const cc = process.env.CC || 'cc';
  const res = spawnSync(cc, ['-shared', '-fPIC', '-O2', '-o', tmp, SOURCE, '-ldl'], { encoding: 'utf8', timeout: 60_000 });
  if (res.error || res.status !== 0) {
    fs.rmSync(tmp, { force: true });
    throw new FrogUnavailableError(
      `Kennisgraaf keeps Frog on 127.0.0.1 with a small bind() wrapper, which needs a C compiler: apt-get install gcc (${res.error?.message ?? res.stderr.trim().split('\n')[0]}).`,
      { installHint: false },
    );
  }
  fs.renameSync(tmp, lib);
  return lib;
}
