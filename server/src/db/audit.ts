/**
 * The audit trail (issue 12): every change to the graph writes one `:AuditEntry` node (not an
 * `:Entity`, so search, exports and views never see it) in the SAME transaction as the change, so a
 * change without its entry, or an entry of a change that failed, cannot exist. An entry says who
 * (the token's name; `system` for the command-line tools), when, what (the operation and the ids of
 * the entities and relationships it touched) and the values before and after (JSON text).
 */
import { randomUUID } from 'node:crypto';
import { int, type Database, type WriteTx } from './database.js';

/** Who is changing the graph: the API token's name, or the tool that runs without one. */
export interface AuditContext {
  who: string;
}

/** Writes made by the command-line tools (seed, import) and by code that has no caller. */
export const SYSTEM_AUDIT: AuditContext = { who: 'system' };

export interface AuditChange {
  /** The mutation or tool, e.g. `updateEntity`, `mergeEntities`, `import`. */
  operation: string;
  entityIds?: string[];
  relationIds?: string[];
  before?: unknown;
  after?: unknown;
  /** Why, where the operation asks for a reason (an erasure). */
  reason?: string;
}

export interface AuditEntryRecord {
  id: string;
  at: string;
  who: string;
  operation: string;
  entityIds: string[];
  relationIds: string[];
  before: string | null;
  after: string | null;
  reason: string | null;
}

// `datetime.realtime()`, not `datetime()`: the statement clock has millisecond precision, so two
// changes of one entity in the same millisecond (a create and an update from a script) would tie
// and "newest first" and `lastChange` could pick the older one; the real-time clock has nanoseconds.
const RECORD = `
  CREATE (a:AuditEntry {id: $id, at: datetime.realtime(), who: $who, operation: $operation, entityIds: $entityIds,
                        relationIds: $relationIds, before: $before, after: $after, reason: $reason})`;

const json = (v: unknown): string | null => (v === undefined || v === null ? null : JSON.stringify(v));

/** Records one change inside the transaction that makes it. */
export async function recordAudit(tx: WriteTx, audit: AuditContext, change: AuditChange): Promise<void> {
  await tx.run(RECORD, {
    id: randomUUID(),
    who: audit.who,
    operation: change.operation,
    entityIds: change.entityIds ?? [],
    relationIds: change.relationIds ?? [],
    before: json(change.before),
    after: json(change.after),
    reason: change.reason ?? null,
  });
}

const PROJECTION = `a {.id, at: toString(a.at), .who, .operation, .entityIds, .relationIds, .before, .after, .reason}`;

const LIST = `
  MATCH (a:AuditEntry)
  WHERE $entityId IS NULL OR $entityId IN a.entityIds
  WITH a ORDER BY a.at DESC, a.id
  WITH collect(a) AS found
  RETURN size(found) AS total, [a IN found[$skip..$skip + $limit] | ${PROJECTION}] AS entries`;

/** Newest first; optionally only the entries that touched one entity. */
export async function listAudit(db: Database, opts: { entityId: string | null; skip: number; limit: number }): Promise<{ total: number; entries: AuditEntryRecord[] }> {
  const [row] = await db.read<{ total: number; entries: AuditEntryRecord[] }>('listAudit', LIST, {
    entityId: opts.entityId,
    skip: int(opts.skip),
    limit: int(opts.limit),
  });
  return { total: row?.total ?? 0, entries: row?.entries ?? [] };
}

const LAST_CHANGES = `
  UNWIND $ids AS id
  CALL (id) {
    MATCH (a:AuditEntry) WHERE id IN a.entityIds
    RETURN a ORDER BY a.at DESC LIMIT 1
  }
  RETURN id, a.who AS by, toString(a.at) AS at`;

/** The latest change of each entity, by whom and when (entities never changed through the API have none). */
export async function lastChanges(db: Database, ids: readonly string[]): Promise<Map<string, { by: string; at: string }>> {
  const rows = await db.read<{ id: string; by: string; at: string }>('lastChanges', LAST_CHANGES, { ids });
  return new Map(rows.map((r) => [r.id, { by: r.by, at: r.at }]));
}
