/**
 * Fault test: a private Neo4j (own folder and ports) that the test stops while the server runs,
 * then starts again. The server must report 503 and "database unavailable", not crash, and
 * recover without a restart. Then the same under load (issue 12): while readers and curators send
 * requests over HTTP, Neo4j is killed (SIGKILL) and started again; while it is down readiness is
 * 503 and every failed request says DB_UNAVAILABLE, afterwards the same server answers again, and
 * every write that was acknowledged is in the graph.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CACHE_ROOT, freePort, startLocalNeo4j, type RunningNeo4j } from '../../neo4j/neo4j-local.js';
import { loadConfig } from '../../server/src/config.js';
import { createLogger } from '../../server/src/logging/logger.js';
import { startKennisgraaf, type RunningKennisgraaf } from '../../server/src/app/startKennisgraaf.js';
import { Database } from '../../server/src/db/database.js';
import { gql } from '../support/testServer.js';

const CURATOR_TOKEN = 'curator-secret-faults-0123456789';

describe('when Neo4j goes away and comes back', () => {
  const home = path.join(CACHE_ROOT, 'test', `faults-${process.pid}-${Date.now()}`);
  let ports: { bolt: number; http: number };
  let neo4j: RunningNeo4j;
  let app: RunningKennisgraaf;

  const start = () => startLocalNeo4j({ home, boltPort: ports.bolt, httpPort: ports.http, heap: '512m', pageCache: '64m' });

  beforeAll(async () => {
    ports = { bolt: await freePort(), http: await freePort() };
    neo4j = await start();
    const config = loadConfig({
      PORT: '0',
      NEO4J_URI: neo4j.uri,
      NEO4J_USER: neo4j.user,
      NEO4J_PASSWORD: neo4j.password,
      LOG_LEVEL: 'silent',
      // This file tests faults, not speed: on a busy shared machine a 5 s timeout fails queries that are merely slow.
      QUERY_TIMEOUT_MS: '30000',
      KENNISGRAAF_CURATOR_TOKENS: `faults=${CURATOR_TOKEN}`,
      // The load below comes from one address; the rate limit is not what this file tests.
      RATE_LIMIT_PER_MINUTE: '1000000',
    });
    app = await startKennisgraaf(config, createLogger(process.env.TEST_LOG_LEVEL === 'error' ? 'error' : 'silent'));
  });

  afterAll(async () => {
    await app?.stop();
    await neo4j?.stop();
    fs.rmSync(home, { recursive: true, force: true });
  });

  it('is ready while Neo4j runs', async () => {
    expect((await fetch(`${app.url}/readyz`)).status).toBe(200);
  });

  it('reports 503 on /readyz and DB_UNAVAILABLE on GraphQL after Neo4j stops, without crashing', async () => {
    await neo4j.stop();
    const ready = await fetch(`${app.url}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ ready: false, reason: expect.stringContaining('unreachable') });

    const res = await gql(app, '{ search(query: "kern") { totalCount } }');
    expect(res.errors?.[0]?.extensions?.code).toBe('DB_UNAVAILABLE');
    expect(res.errors?.[0]?.message).toMatch(/database is unavailable/i);
    expect(JSON.stringify(res.errors)).not.toMatch(/at .*\.js:\d+/); // no stack trace

    expect((await fetch(`${app.url}/healthz`)).status).toBe(200); // the process is still up
  });

  it('recovers when Neo4j is back, without restarting the server', async () => {
    neo4j = await start();
    let status = 0;
    for (let i = 0; i < 40 && status !== 200; i++) {
      status = (await fetch(`${app.url}/readyz`)).status;
      if (status !== 200) await new Promise((r) => setTimeout(r, 500));
    }
    expect(status).toBe(200);
    const res = await gql<{ health: { database: boolean } }>(app, '{ health { database } }');
    expect(res.data?.health.database).toBe(true);
  });

  it('under load: 503 and DB_UNAVAILABLE while Neo4j is killed, recovery, and no acknowledged write lost', { timeout: 420_000 }, async () => {
    const post = async (query: string, variables: Record<string, unknown> = {}) => {
      const res = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${CURATOR_TOKEN}` },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, body: (await res.json()) as { data?: Record<string, { id?: string } | null>; errors?: { extensions?: { code?: string } }[] } };
    };
    const SOURCE = 'src-faults-load';
    expect((await post(`mutation { createSource(input: { id: "${SOURCE}", title: "Fouttest onder last", kind: ARTICLE }) { id } }`)).body.errors).toBeUndefined();

    type Phase = 'up' | 'down' | 'back';
    let phase: Phase = 'up';
    let running = true;
    const acknowledged: string[] = [];
    const outcomes: { phase: Phase; kind: 'read' | 'write'; status: number; code: string | null }[] = [];
    const record = (kind: 'read' | 'write', res: Awaited<ReturnType<typeof post>>, at: Phase) =>
      outcomes.push({ phase: at, kind, status: res.status, code: res.body.errors ? (res.body.errors[0]?.extensions?.code ?? 'NO_CODE') : null });

    const writer = async (w: number) => {
      for (let n = 0; running; n++) {
        const id = `person-faults-${w}-${n}`;
        const at = phase;
        const res = await post(
          'mutation($id: ID!, $name: String!, $source: ID!) { createEntity(input: { type: PERSON, id: $id, name: $name, provenance: [{ sourceId: $source, quote: "Een zin onder last." }] }) { id } }',
          { id, name: `Last ${w}.${n}`, source: SOURCE },
        );
        record('write', res, at);
        if (!res.body.errors && res.body.data?.createEntity?.id === id) acknowledged.push(id);
      }
    };
    const READS = ['{ search(query: "kern", first: 5) { totalCount } }', '{ stats { sourceCount } }', `{ source(id: "${SOURCE}") { id } }`];
    const reader = async (r: number) => {
      for (let n = 0; running; n++) {
        const at = phase;
        record('read', await post(READS[(r + n) % READS.length]!), at);
      }
    };
    const clients = [...[0, 1, 2].map(writer), ...[0, 1, 2].map(reader)];
    const until = async (what: string, ok: () => boolean | Promise<boolean>, ms: number) => {
      const deadline = Date.now() + ms;
      while (!(await ok())) {
        if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    };

    await until('acknowledged writes under load', () => acknowledged.length >= 20, 60_000);
    const ackedBeforeKill = acknowledged.length;
    await neo4j.kill();
    phase = 'down';
    await until('readiness to go 503', async () => (await fetch(`${app.url}/readyz`)).status === 503, 30_000);
    await until('failed reads and writes while down', () => ['read', 'write'].every((k) => outcomes.some((o) => o.phase === 'down' && o.kind === k && o.code)), 60_000);
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);

    neo4j = await start();
    await until('readiness to come back', async () => (await fetch(`${app.url}/readyz`)).status === 200, 60_000);
    phase = 'back';
    const ackedAtRestart = acknowledged.length;
    await until('acknowledged writes after the restart', () => acknowledged.length >= ackedAtRestart + 20, 60_000);
    running = false;
    await Promise.all(clients);

    // Every failure said what it was: the database is unavailable (HTTP 503, docs/API.md); every success is a 200.
    const failures = outcomes.filter((o) => o.code);
    expect(new Set(failures.map((o) => o.code)), JSON.stringify(failures.filter((o) => o.code !== 'DB_UNAVAILABLE'))).toEqual(new Set(['DB_UNAVAILABLE']));
    expect(new Set(failures.map((o) => o.status))).toEqual(new Set([503]));
    expect(outcomes.filter((o) => !o.code).every((o) => o.status === 200)).toBe(true);
    expect(outcomes.filter((o) => o.phase === 'back' && !o.code).length).toBeGreaterThan(0);
    expect(ackedBeforeKill).toBeGreaterThanOrEqual(20);

    // No acknowledged write is lost: each is in the graph after the crash and the restart.
    const db = new Database({ uri: neo4j.uri, user: neo4j.user, password: neo4j.password, database: 'neo4j', queryTimeoutMs: 30_000 });
    try {
      const found = await db.read<{ id: string }>('test:acknowledged', 'UNWIND $ids AS id MATCH (n:Person {id: id}) RETURN n.id AS id', { ids: acknowledged });
      expect(found.map((f) => f.id).sort()).toEqual([...acknowledged].sort());
    } finally {
      await db.close();
    }
  });
});
