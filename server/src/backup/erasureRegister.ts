/**
 * The erasure register: every erasure (AVG) kept APART from the database, so that restoring a
 * backup taken before an erasure cannot bring the person back. A JSON Lines file, one erasure a
 * line, only ever appended to, readable by its owner only (0600); by default `data/erasures.jsonl`,
 * set by KENNISGRAAF_ERASURE_REGISTER (docs/OPERATIONS.md, "Erasures and restores").
 *
 * A line holds what the database's tombstone and `erasePerson` audit entry hold — the erasure key
 * (a hash of the person's id), the name keys (hashes of the folded name and aliases), when, who,
 * why, the audit entry — never the name or the id. Who writes it:
 *
 * - erasePerson, after its transaction committed (a transaction function does no file I/O);
 * - `npm run backup` and `npm run restore`, which append the tombstones of the database that the
 *   register lacks (an erasure made by another app instance with its own register, or before the
 *   register existed), so the register of the machine that takes backups knows every erasure up to
 *   the last backup.
 *
 * `npm run restore` reads it (and any `--erasures <file>` of other instances) and erases again
 * every person whose erasure the backup predates (restoreBackup.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from '../db/database.js';
import type { AuditEntryRecord } from '../db/audit.js';

export const REGISTER_VERSION = 1;

export interface RegisteredErasure {
  v: typeof REGISTER_VERSION;
  /** The tombstone's key: `erasure-` + a hash of the person's id. */
  key: string;
  /** Hashes of the person's folded name and aliases (db/erasures.ts, erasureNameKey); empty for erasures made before issue 19. */
  nameKeys: string[];
  /** When the person was erased (ISO 8601). */
  at: string;
  who: string;
  reason: string;
  /** The `erasePerson` audit entry as the database holds it (null when the database had none). */
  audit: AuditEntryRecord | null;
}

export class ErasureRegisterError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ErasureRegisterError';
  }
}

/** Appends erasures (one line each) and flushes them to disk; creates the file (0600) and its folder when missing. */
export function appendToRegister(file: string, erasures: readonly RegisteredErasure[]): void {
  if (!erasures.length) return;
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true, mode: 0o700 });
  const fd = fs.openSync(file, 'a', 0o600);
  try {
    fs.writeSync(fd, erasures.map((e) => `${JSON.stringify(e)}\n`).join(''));
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

const isErasure = (x: unknown): x is RegisteredErasure => {
  const e = x as Partial<RegisteredErasure> | null;
  return (
    typeof e === 'object' && e !== null && e.v === REGISTER_VERSION && typeof e.key === 'string' && /^erasure-[0-9a-f]{24}$/.test(e.key) &&
    Array.isArray(e.nameKeys) && typeof e.at === 'string' && typeof e.who === 'string' && typeof e.reason === 'string'
  );
};

/**
 * The erasures of a register, the first line of each key (a key appended twice is one erasure).
 * A missing file is an empty register; a line that is not an erasure (a write cut short by a
 * crash) is counted in `unreadable`, never silently dropped.
 */
export function readRegister(file: string): { erasures: RegisteredErasure[]; unreadable: number } {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { erasures: [], unreadable: 0 };
    throw new ErasureRegisterError(`Cannot read the erasure register ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}.`);
  }
  const byKey = new Map<string, RegisteredErasure>();
  let unreadable = 0;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      parsed = null;
    }
    if (!isErasure(parsed)) unreadable++;
    else if (!byKey.has(parsed.key)) byKey.set(parsed.key, parsed);
  }
  return { erasures: [...byKey.values()], unreadable };
}

/** Several registers (this instance's and others'), one erasure per key, oldest first. */
export function mergeRegisters(...lists: readonly RegisteredErasure[][]): RegisteredErasure[] {
  const byKey = new Map<string, RegisteredErasure>();
  for (const list of lists) for (const e of list) if (!byKey.has(e.key)) byKey.set(e.key, e);
  return [...byKey.values()].sort((a, b) => a.at.localeCompare(b.at) || a.key.localeCompare(b.key));
}

const DATABASE_ERASURES = `
  MATCH (e:Erasure)
  CALL (e) {
    OPTIONAL MATCH (a:AuditEntry {operation: 'erasePerson'}) WHERE e.key IN a.entityIds
    RETURN a ORDER BY a.at LIMIT 1
  }
  RETURN e.key AS key, coalesce(e.nameKeys, []) AS nameKeys, toString(e.at) AS at, e.who AS who, coalesce(e.reason, '') AS reason,
         CASE WHEN a IS NULL THEN null
              ELSE a {.id, at: toString(a.at), .who, .operation, .entityIds, .relationIds, .before, .after, .reason} END AS audit
  ORDER BY at, key`;

/** The tombstones the database holds, as register lines. */
async function erasuresInDatabase(db: Database): Promise<RegisteredErasure[]> {
  const rows = await db.read<Omit<RegisteredErasure, 'v'> & Record<string, unknown>>('erasuresInDatabase', DATABASE_ERASURES);
  return rows.map((r) => ({ v: REGISTER_VERSION, key: r.key, nameKeys: r.nameKeys, at: r.at, who: r.who, reason: r.reason, audit: r.audit }));
}

/** Appends the database's tombstones that the register lacks; returns how many. */
export async function syncRegister(db: Database, file: string): Promise<number> {
  const known = new Set(readRegister(file).erasures.map((e) => e.key));
  const missing = (await erasuresInDatabase(db)).filter((e) => !known.has(e.key));
  appendToRegister(file, missing);
  return missing.length;
}
