/**
 * The only module that talks to the neo4j driver. Reads go through `executeRead` (routed to
 * readers on a cluster), writes through `executeWrite`; both name the database and set a
 * transaction timeout. Every query is reported to `onQuery`, which the API uses to count
 * Cypher round trips per GraphQL operation.
 */
import net from 'node:net';
import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type RecordShape } from 'neo4j-driver';
import { toKennisgraafError } from './errors.js';

export type Params = Record<string, unknown>;

/** JS numbers travel as floats; SKIP, LIMIT and integer properties need a Cypher integer. */
export const int = (n: number) => neo4j.int(Math.trunc(n));

export interface QueryEvent {
  name: string;
  cypher: string;
  /** The parameters it ran with (so a listener can PROFILE it again: tests/performance). */
  params: Params;
  mode: 'READ' | 'WRITE';
}

/** One operator of a PROFILEd plan: what it did, how many rows it produced and its db hits. */
export interface ProfiledOperator {
  operator: string;
  details: string;
  rows: number;
  dbHits: number;
  children: ProfiledOperator[];
}

export interface DatabaseOptions {
  uri: string;
  user: string;
  password: string;
  database: string;
  queryTimeoutMs: number;
  /**
   * Most transactions this process runs on Neo4j at once (the driver's pool per server); requests
   * beyond it wait their turn here, without the query timeout running. Default 16.
   */
  maxConnections?: number;
}

/**
 * TCP_NODELAY on the Bolt sockets. neo4j-driver (5.28) leaves Nagle's algorithm on and has no
 * option for it (the Python driver has since late 2024); it writes a message in chunks of 1,400
 * bytes, so a query whose text and parameters are longer (the selection-shaped ones) leaves in
 * two writes, and the second waits for the server's delayed ACK: about 40 ms on Linux for a query
 * that takes a few. Measured with `npm run bench` at concurrency 1: search 61–76 → 13–16 ms
 * (docs/benchmarks.md). The driver only exposes its sockets to `net.Socket.prototype.connect`, so
 * that is where it is set — for every outgoing TCP connection of this process, which for a
 * request–response protocol is what one wants anyway. Idempotent.
 */
let noDelaySet = false;
function setTcpNoDelay(): void {
  if (noDelaySet) return;
  noDelaySet = true;
  const proto = net.Socket.prototype as unknown as { connect: (this: net.Socket, ...args: unknown[]) => net.Socket };
  const connect = proto.connect;
  proto.connect = function (this: net.Socket, ...args: unknown[]) {
    this.setNoDelay(true);
    return connect.apply(this, args);
  };
}

export class Database {
  readonly driver: Driver;
  /**
   * One bookmark manager for every session of this process: a read after a write sees that write
   * even when a cluster routes the read to a follower that has not caught up yet (causal
   * consistency). Another app instance has its own; see docs/OPERATIONS.md.
   */
  private readonly bookmarks = neo4j.bookmarkManager();
  private listeners = new Set<(e: QueryEvent) => void>();
  private writes = 0;

  /**
   * How many write transactions this Database has committed: caches of derived figures (stats)
   * compare it to know that the graph changed through this server.
   */
  get writeVersion(): number {
    return this.writes;
  }

