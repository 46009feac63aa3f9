import { describe, expect, it } from 'vitest';
import { gql, useTestApp } from '../support/testServer.js';
import { LATEST_MIGRATION } from '../../server/src/db/migrations.js';

describe('health, readiness and the first query', () => {
  const ctx = useTestApp();

  it('answers /healthz while the process is up', async () => {
    const res = await ctx.app.yoga.fetch('http://kennisgraaf.test/healthz');
    expect(res.status).toBe(200);
  });

  it('answers /readyz with 200 when Neo4j is reachable and migrated', async () => {
    const res = await fetch(`${ctx.app.url}/readyz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ready: true, migration: LATEST_MIGRATION });
  });

  it('returns a request id header on every response', async () => {
    const res = await fetch(`${ctx.app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'my-trace-1' },
      body: JSON.stringify({ query: '{ health { database } }' }),
    });
    expect(res.headers.get('x-request-id')).toBe('my-trace-1');
  });

  it('resolves health and stats from Neo4j', async () => {
    const res = await gql<{ health: { database: boolean; neo4jVersion: string; migrationVersion: number }; stats: { nodesByType: { key: string; count: number }[] } }>(
      ctx.app,
      '{ health { database neo4jVersion migrationVersion } stats { nodesByType { key count } } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.health).toEqual({ database: true, neo4jVersion: expect.stringMatching(/^5\.26\./), migrationVersion: LATEST_MIGRATION });
    // The fixture graph: 342 current gemeenten and 84 dissolved since 2015 (CBS reference data), 7 engagements.
    const byType = Object.fromEntries(res.data!.stats.nodesByType.map((b) => [b.key, b.count]));
    expect(byType).toMatchObject({ MUNICIPALITY: 426, ENGAGEMENT: 7 });
  });

  it('serves GraphiQL to a browser at /graphql', async () => {
    const res = await fetch(`${ctx.app.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('GraphiQL');
  });

  it('serves the built web app at /', async () => {
    const res = await fetch(`${ctx.app.url}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
  });
});
