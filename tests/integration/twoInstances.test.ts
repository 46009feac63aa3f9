/**
 * Two app instances, one Neo4j (issue 12): a write through one instance is read through the other
 * immediately, in both directions, many times over. On one Neo4j server a committed write is visible
 * to every later transaction; on a cluster each instance's bookmark manager (db/database.ts) makes
 * its own reads follow its own writes, and docs/OPERATIONS.md says what holds across instances.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, startTestServer, testDatabase } from '../support/testServer.js';
import type { RunningKennisgraaf } from '../../server/src/app/startKennisgraaf.js';
import type { Database } from '../../server/src/db/database.js';
import { runSuffix, type Json } from '../api/apiHelpers.js';

const suffix = runSuffix();
const SOURCE = `src-two-${suffix}`;
const PERSON = `person-two-${suffix}`;
const TOKEN = 'curator-secret-two-instances-0123456789';
const AUTH = { authorization: `Bearer ${TOKEN}` };

describe('two app instances on one Neo4j', () => {
  let a: RunningKennisgraaf;
  let b: RunningKennisgraaf;
  let db: Database;

  beforeAll(async () => {
    db = testDatabase();
    const env = { KENNISGRAAF_CURATOR_TOKENS: `anna=${TOKEN}` };
    [a, b] = await Promise.all([startTestServer(env), startTestServer(env)]);
  });

  afterAll(async () => {
    await db?.write('test:cleanup', async (tx) => {
      await tx.run('MATCH (n) WHERE (n:Entity OR n:Source) AND n.id ENDS WITH $suffix DETACH DELETE n', { suffix });
      await tx.run('MATCH (e:AuditEntry) WHERE any(id IN e.entityIds WHERE id ENDS WITH $suffix) DELETE e', { suffix });
    });
    await db?.close();
    await a?.stop();
    await b?.stop();
  });

  const ok = async (app: RunningKennisgraaf, query: string, variables: Record<string, unknown> = {}) => {
    const res = await gql<Json>(app, query, variables, AUTH);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return res.data;
  };

  it('are separate servers with separate drivers', () => {
    expect(a.url).not.toBe(b.url);
    expect(a.db).not.toBe(b.db);
  });

  it('read through one what was just written through the other, both ways', async () => {
    await ok(a, `mutation { createSource(input: { id: "${SOURCE}", title: "Twee instanties", kind: ARTICLE }) { id } }`);
    expect((await ok(b, `{ source(id: "${SOURCE}") { id title } }`)).source).toEqual({ id: SOURCE, title: 'Twee instanties' });
    await ok(b, `mutation { createEntity(input: { type: PERSON, id: "${PERSON}", name: "Ronde 0", provenance: [{ sourceId: "${SOURCE}", quote: "Een zin." }] }) { id } }`);
    for (let i = 1; i <= 20; i++) {
      const [writer, reader] = i % 2 ? [a, b] : [b, a];
      await ok(writer, `mutation($n: String!) { updateEntity(id: "${PERSON}", input: { name: $n, provenance: [{ sourceId: "${SOURCE}", quote: "Een zin." }] }) { id } }`, { n: `Ronde ${i}` });
      const read = await ok(reader, `{ node(id: "${PERSON}") { name lastChange { by } } }`);
      expect(read.node.name).toBe(`Ronde ${i}`);
      expect(read.node.lastChange.by).toBe('anna');
    }
  });
});
