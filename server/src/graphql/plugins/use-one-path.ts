/**
 * One path to GraphQL: yoga itself runs GraphQL for any URL that ends in its endpoint
 * (`/healthz/graphql`, `/readyz/x/graphql`, `/x?y=/graphql`), which would also pass by the rate
 * limit (use-rate-limit.ts). Here every request whose path is not exactly `/graphql`, `/healthz`
 * or `/readyz` is answered 404 before anything is parsed. (`/graphql/` never reaches yoga:
 * http/createHttpServer.ts redirects it to `/graphql`.) Registered first among the plugins.
 */
import type { Plugin } from 'graphql-yoga';

export function useOnePath(paths: readonly string[]): Plugin {
  const allowed = new Set(paths);
  return {
    onRequest(payload) {
      const { url, fetchAPI } = payload;
      if (allowed.has(url.pathname)) return;
      payload.endResponse(
        new fetchAPI.Response(`Not found. GraphQL is at ${paths[0]} only.`, { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } }),
      );
    },
  };
}
