/**
 * Neo4j dies during a write (issue 12): a private Neo4j (own folder and ports) is killed with
 * SIGKILL — no shutdown, no flush, what a power cut or the OOM killer does — while a big write
 * transaction of the product is open and has written part of its data; after a restart on the same
 * data folder the graph must equal the graph before the write (fingerprint), never half of it, and
 * the caller must have had a clear DB_UNAVAILABLE error, not a hang.
 *
 * The kill is timed, not guessed: another session polls `SHOW TRANSACTIONS` until the product's
 * transaction is running its relationship batches (its entities are written by then, inside the
 * transaction) and holds locks, and only then kills the JVM. The two writes:
 * - an import (db/importGraph.ts, what `npm run import` runs) of an export file with a synthetic
 *   graph of 6,000 engagements (about 60,000 relationships), one transaction;
 * - an accepted review batch (db/reviewProposals.ts `acceptRemainingProposals`) of 12,000
 *   proposals, saved first through intake's own save path (db/saveProposals.ts `saveIntake`).
 */
import fs from 'node:fs';
import path from 'node:path';
import neo4jDriver from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CACHE_ROOT, freePort, startLocalNeo4j, type RunningNeo4j } from '../../neo4j/neo4j-local.js';
import { Database } from '../../server/src/db/database.js';
import { importGraph } from '../../server/src/db/importGraph.js';
import { migrate } from '../../server/src/db/migrations.js';
import { acceptRemainingProposals } from '../../server/src/db/reviewProposals.js';
import { saveIntake, textHash } from '../../server/src/db/saveProposals.js';
import { loadSyntheticBasis } from '../../server/src/db/syntheticGraph.js';
import { KennisgraafError } from '../../server/src/domain/errors.js';
import { generateSyntheticGraph } from '../../server/src/domain/generateSyntheticGraph.js';
import { GRAPH_FORMAT, GRAPH_FORMAT_VERSION, type GraphDocument } from '../../server/src/domain/graphDocument.js';
import type { IntakeDraft } from '../../server/src/ingest/intakeTypes.js';
import { loadFixtureGraph } from '../support/fixtureGraph.js';
import { graphFingerprint } from '../support/graphFingerprint.js';

