/**
 * One small supervisor for the helper servers Kennisgraaf runs on this machine — the local Neo4j
 * (neo4j/neo4j-local.ts) and Frog (server/src/nlp/frogServer.ts): a state file with pid and port,
 * a port probe, a start with its output in a log file (detached when it should outlive us), and a
 * stop that sends SIGTERM and, after a grace period, SIGKILL.
 *
 * It lives beside the server and the launcher, not in either: the server may start Frog and the
 * launcher Neo4j without one importing the other.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export interface SupervisedState {
  pid: number;
  /** The port it serves (Frog's port, Neo4j's Bolt port). */
  port: number;
}

export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function readState(file: string): SupervisedState | null {
  try {
    const s = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<SupervisedState>;
    return typeof s.pid === 'number' && typeof s.port === 'number' ? { pid: s.pid, port: s.port } : null;
  } catch {
    return null;
  }
}

export function writeState(file: string, state: SupervisedState): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(state));
}

/** The recorded process when it still runs; a stale state file is removed. */
export function runningFromState(file: string): SupervisedState | null {
  const state = readState(file);
  if (state && processAlive(state.pid)) return state;
  if (state) fs.rmSync(file, { force: true });
  return null;
}

/** Whether something accepts connections on 127.0.0.1:`port`. */
export function portOpen(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const sock = net.connect({ port, host });
    sock.setTimeout(2000, () => {
      sock.destroy();
      resolve(false);
    });
    sock.once('connect', () => {
      sock.destroy();
      resolve(true);
    });
    sock.once('error', () => resolve(false));
  });
}

/** A port the OS says is free on 127.0.0.1 right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

export interface StartOptions {
  command: string;
  args: string[];
  /** Output (stdout and stderr) is appended to this file. */
  logFile: string;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Keep running after this process exits (`npm run db:start`, `npm run frog:start`). */
  detached?: boolean;
}

/** Starts a server process with its output in `logFile`; throws when it cannot be started at all. */
export function startProcess(opts: StartOptions): ChildProcess & { pid: number } {
  fs.mkdirSync(path.dirname(opts.logFile), { recursive: true });
  const out = fs.openSync(opts.logFile, 'a');
  const child = spawn(opts.command, opts.args, { cwd: opts.cwd, env: opts.env, stdio: ['ignore', out, out], detached: opts.detached ?? false });
  fs.closeSync(out);
  child.on('error', () => {}); // ENOENT and the like: pid stays undefined, handled below
  if (!child.pid) throw new Error(`\`${opts.command}\` could not be started.`);
  if (opts.detached) child.unref();
  return child as ChildProcess & { pid: number };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Whether `pid` (a child of ours, or any process) has ended; a child's exit is seen without waiting for reaping. */
function ended(pid: number, child: ChildProcess | null): boolean {
  return child ? child.exitCode !== null || child.signalCode !== null : !processAlive(pid);
}

/**
 * SIGTERM, then SIGKILL when the process has not ended after `graceMs` (Neo4j flushes its
 * transaction log on SIGTERM, which takes seconds; a Frog worker ignores SIGTERM altogether).
 * Resolves when the process is gone.
 */
export async function stopProcess(pid: number, opts: { graceMs?: number; child?: ChildProcess | null } = {}): Promise<void> {
  const child = opts.child ?? null;
  if (ended(pid, child)) return;
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return;
  }
  const deadline = Date.now() + (opts.graceMs ?? 10_000);
  while (!ended(pid, child) && Date.now() < deadline) await sleep(100);
  if (!ended(pid, child)) await killProcess(pid, child);
}

/** SIGKILL, no shutdown at all; resolves when the process is gone. */
export async function killProcess(pid: number, child: ChildProcess | null = null): Promise<void> {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    return;
  }
  const deadline = Date.now() + 10_000;
  while (!ended(pid, child) && Date.now() < deadline) await sleep(50);
}

/** The last lines of a log file, for an error message. */
export function logTail(file: string, lines = 15): string {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log output)';
  }
}
