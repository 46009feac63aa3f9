/**
 * The GraphQL server: schema, context, security plugins and health endpoints. Transport-free:
 * http/createHttpServer.ts mounts it, and tests call `yoga.fetch` without a port.
 */
import { createYoga, maskError, useReadinessCheck, type YogaServerInstance } from 'graphql-yoga';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { GraphQLError } from 'graphql';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import { LATEST_MIGRATION, currentMigrationVersion } from '../db/migrations.js';
import type { Logger } from '../logging/logger.js';
import { KennisgraafError } from '../domain/errors.js';
import { buildSchema } from './schema.js';
import { clientError } from './formatError.js';
import { createContextFactory, type AppContext } from './context.js';
import { requestIds, useRequestLog } from './plugins/use-request-log.js';
import { useApiToken } from './plugins/use-api-token.js';
import { useRateLimit } from './plugins/use-rate-limit.js';
import { checkMutationRoles, guardFieldRoles } from './roles.js';
import { useOperationChoice } from './plugins/use-operation-choice.js';
import { useOnePath } from './plugins/use-one-path.js';
import { STYLE_NONCE_HEADER, renderGraphiQLPage, type GraphiQLPageOptions } from '../http/graphiqlAssets.js';

/** The only paths yoga answers: GraphQL, liveness and readiness. */
export const GRAPHQL_PATH = '/graphql';
export const HEALTH_PATHS = ['/healthz', '/readyz'] as const;

export type KennisgraafYoga = YogaServerInstance<Record<string, unknown>, AppContext>;

/** graphql-armor rejects with plain GraphQLErrors; give them our code so clients can tell. */
function limitRejection(_ctx: unknown, error: GraphQLError): never {
  throw new KennisgraafError('LIMIT_EXCEEDED', `${error.message.replace(/^Syntax Error: /, '')} See the limits in docs/API.md.`);
}

export function createKennisgraafYoga(deps: { db: Database; config: Config; logger: Logger }): KennisgraafYoga {
  const { db, config, logger } = deps;
  const { limits } = config;
  const contextFactory = createContextFactory(db, config);
  const schema = buildSchema();
  checkMutationRoles(schema);
  guardFieldRoles(schema);
  return createYoga<Record<string, unknown>, AppContext>({
    schema,
    graphqlEndpoint: GRAPHQL_PATH,
    healthCheckEndpoint: HEALTH_PATHS[0],
    landingPage: false,
    graphiql: config.graphiql
      ? (request): GraphiQLPageOptions => ({
          title: 'Kennisgraaf GraphiQL',
          defaultQuery: DEFAULT_QUERY,
          styleNonce: request.headers.get(STYLE_NONCE_HEADER),
        })
      : false,
    // GraphiQL from this origin (bundled by @graphql-yoga/render-graphiql), not from a CDN.
    renderGraphiQL: renderGraphiQLPage,
    cors: config.corsOrigins.length ? { origin: config.corsOrigins, credentials: false, methods: ['GET', 'POST'] } : false,
    logging: false,
    // Domain errors become GraphQL errors (formatError.ts); unexpected errors in a result are masked
    // by use-request-log (with a request id); this is the net for the rest.
    maskedErrors: { maskError: (error, message, isDev) => clientError(error) ?? maskError(error, message, isDev) },
    context: (initial) => contextFactory({ ...initial, requestId: requestIds.get(initial.request) }),
    plugins: [
      useRequestLog(logger),
      useOnePath([GRAPHQL_PATH, ...HEALTH_PATHS]),
      useRateLimit({ perMinute: config.rateLimitPerMinute, tokens: config.apiTokens, exempt: HEALTH_PATHS }),
      useOperationChoice(),
      EnvelopArmorPlugin({
        maxDepth: { n: limits.maxDepth, ignoreIntrospection: true, onReject: [limitRejection], propagateOnRejection: true },
        maxAliases: { n: limits.maxAliases, allowList: [], onReject: [limitRejection], propagateOnRejection: true },
        maxTokens: { n: limits.maxTokens, onReject: [limitRejection], propagateOnRejection: true },
        costLimit: {
          maxCost: limits.maxCost,
          objectCost: 2,
          scalarCost: 1,
          depthCostFactor: 1.5,
          ignoreIntrospection: true,
          onReject: [limitRejection],
          propagateOnRejection: true,
        },
        maxDirectives: { n: 20, onReject: [limitRejection], propagateOnRejection: true },
        // "Did you mean …?" tells no more than introspection, which is open to whoever may read;
        // hidden only when reads need a token (validation runs before the token check).
        blockFieldSuggestion: { enabled: config.readsRequireToken },
      }),
      useApiToken({ tokens: config.apiTokens, readsRequireToken: config.readsRequireToken }),
      useReadinessCheck({
        endpoint: HEALTH_PATHS[1],
        check: async ({ fetchAPI }) => {
          const ping = await db.ping();
          const body = (status: number, payload: Record<string, unknown>) =>
            new fetchAPI.Response(JSON.stringify(payload), { status, headers: { 'content-type': 'application/json' } });
          if (!ping.ok) return body(503, { ready: false, reason: `Neo4j is unreachable: ${ping.reason}` });
          const version = await currentMigrationVersion(db).catch(() => -1);
          if (version < LATEST_MIGRATION) {
            return body(503, { ready: false, reason: `Database schema at migration ${version}, expected ${LATEST_MIGRATION}; the server applies migrations at start-up.` });
          }
          return body(200, { ready: true, neo4j: ping.version, migration: version });
        },
      }),
    ],
  });
}

const DEFAULT_QUERY = `# Welkom bij Kennisgraaf. Documentatie: het Docs-paneel, en docs/API.md.
# Wie werkte met Gabrielle Rypma, en aan welk traject?
query WhoWorkedWith {
  collaborators(personId: "person-gabrielle-rypma") {
    person { name employments { title organization { name } } }
    engagements { title consultancies { name } provenance { quote source { title } } }
  }
}
`;
