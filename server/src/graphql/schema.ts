/**
 * The executable schema: SDL from schema.graphql plus resolvers. makeExecutableSchema refuses to
 * start when a field with arguments or an interface has no resolver, or when a resolver names a
 * type or field the SDL does not have — drift between contract and code fails at start-up (and
 * codegen's types make the same drift a compile error). Fields without arguments whose value is
 * a property of the parent (name, cbsCode, pages and edges built by a resolver) use the default
 * property resolver.
 *
 * Every type, field, argument, input field and enum value has a description (tests/api/
 * schemaDocs.test.ts asserts it through introspection: GraphiQL's docs are the analyst's manual).
 * A field an interface declares is described once, on the interface; the types that implement it
 * get that description here, unless the SDL gives them their own.
 */
import fs from 'node:fs';
import path from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { isInterfaceType, isObjectType, type GraphQLSchema } from 'graphql';
import { REPO_ROOT } from '../config.js';
import { entityResolvers } from './resolvers/entityResolvers.js';
import { queryResolvers } from './resolvers/queryResolvers.js';
import { mutationResolvers } from './resolvers/mutationResolvers.js';
import { intakeResolvers } from './resolvers/intakeResolvers.js';
import { limitsResolvers } from './resolvers/limitsResolvers.js';
import { auditResolvers } from './resolvers/auditResolvers.js';
import { timelineResolvers } from './resolvers/timelineResolvers.js';
import { recentSourcesResolvers } from './resolvers/recentSourcesResolvers.js';
import { sourcePageResolvers } from './resolvers/sourcePageResolvers.js';
import './domainContract.js';

const SCHEMA_PATH = path.join(REPO_ROOT, 'schema.graphql');

export function buildSchema(): GraphQLSchema {
  return inheritInterfaceDescriptions(
    makeExecutableSchema({
    typeDefs: fs.readFileSync(SCHEMA_PATH, 'utf8'),
    resolvers: [entityResolvers, queryResolvers, mutationResolvers, intakeResolvers, auditResolvers, timelineResolvers, recentSourcesResolvers, limitsResolvers, sourcePageResolvers],
    resolverValidationOptions: {
      requireResolversForArgs: 'error',
      requireResolversToMatchSchema: 'error',
      requireResolversForResolveType: 'error',
    },
    }),
  );
}

/** Copies an interface field's (and its arguments') description to the implementing types' same field where it has none. */
function inheritInterfaceDescriptions(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) && !isInterfaceType(type)) continue;
    const fields = type.getFields();
    for (const iface of type.getInterfaces()) {
      for (const [name, declared] of Object.entries(iface.getFields())) {
        const field = fields[name];
        if (!field) continue;
        field.description ??= declared.description;
        for (const arg of field.args) arg.description ??= declared.args.find((a) => a.name === arg.name)?.description;
      }
    }
  }
  return schema;
}
