/**
 * The analyst's alternative for `npm run bench`: @neo4j/graphql over the same Neo4j (type
 * definitions in bench/neo4j-graphql.graphql), served by graphql-yoga on its own port — the same
 * HTTP stack as Kennisgraaf. Started by bench/api.ts as a child process:
 *   PORT=… NEO4J_URI=… NEO4J_USER=… NEO4J_PASSWORD=… tsx bench/neo4jGraphqlServer.ts
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import neo4j from 'neo4j-driver';

const env = (name: string) => {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set`);
  return v;
};

const driver = neo4j.driver(env('NEO4J_URI'), neo4j.auth.basic(env('NEO4J_USER'), env('NEO4J_PASSWORD')), { userAgent: 'bench-neo4j-graphql' });
const typeDefs = fs.readFileSync(path.join(import.meta.dirname, 'neo4j-graphql.graphql'), 'utf8');
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
const yoga = createYoga({ schema, graphqlEndpoint: '/graphql', logging: false, landingPage: false, graphiql: false });
const server = http.createServer((req, res) => void yoga(req, res));
server.listen(Number(env('PORT')), '127.0.0.1', () => process.stderr.write(`[neo4j-graphql] listening on ${env('PORT')}\n`));
const stop = () => server.close(() => void driver.close().then(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
