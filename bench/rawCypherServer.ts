/**
 * The "best raw Cypher" side of `npm run bench`: each operation of bench/operations.ts as one
 * query through the driver (the same Database wrapper Kennisgraaf uses), behind a tiny HTTP
 * endpoint — POST /<operation> with the parameters as JSON — so HTTP and JSON cost the same as for
 * the GraphQL servers. Started by bench/api.ts as a child process:
 *   PORT=… NEO4J_URI=… NEO4J_USER=… NEO4J_PASSWORD=… tsx bench/rawCypherServer.ts
 */
import http from 'node:http';
import { Database } from '../server/src/db/database.js';
import { OPERATIONS, type BenchParams } from './operations.js';

const env = (name: string) => {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set`);
  return v;
};

const db = new Database({ uri: env('NEO4J_URI'), user: env('NEO4J_USER'), password: env('NEO4J_PASSWORD'), database: process.env.NEO4J_DATABASE ?? 'neo4j', queryTimeoutMs: 30_000 });
const byName = new Map(OPERATIONS.map((o) => [o.name, o]));

const server = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const op = byName.get((req.url ?? '/').slice(1));
    const reply = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.method !== 'POST' || !op) return reply(404, { errors: [{ message: 'POST /<operation>' }] });
    op.raw(db, JSON.parse(Buffer.concat(chunks).toString('utf8')) as BenchParams).then(
      (data) => reply(200, { data }),
      (e: unknown) => reply(200, { errors: [{ message: (e as Error).message }] }),
    );
  });
});
server.listen(Number(env('PORT')), '127.0.0.1', () => process.stderr.write(`[raw-cypher] listening on ${env('PORT')}\n`));
const stop = () => server.close(() => void db.close().then(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
