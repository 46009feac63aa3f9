/**
 * Frog's server forks a worker for every connection (about 1.3 GB each, and deaf to SIGTERM while
 * it works). Closing the connection does not stop it: it runs the article to the end. To cancel an
 * article, the worker serving our connection is found — the process, among Frog's children, that
 * holds the other end of our socket (/proc/net/tcp gives the socket's inode, /proc/<pid>/fd the
 * process that has it open) — and stopped. Linux only; elsewhere nothing is found.
 */
import fs from 'node:fs';

const hexPort = (port: number) => port.toString(16).toUpperCase().padStart(4, '0');

/** Inodes of the sockets whose local port is `local` and remote port is `remote`. */
function socketInodes(local: number, remote: number): Set<string> {
  const inodes = new Set<string>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let lines: string[];
    try {
      lines = fs.readFileSync(table, 'utf8').split('\n').slice(1);
    } catch {
      continue;
    }
    for (const line of lines) {
      const f = line.trim().split(/\s+/);
      if (f.length < 10) continue;
      if (f[1]!.endsWith(`:${hexPort(local)}`) && f[2]!.endsWith(`:${hexPort(remote)}`) && f[9] !== '0') inodes.add(f[9]!);
    }
  }
  return inodes;
}

/** The processes Frog `pid` forked (its workers). */
export function frogWorkers(pid: number): number[] {
  try {
    return fs
      .readdirSync(`/proc/${pid}/task`)
      .flatMap((t) => fs.readFileSync(`/proc/${pid}/task/${t}/children`, 'utf8').trim().split(/\s+/))
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

function holdsSocket(pid: number, inodes: Set<string>): boolean {
  try {
    return fs.readdirSync(`/proc/${pid}/fd`).some((fd) => {
      try {
        const m = /^socket:\[(\d+)\]$/.exec(fs.readlinkSync(`/proc/${pid}/fd/${fd}`));
        return !!m && inodes.has(m[1]!);
      } catch {
        return false;
      }
    });
  } catch {
    return false;
  }
}

/** The pid of the worker of Frog `frogPid` (listening on `frogPort`) that serves our connection from `clientPort`. */
export function frogWorkerOf(frogPid: number, frogPort: number, clientPort: number): number | null {
  const inodes = socketInodes(frogPort, clientPort);
  if (inodes.size === 0) return null;
  return frogWorkers(frogPid).find((pid) => holdsSocket(pid, inodes)) ?? null;
}
