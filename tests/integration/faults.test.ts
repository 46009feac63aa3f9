/**
 * Fault test: a private Neo4j (own folder and ports) that the test stops while the server runs,
 * then starts again. The server must report 503 and "database unavailable", not crash, and
 * recover without a restart.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CACHE_ROOT, freePort, startLocalNeo4j, type RunningNeo4j } from '../../neo4j/neo4j-local.js';
import { loadConfig } from '../../server/src/config.js';
import { createLogger } from '../../server/src/logging/logger.js';
import { startKennisgraaf, type RunningKennisgraaf } from '../../server/src/app/startKennisgraaf.js';
import { gql } from '../support/testServer.js';

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
      QUERY_TIMEOUT_MS: '5000',
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
});
