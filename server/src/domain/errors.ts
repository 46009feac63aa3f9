/**
 * One error type for everything a client may see: a plain domain error with a `code` and details,
 * thrown anywhere below the GraphQL layer (db/, ingest/, domain/) and by the GraphQL layer itself.
 * The message says what happened and what to do next. It knows nothing of GraphQL or HTTP: ONE
 * place, graphql/formatError.ts, turns it into a GraphQL error (`extensions.code`, the details, the
 * HTTP status); anything else is masked by the server.
 */

/**
 * The codes. They are the SDL's `enum ErrorCode` (schema.graphql) as well, so the web app is
 * typed from the same list; graphql/domainContract.ts checks the two are equal.
 */
export const ERROR_CODES = ['NOT_FOUND', 'BAD_INPUT', 'LIMIT_EXCEEDED', 'UNAUTHENTICATED', 'FORBIDDEN', 'CONFLICT', 'DB_UNAVAILABLE', 'TIMEOUT'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class KennisgraafError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Lands in `extensions` beside `code` (e.g. `argument`, `id`, `max`). */
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'KennisgraafError';
  }
}

export const badInput = (message: string, details?: Record<string, unknown>) => new KennisgraafError('BAD_INPUT', message, details);
export const notFound = (what: string, id: string) =>
  new KennisgraafError('NOT_FOUND', `No ${what} with id "${id}". Use \`search\` to find the right id.`, { id });
