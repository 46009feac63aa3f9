/**
 * A Neo4j transaction timeout reaches clients as `extensions.code: "TIMEOUT"`: a server with the
 * smallest QUERY_TIMEOUT_MS (100 ms) runs a GraphQL query that Neo4j cannot finish in time, and
 * Neo4j — not the test — ends the transaction.
 *
 * The slow query is an ordinary one made slow by data: `sources { factCount }` counts, for every
 * source, the entities that cite it, so its work grows with sources × entities. The test adds
 * BALLAST sources and entities that cite them (seconds of work for Neo4j) and removes them again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { int } from '../../server/src/db/database.js';
import { useTestApp, gql } from '../support/testServer.js';

const BALLAST = 8000;
const PREFIX = 'zz-timeout-ballast-';

const ADD_BALLAST = `
  UNWIND range(1, $n) AS i
  CREATE (:Source {id: $prefix + 'src-' + i, title: $prefix + i, kind: 'REGISTER'})
  CREATE (:Entity {id: $prefix + 'entity-' + i, provSources: [$prefix + 'src-' + i], provQuotes: ['ballast']})`;
const REMOVE_BALLAST = 'MATCH (n) WHERE (n:Source OR n:Entity) AND n.id STARTS WITH $prefix DETACH DELETE n';

describe('a query that takes longer than QUERY_TIMEOUT_MS', () => {
  const ctx = useTestApp({ QUERY_TIMEOUT_MS: '100' });

  beforeAll(async () => {
    await ctx.db.write('test:removeBallast', (tx) => tx.run(REMOVE_BALLAST, { prefix: PREFIX }));
    await ctx.db.write('test:addBallast', (tx) => tx.run(ADD_BALLAST, { n: int(BALLAST), prefix: PREFIX }));
  });
  afterAll(async () => {
    await ctx.db.write('test:removeBallast', (tx) => tx.run(REMOVE_BALLAST, { prefix: PREFIX }));
  });

  it('is ended by Neo4j and answered with TIMEOUT, a message that says what to do, and no internals', async () => {
    const started = Date.now();
    const res = await gql(ctx.app, '{ sources { id factCount } }');
    expect(res.status).toBe(200);
    expect(res.errors?.map((e) => e.extensions?.code)).toContain('TIMEOUT');
    const error = res.errors!.find((e) => e.extensions?.code === 'TIMEOUT')!;
    expect(error.message).toMatch(/QUERY_TIMEOUT_MS.*Narrow it down/);
    expect(JSON.stringify(res.errors)).not.toMatch(/Neo4j|Neo\.ClientError|TransactionTimedOut|\n\s+at /);
    // Ended by the timeout, not by the query finishing: the ballast takes Neo4j far longer.
    expect(Date.now() - started).toBeLessThan(8000);
  });

  it('leaves the server answering the next query', async () => {
    const res = await gql<{ health: { database: boolean } }>(ctx.app, '{ health { database } }');
    expect(res.errors).toBeUndefined();
    expect(res.data?.health.database).toBe(true);
  });
});
