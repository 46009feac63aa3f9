/**
 * The db-hit guard: a regression test of query cost that is not a timed test (like the performance
 * suite of @neo4j/graphql). For each operation of issue 11 and the explorer's common ones it runs
 * the operation through the real server, records every Cypher query the operation issued
 * (`db.onQuery`, with its parameters), PROFILEs each again and sums its db hits. The figures are
 * compared with the committed snapshot `dbHits.snapshot.json`: the test fails when an operation
 * issues MORE queries than recorded, or more than 1.5× the recorded db hits. Db hits do not depend
 * on the machine or on what else runs, so this fails on a lost index or a query that starts to
 * scan, not on a busy CI box.
 *
 * The graph is the fixture graph plus a small deterministic synthetic layer (npm run synth's
 * generator, 600 engagements, seed 1; removed afterwards) so that a scan of all engagements costs
 * hundreds of db hits, not seven. Every operation runs with cold caches (a write first), so what
 * it costs to fill them counts too, whatever ran before it.
 *
 * After a deliberate change (a better query: lower figures; a new field: more), rewrite the
 * snapshot and commit it with the change:
 *   UPDATE_DB_HITS=1 npx vitest run --project db tests/performance/dbHits.test.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totalDbHits, type QueryEvent } from '../../server/src/db/database.js';
import { writeGraph } from '../../server/src/db/writeGraph.js';
import { loadSyntheticBasis, removeSyntheticGraph } from '../../server/src/db/syntheticGraph.js';
import { generateSyntheticGraph } from '../../server/src/domain/generateSyntheticGraph.js';
import { gql, useTestApp } from '../support/testServer.js';
import { DB_HIT_OPERATIONS } from './operations.js';

const SNAPSHOT = path.join(import.meta.dirname, 'dbHits.snapshot.json');
const UPDATE = process.env.UPDATE_DB_HITS === '1';
/** More than this many times the recorded db hits fails. */
const TOLERANCE = 1.5;

interface Recorded {
  queries: number;
  dbHits: number;
  /** Per query (by name, in the order issued): its db hits. */
  perQuery: { name: string; dbHits: number }[];
}

const snapshot: Record<string, Recorded> = fs.existsSync(SNAPSHOT) ? (JSON.parse(fs.readFileSync(SNAPSHOT, 'utf8')) as Record<string, Recorded>) : {};
const measured: Record<string, Recorded> = {};

describe('db hits per operation (regression guard, not timed)', () => {
  const ctx = useTestApp();

  beforeAll(async () => {
    const basis = await loadSyntheticBasis(ctx.db);
    for (const doc of generateSyntheticGraph(basis, { engagements: 600, seed: 1 })) await writeGraph(ctx.db, doc, 'keep');
  });
  afterAll(async () => {
    if (ctx.db) await removeSyntheticGraph(ctx.db);
    if (UPDATE) {
      // Operations not run this time (-t) keep their recorded figures; ones no longer listed go.
      const all = { ...snapshot, ...measured };
      const sorted = Object.fromEntries(Object.keys(DB_HIT_OPERATIONS).filter((k) => all[k]).map((k) => [k, all[k]]));
      fs.writeFileSync(SNAPSHOT, `${JSON.stringify(sorted, null, 2)}\n`);
    }
  });

  for (const [name, op] of Object.entries(DB_HIT_OPERATIONS)) {
    it(`${name}: no more queries, at most ${TOLERANCE}× the db hits of the snapshot`, async () => {
      // Cold caches (stats, sources, comparable features: db/cachedPerWrite.ts): a write through the
      // server's Database empties them, so each operation's cost includes filling what it needs.
      await ctx.app.db.write('test:coldCaches', (tx) => tx.run('RETURN 1'));
      const events: QueryEvent[] = [];
      const off = ctx.app.db.onQuery((e) => events.push(e));
      let res: Awaited<ReturnType<typeof gql>>;
      try {
        res = await gql(ctx.app, op.query, op.variables ?? {});
      } finally {
        off();
      }
      expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
      const perQuery: Recorded['perQuery'] = [];
      for (const e of events) {
        expect(e.mode, `${e.name} is a write`).toBe('READ');
        perQuery.push({ name: e.name, dbHits: totalDbHits(await ctx.db.profile(e.cypher, e.params)) });
      }
      const now: Recorded = { queries: events.length, dbHits: perQuery.reduce((s, q) => s + q.dbHits, 0), perQuery };
      measured[name] = now;
      if (UPDATE) return;
      const was = snapshot[name];
      expect(was, `no snapshot for ${name}: run with UPDATE_DB_HITS=1 and commit tests/performance/dbHits.snapshot.json`).toBeDefined();
      const report = `${name}: ${now.queries} queries / ${now.dbHits} db hits now (${now.perQuery.map((q) => `${q.name} ${q.dbHits}`).join(', ')}), ` +
        `${was!.queries} / ${was!.dbHits} recorded. If the change is deliberate: UPDATE_DB_HITS=1 npx vitest run --project db tests/performance/dbHits.test.ts`;
      expect(now.queries, report).toBeLessThanOrEqual(was!.queries);
      expect(now.dbHits, report).toBeLessThanOrEqual(Math.ceil(was!.dbHits * TOLERANCE));
    });
  }
});
