/**
 * Domain errors → GraphQL errors, in one place. Below the GraphQL layer errors are plain
 * `KennisgraafError`s (domain/errors.ts); here they get their `extensions.code`, their details and
 * the HTTP status the response carries. Both ways an error reaches a client use `clientError`:
 * yoga's error masking (`maskedErrors.maskError` in createYoga.ts: errors outside execution, such
 * as a limit rejected in validation) and the request log (use-request-log.ts: every execution
 * result, also one a plugin stops early, which yoga's masking does not see).
 */
import { GraphQLError } from 'graphql';
import { KennisgraafError, type ErrorCode } from '../domain/errors.js';

/** 401 and 403 tell HTTP clients and proxies what went wrong; 503 that trying again may help. */
const HTTP_STATUS: Record<ErrorCode, number> = {
  NOT_FOUND: 200,
  BAD_INPUT: 200,
  LIMIT_EXCEEDED: 200,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  CONFLICT: 200,
  DB_UNAVAILABLE: 503,
  TIMEOUT: 200,
};

function fromDomain(e: KennisgraafError, at?: GraphQLError): GraphQLError {
  return new GraphQLError(e.message, {
    nodes: at?.nodes,
    source: at?.source,
    positions: at?.positions,
    path: at?.path,
    extensions: { code: e.code, ...e.details, http: { status: HTTP_STATUS[e.code] } },
  });
}

/**
 * The error as a client may see it, or null when it is unexpected (a bug, a Neo4j error no one
 * mapped): then the caller masks it. Parse and validation errors, and GraphQL errors created as
 * such, pass as they are.
 */
export function clientError(error: unknown): GraphQLError | null {
  if (error instanceof KennisgraafError) return fromDomain(error);
  if (!(error instanceof GraphQLError)) return null;
  const original = error.originalError;
  if (!original) return error;
  if (original instanceof KennisgraafError) return fromDomain(original, error);
  if (!(original instanceof GraphQLError)) return null;
  const inner = clientError(original);
  return inner === original ? error : inner;
}