/** What the product's write runs while it writes relationships, or (review) marks the proposals decided. */
const WRITING = /MERGE \(a\)-\[r:|SET p \+= row\.set/;

interface OpenWrite {
  transactionId: string;
  currentQuery: string;
  activeLockCount: number;
}

describe('when Neo4j is killed (SIGKILL) during a write', () => {
  const home = path.join(CACHE_ROOT, 'test', `crash-${process.pid}-${Date.now()}`);
  let ports: { bolt: number; http: number };
  let neo4j: RunningNeo4j;
  let db: Database;

  const start = async () => {
    neo4j = await startLocalNeo4j({ home, boltPort: ports.bolt, httpPort: ports.http, heap: '768m', pageCache: '128m' });
    db = new Database({ uri: neo4j.uri, user: neo4j.user, password: neo4j.password, database: 'neo4j', queryTimeoutMs: 120_000 });
  };

  beforeAll(async () => {
    ports = { bolt: await freePort(), http: await freePort() };
    await start();
    await migrate(db);
    await loadFixtureGraph(db);
  });

  afterAll(async () => {
    await db?.close();
    await neo4j?.stop();
    fs.rmSync(home, { recursive: true, force: true });
  });

  /** Polls SHOW TRANSACTIONS from its own session until a transaction is in the middle of writing; then kills the JVM. */
  async function killWhenWriting(done: () => boolean): Promise<OpenWrite> {
    const watcher = neo4jDriver.driver(neo4j.uri, neo4jDriver.auth.basic(neo4j.user, neo4j.password), { disableLosslessIntegers: true });
    try {
      const deadline = Date.now() + 120_000;
      for (;;) {
        if (done()) throw new Error(`The write ended before a transaction running ${WRITING} with locks was seen: make it bigger, or update WRITING to the product's Cypher.`);
        if (Date.now() > deadline) throw new Error(`No transaction running ${WRITING} with locks was seen within 120 s.`);
        const { records } = await watcher.executeQuery(
          'SHOW TRANSACTIONS YIELD transactionId, currentQuery, activeLockCount RETURN transactionId, currentQuery, activeLockCount',
          {},
          { database: 'neo4j' },
        );
        const open = records.map((r) => r.toObject() as OpenWrite).find((t) => WRITING.test(t.currentQuery) && t.activeLockCount > 0);
        if (open) {
          await neo4j.kill();
          return open;
        }
        await new Promise((r) => setTimeout(r, 25));
      }
    } finally {
      await watcher.close().catch(() => {});
    }
  }

  /** Runs `write`, kills Neo4j while it writes, and returns what the caller got and how long it waited after the kill. */
  async function crashDuring(write: () => Promise<unknown>): Promise<{ error: unknown; open: OpenWrite; waitedMs: number }> {
    let settled = false;
    const outcome = write().then(
      () => {
        settled = true;
        return { error: null as unknown, at: performance.now() };
      },
      (error: unknown) => {
        settled = true;
        return { error, at: performance.now() };
      },
    );
    const open = await killWhenWriting(() => settled);
    const killedAt = performance.now();
    const { error, at } = await outcome;
    return { error, open, waitedMs: at - killedAt };
  }

  /** After the crash: the caller was told, Neo4j comes back on the same folder, and the graph is the one before. */
  async function expectRecoveredTo(before: Awaited<ReturnType<typeof graphFingerprint>>, auditBefore: number, crash: Awaited<ReturnType<typeof crashDuring>>) {
    expect(crash.open.activeLockCount).toBeGreaterThan(0);
    expect(crash.error).toBeInstanceOf(KennisgraafError);
    expect((crash.error as KennisgraafError).code).toBe('DB_UNAVAILABLE');
    expect((crash.error as Error).message).toMatch(/database is unavailable/i);
    // Told within the driver's retry time and connection timeout, not left hanging.
    expect(crash.waitedMs).toBeLessThan(30_000);

    await db.close();
    await start();
    expect(await graphFingerprint(db)).toEqual(before);
    const [audit] = await db.read<{ n: number }>('test:auditCount', 'MATCH (a:AuditEntry) RETURN count(a) AS n');
    expect(audit!.n).toBe(auditBefore);
  }

  const auditCount = async () => (await db.read<{ n: number }>('test:auditCount', 'MATCH (a:AuditEntry) RETURN count(a) AS n'))[0]!.n;

  it('an import leaves the graph as it was', { timeout: 420_000 }, async () => {
    // An export file with a synthetic graph on the fixture's gemeenten and themes, as `npm run import` reads it.
    const docs = [...generateSyntheticGraph(await loadSyntheticBasis(db), { engagements: 6_000, seed: 7, bureaus: 60, people: 600 })];
    const doc: GraphDocument = {
      format: GRAPH_FORMAT,
      version: GRAPH_FORMAT_VERSION,
      sources: docs.flatMap((d) => d.sources),
      entities: docs.flatMap((d) => d.entities),
      relations: docs.flatMap((d) => d.relations),
    };
    const file = path.join(home, 'import', 'crash-import.json');
    fs.writeFileSync(file, JSON.stringify(doc));
    expect(doc.relations.length).toBeGreaterThan(50_000);

    const before = await graphFingerprint(db);
    const auditBefore = await auditCount();
    const crash = await crashDuring(() => importGraph(db, JSON.parse(fs.readFileSync(file, 'utf8')) as unknown));
    await expectRecoveredTo(before, auditBefore, crash);
  });

  it('an accepted review batch leaves the graph and the proposals as they were', { timeout: 420_000 }, async () => {
    const [bureau] = await db.read<{ id: string; name: string }>('test:bureau', 'MATCH (k:Consultancy) RETURN k.id AS id, k.name AS name ORDER BY k.id LIMIT 1');
    const people = 6_000;
    const sentence = (i: number) => `Crashtest Persoon ${i} werkt als adviseur bij ${bureau!.name}.`;
    const text = Array.from({ length: people }, (_, i) => sentence(i)).join(' ');
    let offset = 0;
    const starts = Array.from({ length: people }, (_, i) => {
      const at = offset;
      offset += sentence(i).length + 1;
      return at;
    });
    const draft: IntakeDraft = {
      entities: [
        { key: 'bureau', type: 'CONSULTANCY', name: bureau!.name, mentions: [], linkedEntityId: bureau!.id, quote: sentence(0), quoteStart: 0, confidence: 1, rule: 'GRAPH_NAME' },
        ...Array.from({ length: people }, (_, i) => ({
          key: `person-${i}`,
          type: 'PERSON' as const,
          name: `Crashtest Persoon ${i}`,
          mentions: [],
          linkedEntityId: null,
          quote: sentence(i),
          quoteStart: starts[i]!,
          confidence: 0.9,
          rule: 'FROG_NER' as const,
        })),
      ],
      relations: Array.from({ length: people }, (_, i) => ({
        key: `works-${i}`,
        type: 'WORKS_AT' as const,
        from: `person-${i}`,
        to: 'bureau',
        title: 'adviseur',
        quote: sentence(i),
        quoteStart: starts[i]!,
        confidence: 0.8,
        rule: 'FROG_NER' as const,
      })),
    };
    const sourceId = 'src-crashtest';
    const saved = await saveIntake(
      db,
      { sourceId, text, hash: textHash(text), format: 'text', props: { id: sourceId, title: 'Crashtest', kind: 'ARTICLE' } },
      draft,
    );
    expect(saved.added).toBe(2 * people + 1);

    const before = await graphFingerprint(db);
    const auditBefore = await auditCount();
    const crash = await crashDuring(() => acceptRemainingProposals(db, sourceId));
    await expectRecoveredTo(before, auditBefore, crash);
    const [pending] = await db.read<{ pending: number; decided: number }>(
      'test:proposals',
      "MATCH (p:Proposal {sourceId: $sourceId}) RETURN count(CASE WHEN p.status = 'PENDING' THEN 1 END) AS pending, count(CASE WHEN p.status <> 'PENDING' THEN 1 END) AS decided",
      { sourceId },
    );
    expect(pending).toEqual({ pending: 2 * people + 1, decided: 0 });
  });
});
