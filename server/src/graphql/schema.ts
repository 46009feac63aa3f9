/**
 * The executable schema: SDL from schema.graphql plus resolvers. makeExecutableSchema refuses to
 * start when a field with arguments or an interface has no resolver, or when a resolver names a
 * type or field the SDL does not have — drift between contract and code fails at start-up (and
 * codegen's types make the same drift a compile error). Fields without arguments whose value is
 * a property of the parent (name, cbsCode, pages and edges built by a resolver) use the default
 * property resolver.
 */
import fs from 'node:fs';
import path from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { REPO_ROOT } from '../config.js';
import { entityResolvers } from './resolvers/entityResolvers.js';
import { queryResolvers } from './resolvers/queryResolvers.js';
import { mutationResolvers } from './resolvers/mutationResolvers.js';
import { intakeResolvers } from './resolvers/intakeResolvers.js';
import { auditResolvers } from './resolvers/auditResolvers.js';
import { timelineResolvers } from './resolvers/timelineResolvers.js';
import { recentSourcesResolvers } from './resolvers/recentSourcesResolvers.js';
import './domainContract.js';

const SCHEMA_PATH = path.join(REPO_ROOT, 'schema.graphql');

export function buildSchema(): GraphQLSchema {
  return makeExecutableSchema({
    typeDefs: fs.readFileSync(SCHEMA_PATH, 'utf8'),
    resolvers: [entityResolvers, queryResolvers, mutationResolvers, intakeResolvers, auditResolvers, timelineResolvers, recentSourcesResolvers],
    resolverValidationOptions: {
      requireResolversForArgs: 'error',
      requireResolversToMatchSchema: 'error',
      requireResolversForResolveType: 'error',
    },
  });
}
