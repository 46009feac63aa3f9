/**
 * Restores a verified backup (backupFile.ts checked its sha256) into an EMPTY database.
 *
 * - The graph goes through the product's checked write path: the records are validated as one
 *   GraphDocument (graphDocumentSchema, as `npm run import` does) before anything is written, then
 *   written by writeGraphInTx (relation rules of the document format, dangling endpoints refused,
 *   the erasure check) in transactions of CHUNK records: sources and entities first, then
 *   relationships. Proposals, snapshots, audit entries and tombstones follow per label, then the
 *   links between them.
 * - Then every erasure of the erasure register (erasureRegister.ts) that the backup predates (its
 *   tombstone is not in the backup) is applied again through erasePerson, with the original when,
 *   who, why and audit entry: the person, their relationships, proposals, and their name in texts,
 *   snapshots, the full-text index and the audit are gone again. A person the backup does not hold
 *   gets the tombstone and audit entry only (nothing names them). The result says how many, and
 *   so does the audit entry `restore`, written last.
 * - A failure in any transaction deletes everything written so far (the database was empty
 *   before), so a failed restore leaves an empty database again, never half a graph.
 */
import { int, type Database, type WriteTx } from '../db/database.js';
import { recordAudit, type AuditContext } from '../db/audit.js';
import { writeGraphInTx } from '../db/writeGraph.js';
import { LATEST_MIGRATION } from '../db/migrations.js';
import { GRAPH_FORMAT, GRAPH_FORMAT_VERSION, graphDocumentSchema, type GraphDocument } from '../domain/graphDocument.js';
import { erasePerson } from '../db/erasePerson.js';
import { erasureKey } from '../domain/redact.js';
import type { RegisteredErasure } from './erasureRegister.js';
import { BackupFileError, LINKS, RAW_LABELS, type BackupContents, type BackupCounts, type LinkType, type RawLabel, type RawNode } from './backupFile.js';

/** Records per transaction: small enough for a modest heap, big enough that a national graph is a few dozen transactions. */
const CHUNK = 10_000;

const ANYTHING = 'MATCH (n) WHERE NOT n:KennisgraafMeta RETURN count(n) > 0 AS found LIMIT 1';
const WIPE = 'MATCH (n) WHERE NOT n:KennisgraafMeta CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS';

const rawQuery = (label: RawLabel) => `
  UNWIND $rows AS row
  CREATE (n:${label})
  SET n = row.props
  FOREACH (k IN row.datetimes | SET n[k] = datetime(row.props[k]))`;
const RAW_QUERIES = Object.fromEntries(RAW_LABELS.map((l) => [l, rawQuery(l)])) as Record<RawLabel, string>;

const linkQuery = (type: LinkType) => {
  const { from, to } = LINKS[type];
  return `
  UNWIND $rows AS row
  MATCH (a:${from.label} {${from.key}: row.from})
  MATCH (b:${to.label} {${to.key}: row.to})
  MERGE (a)-[:${type}]->(b)
  RETURN count(*) AS linked`;
};
const LINK_QUERIES = Object.fromEntries(Object.keys(LINKS).map((t) => [t, linkQuery(t as LinkType)])) as Record<LinkType, string>;

const PERSON_IDS = "MATCH (n:Person) RETURN n.id AS id";
/** The tombstone and audit entry of an erasure whose person the backup does not hold. */
const TOMBSTONE_ONLY = `
  CREATE (:Erasure {key: $e.key, nameKeys: $e.nameKeys, at: datetime($e.at), who: $e.who, reason: $e.reason})
  FOREACH (entry IN CASE WHEN $e.audit IS NULL THEN [] ELSE [$e.audit] END |
    CREATE (a:AuditEntry) SET a = entry, a.at = datetime(entry.at))`;

/** True when the database holds anything but its migration records. */
export async function databaseHasData(db: Database): Promise<boolean> {
  const [row] = await db.read<{ found: boolean }>('restoreEmptyCheck', ANYTHING);
  return row?.found ?? false;
}

function chunks<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += CHUNK) out.push(rows.slice(i, i + CHUNK));
  return out;
}

/** Integers back as Cypher integers (JSON has only numbers). */
function typed(node: RawNode): Record<string, unknown> {
  const props = { ...node.props };
  for (const k of node.ints) {
    const v = props[k];
    props[k] = Array.isArray(v) ? v.map((x) => int(Number(x))) : int(Number(v));
  }
  return { props, datetimes: node.datetimes };
}

export interface RestoreProgress {
  done: number;
  total: number;
}

export interface RestoreOptions {
  /** The erasures that must outlive the restore: the erasure register(s), merged (erasureRegister.ts). */
  erasures: readonly RegisteredErasure[];
  /** seed/, for erasePerson's redaction of seed article texts. */
  seedDir: string;
}

export interface RestoreResult {
  counts: BackupCounts;
  /** Erasures the backup predates whose person it held: erased again. */
  reErased: number;
  /** Erasures the backup predates whose person it did not hold: their tombstone and audit entry were added. */
  tombstonesAdded: number;
}

/**
 * Writes the backup; refuses a database that holds data, and a backup newer than this code.
 * `onProgress` is called after every transaction.
 */
