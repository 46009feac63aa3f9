/**
 * A Frog server (Dutch tokenizer, tagger, lemmatizer and named-entity recogniser; Debian `frog` +
 * `frogdata`) as a managed child process, the way neo4j/neo4j-local.ts runs Neo4j: started on
 * first need, reused when one of ours already runs on the port (a state file with pid and port in
 * `<home>/run/frog.json`), stopped by whoever started it. Frog loads its models in ~5–15 s and
 * then answers in about a second per article, so it is started once and kept.
 *
 * Frog runs without the dependency parser and the morphological analyser (`--skip=pa`: not used,
 * slow and memory-hungry) and with an utterance marker, so line breaks end sentences
 * (frogClient.ts).
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { UTTERANCE_MARKER, requestFrog } from './frogClient.js';

export const FROG_INSTALL_HINT = 'Article intake needs Frog: apt-get install frog frogdata';

export class FrogUnavailableError extends Error {
  constructor(detail: string) {
    super(`${FROG_INSTALL_HINT}. ${detail}`.trim());
    this.name = 'FrogUnavailableError';
  }
}

export interface FrogOptions {
  /** The Frog executable, optionally with extra arguments (`FROG_COMMAND`). */
  command: string;
  port: number;
  /** Folder for the state file and Frog's log. */
  home: string;
  /** Keep running after this process exits (`npm run frog:start`). */
  detached?: boolean;
  log?: (message: string) => void;
  startTimeoutMs?: number;
}

export interface RunningFrog {
  port: number;
  pid: number | null;
  /** True when this call started Frog (false when it found one of ours running). */
  startedHere: boolean;
  stop(): Promise<void>;
}

interface FrogState {
  pid: number;
  port: number;
}

const stateFile = (home: string) => path.join(home, 'run', 'frog.json');
const logFile = (home: string) => path.join(home, 'logs', 'frog.log');

function splitCommand(command: string): [string, string[]] {
  const [bin, ...args] = command.trim().split(/\s+/);
  return [bin || 'frog', args];
}

/** Whether the Frog executable can be run at all. */
export function frogInstalled(command: string): boolean {
  const [bin, args] = splitCommand(command);
  const res = spawnSync(bin, [...args, '-V'], { encoding: 'utf8', timeout: 20_000 });
  return !res.error && /frog/i.test(`${res.stdout}${res.stderr}`);
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function readState(home: string): FrogState | null {
  try {
    const s = JSON.parse(fs.readFileSync(stateFile(home), 'utf8')) as Partial<FrogState>;
    return typeof s.pid === 'number' && typeof s.port === 'number' ? { pid: s.pid, port: s.port } : null;
  } catch {
    return null;
  }
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const sock = net.connect({ port, host: '127.0.0.1' });
    sock.once('connect', () => {
      sock.destroy();
      resolve(true);
    });
    sock.once('error', () => resolve(false));
  });
}

function logTail(home: string, lines = 15): string {
  try {
    return fs.readFileSync(logFile(home), 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log output)';
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function stopPid(pid: number): Promise<void> {
  return new Promise((resolve) => {
    if (!processAlive(pid)) return resolve();
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      return resolve();
    }
    const started = Date.now();
    const poll = setInterval(() => {
      if (!processAlive(pid) || Date.now() - started > 10_000) {
        clearInterval(poll);
        if (processAlive(pid)) {
          try {
            process.kill(pid, 'SIGKILL');
          } catch {
            /* gone */
          }
        }
        resolve();
      }
    }, 100);
  });
}

/** A tiny request: Frog answers only once its models are loaded. */
async function answers(port: number, timeoutMs: number): Promise<boolean> {
  try {
    await requestFrog(port, 'Test.', { timeoutMs });
    return true;
  } catch {
    return false;
  }
}

/** Starts Frog on `opts.port`, or reuses the one of ours that runs there. */
export async function startFrog(opts: FrogOptions): Promise<RunningFrog> {
  const log = opts.log ?? (() => {});
  const state = readState(opts.home);
  if (state && state.port === opts.port && processAlive(state.pid) && (await answers(opts.port, 30_000))) {
    log(`Using the Frog already running on port ${opts.port} (pid ${state.pid}).`);
    return { port: opts.port, pid: state.pid, startedHere: false, stop: () => stopFrog(opts.home).then(() => {}) };
  }
  if (!frogInstalled(opts.command)) {
    throw new FrogUnavailableError(`\`${opts.command}\` could not be run (FROG_COMMAND).`);
  }
  if (await portOpen(opts.port)) {
    throw new FrogUnavailableError(`Port ${opts.port} (FROG_PORT) is in use by another program; choose another FROG_PORT.`);
  }
  fs.mkdirSync(path.join(opts.home, 'run'), { recursive: true });
  fs.mkdirSync(path.join(opts.home, 'logs'), { recursive: true });
  const out = fs.openSync(logFile(opts.home), 'a');
  const [bin, args] = splitCommand(opts.command);
  log(`Starting Frog on port ${opts.port} (loading its Dutch models takes 5–15 s)…`);
  // cwd = the log folder: Frog writes frog.*.debug files where it runs.
  const child = spawn(bin, [...args, '-S', String(opts.port), '--skip=pa', `--uttmarker=${UTTERANCE_MARKER}`], {
    cwd: path.join(opts.home, 'logs'),
    stdio: ['ignore', out, out],
    detached: opts.detached ?? false,
  });
  fs.closeSync(out);
  if (!child.pid) throw new FrogUnavailableError(`\`${bin}\` did not start.`);
  const pid = child.pid;
  if (opts.detached) child.unref();
  fs.writeFileSync(stateFile(opts.home), JSON.stringify({ pid, port: opts.port }));
  const stop = async () => {
    await stopPid(pid);
    if (readState(opts.home)?.pid === pid) fs.rmSync(stateFile(opts.home), { force: true });
  };
  const deadline = Date.now() + (opts.startTimeoutMs ?? 120_000);
  try {
    while (!(await portOpen(opts.port))) {
      if (child.exitCode !== null) throw new FrogUnavailableError(`Frog stopped during start-up (exit code ${child.exitCode}). Its log:\n${logTail(opts.home)}`);
      if (Date.now() > deadline) throw new FrogUnavailableError(`Frog did not open port ${opts.port} in time. Its log:\n${logTail(opts.home)}`);
      await sleep(250);
    }
    if (!(await answers(opts.port, Math.max(deadline - Date.now(), 10_000)))) {
      throw new FrogUnavailableError(`Frog opened port ${opts.port} but does not answer. Its log:\n${logTail(opts.home)}`);
    }
  } catch (e) {
    await stop();
    throw e;
  }
  log(`Frog is ready on port ${opts.port}.`);
  return { port: opts.port, pid, startedHere: true, stop };
}

/** Stops the Frog of ours recorded in `home`. Returns whether one was running. */
export async function stopFrog(home: string): Promise<boolean> {
  const state = readState(home);
  fs.rmSync(stateFile(home), { force: true });
  if (!state || !processAlive(state.pid)) return false;
  await stopPid(state.pid);
  return true;
}

export function frogStatus(home: string): { running: boolean; pid: number | null; port: number | null } {
  const state = readState(home);
  const running = !!state && processAlive(state.pid);
  return { running, pid: running ? state.pid : null, port: running ? state.port : null };
}
