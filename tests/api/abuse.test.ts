/**
 * Abuse (issue 12) over real HTTP: the per-client rate limit (429 with Retry-After, by token name
 * or by address), the request-size limit (413 before the body is read, 411 without a length) and the
 * security headers on the API and the web app.
 */
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../support/testServer.js';
import { graphFingerprint } from '../support/graphFingerprint.js';

const TOKENS = { anna: 'curator-secret-anna-0123456789', bram: 'curator-secret-bram-0123456789' };

async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: res.status, headers: res.headers, body: (await res.json()) as { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] } };
}

describe('rate limit per client', () => {
  const ctx = useTestApp({ RATE_LIMIT_PER_MINUTE: '5', KENNISGRAAF_CURATOR_TOKENS: `anna=${TOKENS.anna},bram=${TOKENS.bram}` });
  const READ = { query: '{ health { database } }' };

  it('answers 429 with Retry-After and a GraphQL error after the limit, per token name, and runs nothing', async () => {
    const anna = { authorization: `Bearer ${TOKENS.anna}` };
    for (let i = 0; i < 5; i++) expect((await post(ctx.app.url, READ, anna)).status).toBe(200);
    const before = await graphFingerprint(ctx.db);
    const refused = await post(ctx.app.url, { query: 'mutation { deleteEntity(id: "gemeente-westland") { deleted } }' }, anna);
    expect(refused.status).toBe(429);
    const seconds = Number(refused.headers.get('retry-after'));
    expect(seconds).toBeGreaterThanOrEqual(1);
    expect(seconds).toBeLessThanOrEqual(60);
    expect(refused.body.errors).toHaveLength(1);
    expect(refused.body.errors![0]!.message).toMatch(/Too many requests: at most 5 a minute per client\. Try again in \d+ s\./);
    expect(refused.body.errors![0]!.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'RATE_LIMIT_PER_MINUTE', max: 5, retryAfterSeconds: seconds });
    expect(await graphFingerprint(ctx.db)).toEqual(before);
    // Another token is another client; so is the address without a token.
    expect((await post(ctx.app.url, READ, { authorization: `Bearer ${TOKENS.bram}` })).status).toBe(200);
  });

  it('counts requests without a (valid) token by address, so guessing tokens is limited too', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await post(ctx.app.url, READ, i % 2 ? { authorization: `Bearer guess-${i}` } : {})).status);
    expect(statuses.slice(0, 5).every((s) => s === 200 || s === 403)).toBe(true);
    expect(statuses.slice(5)).toEqual([429, 429]);
  });

  it('leaves the health endpoints and the web app out of the count', async () => {
    for (let i = 0; i < 8; i++) expect((await fetch(`${ctx.app.url}/healthz`)).status).toBe(200);
  });
});

// Issue 19: yoga ran GraphQL for any path ending in /graphql, and the limit counted only /graphql:
// 20,137 requests a minute on /graphql/ without one 429.
describe('one path to GraphQL, and the limit on it', () => {
  const ctx = useTestApp({ RATE_LIMIT_PER_MINUTE: '3' });
  const READ = JSON.stringify({ query: '{ __typename health { database } }' });
  const send = (path: string, init: RequestInit = {}) =>
    fetch(`${ctx.app.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: READ, redirect: 'manual', ...init });

  it('runs GraphQL on no other path: /healthz/graphql, /readyz/x/graphql and their kin are not found and run nothing', async () => {
    for (const path of ['/healthz/graphql', '/readyz/x/graphql', '/readyz/graphql', '/healthz/x', '//graphql', '/graphql/graphql', '/x/graphql', '/x?y=/graphql', '/%67raphql']) {
      const res = await send(path);
      // The web app's 404 (503 "not built yet" where dist/web is missing): never yoga.
      expect([404, 503], path).toContain(res.status);
      expect(await res.text(), path).not.toContain('__typename');
      const get = await fetch(`${ctx.app.url}${path}${path.includes('?') ? '&' : '?'}query=${encodeURIComponent('{ __typename }')}`);
      expect(await get.text(), path).not.toContain('"data"');
    }
    // Nor through yoga's own handler (what the tests and any other mount call).
    for (const path of ['/healthz/graphql', '/readyz/x/graphql', '/graphql/', '/x?y=/graphql']) {
      const res = await ctx.app.yoga.fetch(`http://kennisgraaf.test${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: READ });
      expect(res.status, path).toBe(404);
    }
  });

  it('sends /graphql/ to /graphql (308, method and body kept), so it is counted there', async () => {
    const redirect = await send('/graphql/?trace=1');
    expect(redirect.status).toBe(308);
    expect(redirect.headers.get('location')).toBe('/graphql?trace=1');
    const statuses: number[] = [];
    // The redirect above ran nothing; three requests through it answer, the fourth is over the limit.
    for (let i = 0; i < 4; i++) statuses.push((await send('/graphql/', { redirect: 'follow' })).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect((await send('/graphql')).status).toBe(429);
    // The health endpoints stay out of the count.
    expect((await fetch(`${ctx.app.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${ctx.app.url}/readyz`)).status).toBe(200);
  });
});

describe('request size and security headers', () => {
  const ctx = useTestApp({ REQUEST_MAX_BYTES: '2048' });

  it('refuses a body over REQUEST_MAX_BYTES with 413 and a clear message, before reading it', async () => {
    const res = await post(ctx.app.url, { query: `{ search(query: "${'a'.repeat(3000)}") { totalCount } }` });
    expect(res.status).toBe(413);
    expect(res.body.errors![0]!.message).toMatch(/at most 2048 are accepted \(REQUEST_MAX_BYTES\)/);
    expect(res.body.errors![0]!.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'REQUEST_MAX_BYTES', max: 2048 });
    expect((await post(ctx.app.url, { query: '{ health { database } }' })).status).toBe(200);
  });

  it('refuses a chunked body (no Content-Length) with 411', async () => {
    const stream = new ReadableStream({
      start(c) {
        c.enqueue(new TextEncoder().encode(JSON.stringify({ query: '{ health { database } }' })));
        c.close();
      },
    });
    const res = await fetch(`${ctx.app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: stream, duplex: 'half' } as RequestInit);
    expect(res.status).toBe(411);
    expect(((await res.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(/Content-Length/);
  });

  it.each(['/graphql', '/', '/healthz', '/geo/nowhere'])('sends the security headers on %s', async (path) => {
    const res = path === '/graphql' ? await fetch(`${ctx.app.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' }) : await fetch(`${ctx.app.url}${path}`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/https?:|unsafe-inline|unsafe-eval|\*/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
  });
});
