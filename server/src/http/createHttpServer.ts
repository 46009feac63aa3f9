/**
 * One port: GraphQL (`/graphql`), health (`/healthz`, `/readyz`) via yoga, and the built web app
 * at `/` (static files, index.html for client-side routes).
 */
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import sirv from 'sirv';
import type { KennisgraafYoga } from '../graphql/createYoga.js';

const YOGA_PATHS = ['/graphql', '/healthz', '/readyz'];

export function createHttpServer(yoga: KennisgraafYoga, webDist: string): http.Server {
  const hasWeb = fs.existsSync(path.join(webDist, 'index.html'));
  const serveWeb = hasWeb ? sirv(webDist, { single: true, etag: true, gzip: false }) : null;
  return http.createServer((req, res) => {
    const pathname = (req.url ?? '/').split('?')[0] ?? '/';
    if (YOGA_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`))) {
      void yoga(req, res);
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
