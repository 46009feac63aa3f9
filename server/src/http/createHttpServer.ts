/**
 * One port: GraphQL (`/graphql`), health (`/healthz`, `/readyz`) via yoga, GraphiQL's bundled files
 * (`/graphiql/`, see graphiqlAssets.ts), and the built web app at `/` (static files, index.html for
 * client-side routes). Yoga gets exactly those three paths; `/graphql/` is answered with a
 * permanent redirect (308: method and body kept) to `/graphql`, so there is one URL to GraphQL and
 * its rate limit; anything else under them is the web app's (its 404).
 */
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import sirv from 'sirv';
import { GRAPHQL_PATH, HEALTH_PATHS, type KennisgraafYoga } from '../graphql/createYoga.js';
import { randomBytes } from 'node:crypto';
import { GRAPHIQL_ASSET_PATH, STYLE_NONCE_HEADER, serveGraphiQLAsset } from './graphiqlAssets.js';

const YOGA_PATHS = new Set<string>([GRAPHQL_PATH, ...HEALTH_PATHS]);

/**
 * On every response, the web app's and the API's alike. The Content-Security-Policy allows only this
 * origin: scripts, styles (and Cytoscape's one fixed inline rule, by hash), fonts and API calls from
 * here, images from here or `data:` (the favicon);
 * no plugins, no framing (`frame-ancestors 'none'`, and X-Frame-Options for older browsers).
 */
const POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // Cytoscape inserts one <style> element with a fixed rule (`.__________cytoscape_container { position: relative; }`):
  // allowed by its hash, so no other inline style is.
  "style-src 'self' 'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8='",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

/**
 * GraphiQL's page (GET /graphql) has the same policy, with two additions for its Monaco editor:
 * <style> elements with this response's nonce (Monaco builds its icon stylesheet at run time;
 * graphiqlAssets.ts puts the nonce on it), and inline style attributes (`style-src-attr`: Monaco
 * writes its lines as HTML with `style="top: …"`; attributes cannot carry a nonce). No inline script,
 * no `eval`; its scripts, stylesheet, fonts and workers are files from here.
 */
function graphiqlPolicy(nonce: string): string {
  return POLICY.map((d) => (d.startsWith('style-src ') ? `${d} 'nonce-${nonce}'` : d))
    .concat("style-src-attr 'unsafe-inline'")
    .join('; ');
}

const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': POLICY.join('; '),
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
};

/** A refusal in the shape of a GraphQL response, before yoga sees the request. */
function refuse(res: http.ServerResponse, status: number, message: string, extensions: Record<string, unknown>): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/graphql-response+json; charset=utf-8');
  res.setHeader('connection', 'close');
  res.end(JSON.stringify({ errors: [{ message, extensions }] }));
}

/**
 * A body larger than `requestMaxBytes` is refused with 413 from its Content-Length, before it is
 * read; a POST without Content-Length (chunked) is refused with 411, so no body is read whose size
 * is not known first.
 */
function bodyTooLarge(req: http.IncomingMessage, res: http.ServerResponse, max: number): boolean {
  if (req.method !== 'POST') return false;
  const length = req.headers['content-length'];
  if (length === undefined) {
    refuse(res, 411, 'Send the request with a Content-Length header (a chunked body is not accepted).', { code: 'BAD_INPUT' });
    return true;
  }
  if (Number(length) > max) {
    refuse(res, 413, `The request is ${length} bytes; at most ${max} are accepted (REQUEST_MAX_BYTES). Send a smaller query or article.`, {
      code: 'LIMIT_EXCEEDED',
      limit: 'REQUEST_MAX_BYTES',
      max,
    });
    return true;
  }
  return false;
}

export function createHttpServer(yoga: KennisgraafYoga, webDist: string, options: { requestMaxBytes: number } = { requestMaxBytes: 8 * 1024 * 1024 }): http.Server {
  const hasWeb = fs.existsSync(path.join(webDist, 'index.html'));
  const serveWeb = hasWeb ? sirv(webDist, { single: true, etag: true, gzip: false }) : null;
  return http.createServer((req, res) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    const [pathname = '/', search] = (req.url ?? '/').split(/\?(.*)/s);
    if (pathname === `${GRAPHQL_PATH}/`) {
      res.statusCode = 308;
      res.setHeader('location', search === undefined ? GRAPHQL_PATH : `${GRAPHQL_PATH}?${search}`);
      res.setHeader('content-type', 'text/plain; charset=utf-8');
      res.end(`GraphQL is at ${GRAPHQL_PATH}.`);
      return;
    }
    if (req.method === 'GET' && pathname === GRAPHQL_PATH) {
      // Only GraphiQL's page uses it; a client's own value is overwritten.
      const nonce = randomBytes(16).toString('base64');
      req.headers[STYLE_NONCE_HEADER] = nonce;
      res.setHeader('content-security-policy', graphiqlPolicy(nonce));
    }
    if (YOGA_PATHS.has(pathname)) {
      if (bodyTooLarge(req, res, options.requestMaxBytes)) return;
      void yoga(req, res);
      return;
    }
    if (pathname.startsWith(GRAPHIQL_ASSET_PATH)) {
      void serveGraphiQLAsset(pathname, req, res).then((served) => {
        if (served) return;
        res.statusCode = 404;
        res.end('Not found');
      });
      return;
    }
    // The web app is read, never posted to: a POST to any other path (say /healthz/graphql) is not
    // found, rather than answered with the app's page by the single-page fallback.
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.statusCode = 404;
      res.setHeader('content-type', 'text/plain; charset=utf-8');
      res.end(`Not found. GraphQL is at ${GRAPHQL_PATH}.`);
      return;
    }
    if (serveWeb) {
      serveWeb(req, res, () => {
        res.statusCode = 404;
        res.end('Not found');
      });
      return;
    }
    res.statusCode = 503;
    res.setHeader('content-type', 'text/plain; charset=utf-8');
    res.end('The web app is not built yet. Run `npm run build:web` (npm start does this), then reload.');
  });
}
