/**
 * Per-client rate limit on every request to yoga but the health endpoints (issue 12; issue 19:
 * counted by what is NOT exempt, so no spelling of a path passes by it — use-one-path.ts answers
 * anything but /graphql, /healthz and /readyz with 404 anyway): RATE_LIMIT_PER_MINUTE requests a minute per client,
 * in memory (rate-limiter-flexible). A client is its token's name when it sends a valid token, else
 * its IP address (so guessing tokens is limited per address). Over the limit the answer is HTTP 429
 * with `Retry-After` (seconds) and one GraphQL error `LIMIT_EXCEEDED` whose
 * `extensions.retryAfterSeconds` says the same; nothing is parsed or run. With several app
 * instances each counts its own clients (docs/OPERATIONS.md).
 */
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { Plugin } from 'graphql-yoga';
import type { ApiToken } from '../../config.js';
import { bearer, identify, storeTokens } from './use-api-token.js';

/** The address the request came from: the socket's peer (a proxy in front counts as one client; see docs/OPERATIONS.md). */
function clientAddress(serverContext: unknown): string {
  const req = (serverContext as { req?: { socket?: { remoteAddress?: string } } } | undefined)?.req;
  return req?.socket?.remoteAddress ?? 'unknown';
}

export function useRateLimit(options: { perMinute: number; tokens: readonly ApiToken[]; exempt: readonly string[] }): Plugin {
  const exempt = new Set(options.exempt);
  const limiter = new RateLimiterMemory({ points: options.perMinute, duration: 60 });
  const stored = storeTokens(options.tokens);
  return {
    async onRequest(payload) {
      const { request, url, serverContext, fetchAPI } = payload;
      if (exempt.has(url.pathname)) return;
      const given = bearer(request);
      const token = given ? identify(given, stored) : null;
      const key = token ? `token:${token.name}` : `ip:${clientAddress(serverContext)}`;
      try {
        await limiter.consume(key);
      } catch (e) {
        if (!(e instanceof RateLimiterRes)) throw e;
        const seconds = Math.max(1, Math.ceil(e.msBeforeNext / 1000));
        const error = {
          message: `Too many requests: at most ${options.perMinute} a minute per client. Try again in ${seconds} s.`,
          extensions: { code: 'LIMIT_EXCEEDED', limit: 'RATE_LIMIT_PER_MINUTE', max: options.perMinute, retryAfterSeconds: seconds },
        };
        payload.endResponse(
          new fetchAPI.Response(JSON.stringify({ errors: [error] }), {
            status: 429,
            headers: { 'content-type': 'application/graphql-response+json; charset=utf-8', 'retry-after': String(seconds) },
          }),
        );
      }
    },
  };
}