  constructor(readonly options: DatabaseOptions) {
    setTcpNoDelay();
    this.driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
      disableLosslessIntegers: true,
      // Under load a few transactions at a time and the rest queued finish sooner, and none times
      // out, where fifty at once share the CPU until the longest pass QUERY_TIMEOUT_MS (bench:load).
      maxConnectionPoolSize: options.maxConnections ?? 16,
      // How long a request may wait for its turn; a Neo4j that is down still fails at once (refused).
      connectionAcquisitionTimeout: Math.max(5_000, options.queryTimeoutMs),
      connectionTimeout: 5_000,
      maxTransactionRetryTime: 5_000,
      userAgent: 'kennisgraaf',
    });
  }

  /** Subscribe to every query; returns the unsubscribe function. */
  onQuery(listener: (e: QueryEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(e: QueryEvent): void {
    for (const l of this.listeners) l(e);
  }

  /**
   * Runs one read query (a named constant with parameters) and returns its records as objects.
   * `timeoutMs` overrides the request timeout, for derived data computed once for every request
   * (cachedPerWrite.ts), which must not fail just because the machine is busy.
   */
  async read<T extends RecordShape = RecordShape>(name: string, cypher: string, params: Params = {}, opts: { timeoutMs?: number } = {}): Promise<T[]> {
    this.emit({ name, cypher, params, mode: 'READ' });
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.READ, bookmarkManager: this.bookmarks });
    try {
      const res = await session.executeRead((tx) => tx.run<T>(cypher, params), { timeout: opts.timeoutMs ?? this.options.queryTimeoutMs });
      return res.records.map((r) => r.toObject());
    } catch (e) {
      throw toKennisgraafError(e);
    } finally {
      await session.close();
    }
  }

  /**
   * Runs `work` in one write transaction: everything or nothing. `work` must be idempotent
   * (MERGE on stable keys), because the driver retries it on transient errors.
   */
  async write<T>(name: string, work: (tx: WriteTx) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.WRITE, bookmarkManager: this.bookmarks });
    try {
      const result = await session.executeWrite((tx) => work(new WriteTx(tx, (cypher, params) => this.emit({ name, cypher, params, mode: 'WRITE' }))), {
        timeout: Math.max(this.options.queryTimeoutMs, 60_000),
      });
      this.writes++;
      return result;
    } catch (e) {
      throw toKennisgraafError(e);
    } finally {
      await session.close();
    }
  }

  /**
   * Runs one auto-commit query, for `CALL { … } IN TRANSACTIONS` only (batched bulk deletes): such a
   * query commits its own transactions and cannot run inside a managed one, so it is not retried.
   * Returns what it deleted.
   */
  async runInTransactions(name: string, cypher: string, params: Params = {}): Promise<{ nodesDeleted: number; relationshipsDeleted: number }> {
    this.emit({ name, cypher, params, mode: 'WRITE' });
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.WRITE, bookmarkManager: this.bookmarks });
    try {
      const res = await session.run(cypher, params);
      this.writes++;
      const c = res.summary.counters.updates();
      return { nodesDeleted: c.nodesDeleted, relationshipsDeleted: c.relationshipsDeleted };
    } catch (e) {
      throw toKennisgraafError(e);
    } finally {
      await session.close();
    }
  }

  /**
   * Runs a read query under PROFILE (not reported to `onQuery`) and returns its plan with the rows
   * and db hits of every operator: what the db-hit guard (tests/performance) and the benchmark's
   * PROFILE tables read. A diagnostic, never used to answer a request.
   */
  async profile(cypher: string, params: Params = {}): Promise<ProfiledOperator> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.READ, bookmarkManager: this.bookmarks });
    try {
      const res = await session.executeRead((tx) => tx.run(`PROFILE ${cypher}`, params), { timeout: this.options.queryTimeoutMs });
      if (!res.summary.profile) throw new Error('Neo4j returned no profile');
      return toOperator(res.summary.profile);
    } catch (e) {
      throw toKennisgraafError(e);
    } finally {
      await session.close();
    }
  }

  async ping(): Promise<{ ok: true; version: string } | { ok: false; reason: string }> {
    try {
      const info = await this.driver.getServerInfo({ database: this.options.database });
      return { ok: true, version: (info.agent ?? 'Neo4j').replace(/^Neo4j\//, '') };
    } catch (e) {
      return { ok: false, reason: (e as Error).message };
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }
}

/** A transaction handle that reports its queries and returns plain objects. */
export class WriteTx {
  constructor(
    private readonly tx: ManagedTransaction,
    private readonly report: (cypher: string, params: Params) => void,
  ) {}

  async run<T extends RecordShape = RecordShape>(cypher: string, params: Params = {}): Promise<T[]> {
    this.report(cypher, params);
    const res: QueryResult<T> = await this.tx.run<T>(cypher, params);
    return res.records.map((r) => r.toObject());
  }
}

interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  rows?: number;
  dbHits?: number;
  children: PlanNode[];
}

function toOperator(p: PlanNode): ProfiledOperator {
  const details = p.arguments.Details;
  return {
    operator: p.operatorType.replace(/@.*$/, ''),
    details: typeof details === 'string' ? details : '',
    rows: Number(p.rows ?? 0),
    dbHits: Number(p.dbHits ?? 0),
    children: p.children.map(toOperator),
  };
}

/** The db hits of a whole plan: the sum over its operators. */
export function totalDbHits(op: ProfiledOperator): number {
  return op.children.reduce((sum, c) => sum + totalDbHits(c), op.dbHits);
}
