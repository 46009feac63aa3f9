/**
 * The backup file (`npm run backup`, `npm run restore`): JSON Lines, one JSON document per line.
 *
 *   line 1      the manifest: format, version, when, the database, the migration version, counts
 *   lines 2…n-1 the records: sources, entities, relationships (the graph, as GraphDocument rows),
 *               then the nodes outside the graph (proposals, article snapshots, audit entries,
 *               erasure tombstones) and the links between them
 *   line n      `{"sha256": "<hex>"}`: the sha256 of every byte before it (lines 1…n-1 with their
 *               newlines). Check by hand: `head -n -1 FILE | sha256sum`.
 *
 * One file, so the checksum travels with what it protects. Pure apart from reading and writing
 * the file: no database.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { EntityNode, RelationEdge, SourceNode } from '../domain/graphDocument.js';

export const BACKUP_FORMAT = 'kennisgraaf-backup';
export const BACKUP_VERSION = 1;

/** The nodes outside the graph that a backup carries, by label (an allow-list: labels never come from the file). */
export const RAW_LABELS = ['Proposal', 'SourceText', 'AuditEntry', 'Erasure'] as const;
export type RawLabel = (typeof RAW_LABELS)[number];

/** The links between them, each from a node found by one key to a node found by another. */
export const LINKS = {
  PROPOSED_FROM: { from: { label: 'Proposal', key: 'id' }, to: { label: 'Source', key: 'id' } },
  HAS_TEXT: { from: { label: 'Source', key: 'id' }, to: { label: 'SourceText', key: 'hash' } },
} as const;
export type LinkType = keyof typeof LINKS;

export interface Manifest {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  createdAt: string;
  database: string;
  /** The schema migration the database had: a restore needs code that knows it. */
  migration: number;
  counts: BackupCounts;
}

export interface BackupCounts {
  sources: number;
  entities: number;
  relations: number;
  proposals: number;
  snapshots: number;
  auditEntries: number;
  erasures: number;
  links: number;
}

/**
 * A node outside the graph: its properties as JSON values, with the keys whose values are Cypher
 * integers (JSON has only numbers) and date-times (written as ISO text), so a restore gives them
 * their types back.
 */
export interface RawNode {
  r: 'node';
  label: RawLabel;
  props: Record<string, unknown>;
  ints: string[];
  datetimes: string[];
}

export type BackupRecord =
  | ({ r: 'source' } & SourceNode)
  | ({ r: 'entity' } & EntityNode)
  | ({ r: 'relation' } & RelationEdge)
  | RawNode
  | { r: 'link'; type: LinkType; from: string; to: string };

export class BackupFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupFileError';
  }
}

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/** `kennisgraaf-backup-2026-11-26T02-30-00Z.jsonl`: sortable, and safe in every file system. */
export function backupFileName(at: Date): string {
  return `kennisgraaf-backup-${at.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/:/g, '-')}.jsonl`;
}

/** Writes the file (to a temporary name first, renamed when complete: a backup on disk is never half a backup). Returns its checksum. */
export function writeBackupFile(file: string, manifest: Manifest, records: Iterable<BackupRecord>): string {
  const hash = createHash('sha256');
  const tmp = `${file}.partial`;
  const fd = fs.openSync(tmp, 'w', 0o600);
  try {
    let buffer = '';
    const put = (line: string) => {
      hash.update(line, 'utf8');
      buffer += line;
      if (buffer.length > 1 << 20) {
        fs.writeSync(fd, buffer);
        buffer = '';
      }
    };
    put(`${JSON.stringify(manifest)}\n`);
    for (const r of records) put(`${JSON.stringify(r)}\n`);
    const digest = hash.digest('hex');
    fs.writeSync(fd, `${buffer}${JSON.stringify({ sha256: digest })}\n`);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fs.renameSync(tmp, file);
    return digest;
  } catch (e) {
    try {
      fs.closeSync(fd);
    } catch {
      // closed already
    }
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}

export interface BackupContents {
  manifest: Manifest;
  records: BackupRecord[];
  sha256: string;
}

/**
 * Reads a backup and verifies its checksum BEFORE anything else reads its contents: a file that
 * was changed, cut short or is no backup at all is refused with a message that says which.
 */
export function readBackupFile(file: string): BackupContents {
  let data: Buffer;
  try {
    data = fs.readFileSync(file);
  } catch (e) {
    throw new BackupFileError(`Cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}.`);
  }
  const text = data.toString('utf8');
  const end = text.endsWith('\n') ? text.length - 1 : text.length;
  const lastBreak = text.lastIndexOf('\n', end - 1);
  const body = text.slice(0, lastBreak + 1);
  let recorded: unknown;
  try {
    recorded = (JSON.parse(text.slice(lastBreak + 1, end)) as { sha256?: unknown }).sha256;
  } catch {
    recorded = undefined;
  }
  if (typeof recorded !== 'string' || !/^[0-9a-f]{64}$/.test(recorded)) {
    throw new BackupFileError(`${file} has no checksum line at its end: it is not a Kennisgraaf backup, or it was cut short. Nothing was written.`);
  }
  const actual = sha256(body);
  if (actual !== recorded) {
    throw new BackupFileError(
      `Checksum mismatch: ${file} says sha256 ${recorded}, but its contents give ${actual}. The file was changed or damaged after the backup; nothing was written. Use another backup.`,
    );
  }
  const lines = body.split('\n').filter((l) => l.length > 0);
  const manifest = JSON.parse(lines[0] ?? 'null') as Manifest | null;
  if (manifest?.format !== BACKUP_FORMAT) throw new BackupFileError(`${file} is not a Kennisgraaf backup (format "${String(manifest?.format)}"). Nothing was written.`);
  const version: unknown = manifest.version;
  if (version !== BACKUP_VERSION) {
    throw new BackupFileError(`${file} is a backup of format version ${String(version)}; this Kennisgraaf reads version ${String(BACKUP_VERSION)}. Nothing was written.`);
  }
  return { manifest, records: lines.slice(1).map((l) => JSON.parse(l) as BackupRecord), sha256: recorded };
}
