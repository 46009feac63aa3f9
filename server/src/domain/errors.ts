/**
 * One error type for everything a client may see. `code` lands in `extensions.code`; the message
 * says what happened and what to do next. Anything else is masked by the server.
 */
import { GraphQLError } from 'graphql';

export type ErrorCode =
  | 'NOT_FOUND'
  | 'BAD_INPUT'
  | 'LIMIT_EXCEEDED'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'CONFLICT'
  | 'DB_UNAVAILABLE'
  | 'TIMEOUT';

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

export class KennisgraafError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    details: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { code, ...details, http: { status: HTTP_STATUS[code] } } });
    // Keep name 'GraphQLError': yoga and envelop recognise client-safe errors by name, not class.
  }
}

export const badInput = (message: string, details?: Record<string, unknown>) => new KennisgraafError('BAD_INPUT', message, details);
export const notFound = (what: string, id: string) =>
  new KennisgraafError('NOT_FOUND', `No ${what} with id "${id}". Use \`search\` to find the right id.`, { id });