export async function restoreBackup(
  db: Database,
  backup: BackupContents,
  audit: AuditContext,
  opts: RestoreOptions,
  onProgress: (p: RestoreProgress) => void = () => {},
): Promise<RestoreResult> {
  const { manifest, records } = backup;
  if (manifest.migration > LATEST_MIGRATION) {
    throw new BackupFileError(`The backup was taken at schema migration ${manifest.migration}; this Kennisgraaf knows migrations up to ${LATEST_MIGRATION}. Restore it with the newer Kennisgraaf that made it. Nothing was written.`);
  }
  const doc: GraphDocument = { format: GRAPH_FORMAT, version: GRAPH_FORMAT_VERSION, sources: [], entities: [], relations: [] };
  const raw = new Map<RawLabel, RawNode[]>(RAW_LABELS.map((l) => [l, []]));
  const links = new Map<LinkType, { from: string; to: string }[]>();
  for (const r of records) {
    if (r.r === 'source') doc.sources.push({ id: r.id, title: r.title, kind: r.kind, properties: r.properties });
    else if (r.r === 'entity') doc.entities.push({ id: r.id, type: r.type, name: r.name, aliases: r.aliases, properties: r.properties, provenance: r.provenance });
    else if (r.r === 'relation') doc.relations.push({ type: r.type, from: r.from, to: r.to, properties: r.properties, provenance: r.provenance });
    else if (r.r === 'node' && raw.has(r.label)) raw.get(r.label)!.push(r);
    else if (r.r === 'link' && r.type in LINKS) links.set(r.type, [...(links.get(r.type) ?? []), { from: r.from, to: r.to }]);
    else throw new BackupFileError(`The backup holds a record this Kennisgraaf does not know (${JSON.stringify(r).slice(0, 120)}). Nothing was written.`);
  }
  const parsed = graphDocumentSchema.safeParse(doc);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 10).map((i) => `- ${i.path.join('.')}: ${i.message}`);
    throw new BackupFileError(`The graph in the backup does not pass the checks of the write path; nothing was written.\n${issues.join('\n')}`);
  }
  if (await databaseHasData(db)) {
    throw new BackupFileError(`Database "${db.options.database}" is not empty: a restore only writes into an empty database, so that nothing is mixed or overwritten. Restore into a new database (see docs/OPERATIONS.md). Nothing was written.`);
  }

  const graph = parsed.data;
  const empty = { format: graph.format, version: graph.version, sources: [], entities: [], relations: [] } as GraphDocument;
  const steps: ((tx: WriteTx) => Promise<unknown>)[] = [];
  const sizes: number[] = [];
  const nodes = [...graph.sources.map((s) => ({ source: s })), ...graph.entities.map((e) => ({ entity: e }))];
  for (const part of chunks(nodes)) {
    const d = { ...empty, sources: part.flatMap((p) => ('source' in p ? [p.source] : [])), entities: part.flatMap((p) => ('entity' in p ? [p.entity] : [])) };
    steps.push((tx) => writeGraphInTx(tx, d, 'overwrite'));
    sizes.push(part.length);
  }
  for (const part of chunks(graph.relations)) {
    steps.push((tx) => writeGraphInTx(tx, { ...empty, relations: part }, 'overwrite'));
    sizes.push(part.length);
  }
  for (const [label, list] of raw) {
    for (const part of chunks(list)) {
      steps.push((tx) => tx.run(RAW_QUERIES[label], { rows: part.map(typed) }));
      sizes.push(part.length);
    }
  }
  for (const [type, list] of links) {
    for (const part of chunks(list)) {
      steps.push(async (tx) => {
        const [row] = await tx.run<{ linked: number }>(LINK_QUERIES[type], { rows: part });
        if ((row?.linked ?? 0) !== part.length) throw new BackupFileError(`Some ${type} links of the backup point to nodes it does not hold.`);
      });
      sizes.push(part.length);
    }
  }
  const counts = manifest.counts;
  // The erasures the backup predates: the register's, less the tombstones the backup holds.
  const inBackup = new Set((raw.get('Erasure') ?? []).map((n) => n.props.key));
  const predated = opts.erasures.filter((e) => !inBackup.has(e.key));
  const total = sizes.reduce((a, b) => a + b, 0) + predated.length;
  let done = 0;
  let reErased = 0;
  let tombstonesAdded = 0;
  try {
    for (let i = 0; i < steps.length; i++) {
      await db.write('restore', (tx) => steps[i]!(tx));
      done += sizes[i] ?? 0;
      onProgress({ done, total });
    }
    if (predated.length) {
      const idOf = new Map((await db.read<{ id: string }>('restorePersonIds', PERSON_IDS)).map((p) => [erasureKey(p.id), p.id]));
      for (const e of predated) {
        const id = idOf.get(e.key);
        if (id) {
          await erasePerson(db, id, e.reason, { who: e.who }, { seedDir: opts.seedDir, register: null, replay: e });
          reErased++;
        } else {
          await db.write('restoreTombstone', (tx) => tx.run(TOMBSTONE_ONLY, { e }));
          tombstonesAdded++;
        }
        onProgress({ done: ++done, total });
      }
    }
    await db.write('restore', (tx) =>
      recordAudit(tx, audit, { operation: 'restore', after: { file: backup.sha256, createdAt: manifest.createdAt, ...counts, reErased, tombstonesAdded } }),
    );
  } catch (e) {
    await db.runInTransactions('restoreWipe', WIPE);
    const why = e instanceof Error ? e.message : String(e);
    throw new BackupFileError(`The restore failed after ${done} of ${total} records: ${why}\nEverything it had written was deleted again: the database is empty, as before.`);
  }
  return { counts, reErased, tombstonesAdded };
}
