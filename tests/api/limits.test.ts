/**
 * `limits`: the server says the limits it is configured with — the ones an administrator sets and
 * the fixed ones — and they are the limits it enforces, so a client that reads them (the web app)
 * never needs a copy.
 */
import { describe, expect, it } from 'vitest';
import { gql, useTestApp } from '../support/testServer.js';
import { expectRefused, query, type Json } from './apiHelpers.js';

const LIMITS = `{ limits { maxPageSize maxMunicipalities maxNeighborhoodNodes maxNeighborhoodDepth maxNeighborhoodIds maxPinnedIds maxExcludedIds maxConnectIds maxPathLength maxPaths intakeMaxBytes intakeMaxWords } }`;

describe('limits', () => {
  const ctx = useTestApp({ MAX_PAGE_SIZE: '40', MAX_NEIGHBORHOOD_NODES: '300', INTAKE_MAX_BYTES: '200000', INTAKE_MAX_WORDS: '1234' });

  it('answers the limits this server is configured with', async () => {
    const data = await query(ctx.app, LIMITS);
    expect(data.limits).toEqual({
      maxPageSize: 40,
      maxMunicipalities: 400,
      maxNeighborhoodNodes: 300,
      maxNeighborhoodDepth: 3,
      maxNeighborhoodIds: 50,
      maxPinnedIds: 100,
      maxExcludedIds: 500,
      maxConnectIds: 5000,
      maxPathLength: 6,
      maxPaths: 20,
      intakeMaxBytes: 200000,
      intakeMaxWords: 1234,
    });
  });

  it('enforces the limits it answers: one id more than maxNeighborhoodIds or maxPinnedIds is refused', async () => {
    const { limits } = await query(ctx.app, LIMITS);
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `gemeente-x${i}`);
    const hood = `query H($ids: [ID!]!, $pin: [ID!]) { neighborhood(ids: $ids, pin: $pin, limit: 10) { truncated } }`;
    const tooManyIds = expectRefused(await gql<Json>(ctx.app, hood, { ids: ids(limits.maxNeighborhoodIds + 1) }), 'LIMIT_EXCEEDED', new RegExp(String(limits.maxNeighborhoodIds)));
    expect(tooManyIds.extensions?.argument).toBe('ids');
    const tooManyPins = expectRefused(await gql<Json>(ctx.app, hood, { ids: ['gemeente-x'], pin: ids(limits.maxPinnedIds + 1) }), 'LIMIT_EXCEEDED', new RegExp(String(limits.maxPinnedIds)));
    expect(tooManyPins.extensions?.argument).toBe('pin');
    expectRefused(await gql<Json>(ctx.app, `query N($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: ids(limits.maxPageSize + 1) }), 'LIMIT_EXCEEDED');
  });
});
