/**
 * A Frog server (Dutch tokenizer, tagger, lemmatizer and named-entity recogniser; Debian `frog` +
 * `frogdata`) as a managed child process, supervised like the local Neo4j
 * (supervisor/processSupervisor.ts): started on first need, reused when one of ours already runs on
 * the port (a state file with pid and port in `<home>/run/frog.json`), stopped by whoever started
 * it. Frog loads its models in ~5–15 s and then answers in about a second per article, so it is
 * started once and kept.
 *
 * Frog runs without the dependency parser and the morphological analyser (`--skip=pa`: not used,
 * slow and memory-hungry), with an utterance marker, so line breaks end sentences (frogClient.ts),
 * and on 127.0.0.1 only (loopbackOnly.ts).
 */
import { spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { logTail, portOpen, processAlive, readState, runningFromState, startProcess, stopProcess, writeState } from '../../../supervisor/processSupervisor.js';
import { UTTERANCE_MARKER, requestFrog } from './frogClient.js';
import { FrogPortInUseError, FrogUnavailableError } from './frogErrors.js';
import { frogWorkerOf, frogWorkers } from './frogWorkers.js';
import { loopbackPreload } from './loopbackOnly.js';

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
  /** Stops the worker that serves our connection from `clientPort` (an article past its time budget). */
  stopWorker(clientPort: number): Promise<void>;
}

const stateFile = (home: string) => path.join(home, 'run', 'frog.json');
const logFile = (home: string) => path.join(home, 'logs', 'frog.log');

/** A worker is given this long to end by itself once its connection is closed, then SIGTERM, then SIGKILL. */
const WORKER_GRACE_MS = 2000;

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

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A tiny request: Frog answers only once its models are loaded. */
async function answers(port: number, timeoutMs: number): Promise<boolean> {
  try {
    await requestFrog(port, 'Test.', { timeoutMs });
    return true;
  } catch {
    return false;
  }
}

function workerStopper(frogPid: number, port: number) {
  return async (clientPort: number) => {
    // Found before our end closes, while the worker still holds the connection.
    const worker = frogWorkerOf(frogPid, port, clientPort);
    if (worker === null) return;
    await sleep(WORKER_GRACE_MS);
    if (processAlive(worker)) await stopProcess(worker, { graceMs: WORKER_GRACE_MS });
  };
}

/** Starts Frog on `opts.port`, or reuses the one of ours that runs there. */
export async function startFrog(opts: FrogOptions): Promise<RunningFrog> {
  const log = opts.log ?? (() => {});
  const state = readState(stateFile(opts.home));
  if (state && state.port === opts.port && processAlive(state.pid) && (await answers(opts.port, 30_000))) {
    log(`Using the Frog already running on port ${opts.port} (pid ${state.pid}).`);
    return { port: opts.port, pid: state.pid, startedHere: false, stop: () => stopFrog(opts.home).then(() => {}), stopWorker: workerStopper(state.pid, opts.port) };
  }
  if (!frogInstalled(opts.command)) {
    throw new FrogUnavailableError(`\`${opts.command}\` could not be run (FROG_COMMAND).`);
  }
  if (await portOpen(opts.port)) throw new FrogPortInUseError(opts.port);
  const preload = loopbackPreload(opts.home);
  const [bin, args] = splitCommand(opts.command);
  log(`Starting Frog on 127.0.0.1:${opts.port} (loading its Dutch models takes 5–15 s)…`);
  let child: ChildProcess & { pid: number };
  try {
    child = startProcess({
      command: bin,
      args: [...args, '-S', String(opts.port), '--skip=pa', `--uttmarker=${UTTERANCE_MARKER}`],
      logFile: logFile(opts.home),
      // cwd = the log folder: Frog writes frog.*.debug files where it runs.
      cwd: path.dirname(logFile(opts.home)),
      env: { ...process.env, LD_PRELOAD: [preload, process.env.LD_PRELOAD].filter(Boolean).join(' ') },
      detached: opts.detached,
    });
  } catch (e) {
    throw new FrogUnavailableError((e as Error).message);
  }
  const pid = child.pid;
  writeState(stateFile(opts.home), { pid, port: opts.port });
  const stop = async () => {
    await stopFrogProcess(pid, opts.detached ? null : child);
    if (readState(stateFile(opts.home))?.pid === pid) fs.rmSync(stateFile(opts.home), { force: true });
  };
  const deadline = Date.now() + (opts.startTimeoutMs ?? 120_000);
  try {
    while (!(await portOpen(opts.port))) {
      if (child.exitCode !== null) throw new FrogUnavailableError(`Frog stopped during start-up (exit code ${child.exitCode}). Its log:\n${logTail(logFile(opts.home))}`);
      if (Date.now() > deadline) throw new FrogUnavailableError(`Frog did not open port ${opts.port} in time. Its log:\n${logTail(logFile(opts.home))}`);
      await sleep(250);
    }
    if (!(await answers(opts.port, Math.max(deadline - Date.now(), 10_000)))) {
      throw new FrogUnavailableError(`Frog opened port ${opts.port} but does not answer. Its log:\n${logTail(logFile(opts.home))}`);
    }
  } catch (e) {
    await stop();
    throw e;
  }
  log(`Frog is ready on 127.0.0.1:${opts.port}.`);
  return { port: opts.port, pid, startedHere: true, stop, stopWorker: workerStopper(pid, opts.port) };
}

/** Frog and the workers it forked: a worker outlives its parent and would run its article to the end. */
async function stopFrogProcess(pid: number, child: ChildProcess | null): Promise<void> {
  const workers = frogWorkers(pid);
  await Promise.all([stopProcess(pid, { child }), ...workers.map((w) => stopProcess(w, { graceMs: WORKER_GRACE_MS }))]);
}

/** Stops the Frog of ours recorded in `home`. Returns whether one was running. */
export async function stopFrog(home: string): Promise<boolean> {
  const state = runningFromState(stateFile(home));
  fs.rmSync(stateFile(home), { force: true });
  if (!state) return false;
  await stopFrogProcess(state.pid, null);
  return true;
}

export function frogStatus(home: string): { running: boolean; pid: number | null; port: number | null } {
  const state = runningFromState(stateFile(home));
  return { running: !!state, pid: state?.pid ?? null, port: state?.port ?? null };
}
