import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { testDatabase } from '../support/testServer.js';
import type { Database } from '../../server/src/db/database.js';
import { KennisgraafError } from '../../server/src/domain/errors.js';

describe('the server talks to a real Neo4j', () => {
  let db: Database;
  const tag = `tx-test-${randomUUID()}`;

  beforeAll(() => {
    db = testDatabase();
  });
  afterAll(async () => {
    await db.write('cleanup', (tx) => tx.run('MATCH (n:Source) WHERE n.id STARTS WITH $tag DETACH DELETE n', { tag }));
    await db.close();
  });

  it('reads back a write made in a transaction', async () => {
    await db.write('t', (tx) => tx.run("CREATE (:Source {id: $id, title: 'Testbron', kind: 'REGISTER'})", { id: `${tag}-a` }));
    const rows = await db.read<{ title: string }>('t', 'MATCH (s:Source {id: $id}) RETURN s.title AS title', { id: `${tag}-a` });
    expect(rows).toEqual([{ title: 'Testbron' }]);
  });

  it('turns a uniqueness-constraint violation into a clear CONFLICT error', async () => {
    const id = `${tag}-dup`;
    await db.write('t', (tx) => tx.run("CREATE (:Source {id: $id, title: 'één', kind: 'REGISTER'})", { id }));
    const err = await db
      .write('t', (tx) => tx.run("CREATE (:Source {id: $id, title: 'twee', kind: 'REGISTER'})", { id }))
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(KennisgraafError);
    expect((err as KennisgraafError).code).toBe('CONFLICT');
    // Issue 19: the id that exists and what to do, never the engine's own words (Node(584), label …).
    expect((err as KennisgraafError).message).toMatch(/^A source with id ".+" already exists; nothing was written\./);
    expect((err as KennisgraafError).message).not.toMatch(/Node\(|label/);
  });

  it('leaves nothing behind when a transaction aborts', async () => {
    const id = `${tag}-aborted`;
    await expect(
      db.write('t', async (tx) => {
        await tx.run("CREATE (:Source {id: $id, title: 'half', kind: 'REGISTER'})", { id });
        throw new Error('abort after the first write');
      }),
    ).rejects.toThrow('abort after the first write');
    const rows = await db.read('t', 'MATCH (s:Source {id: $id}) RETURN s', { id });
    expect(rows).toHaveLength(0);
  });

  it('has the constraints and the full-text index that the migrations create', async () => {
    const constraints = await db.read<{ name: string }>('t', 'SHOW CONSTRAINTS YIELD name RETURN name');
    expect(constraints.map((c) => c.name)).toEqual(expect.arrayContaining(['entity_id_unique', 'municipality_id_unique', 'source_id_unique']));
    const indexes = await db.read<{ name: string; type: string; state: string }>('t', 'SHOW INDEXES YIELD name, type, state RETURN name, type, state');
    expect(indexes).toEqual(expect.arrayContaining([{ name: 'entity_search', type: 'FULLTEXT', state: 'ONLINE' }]));
  });
});
