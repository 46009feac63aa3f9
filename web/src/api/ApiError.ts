/**
 * Every failure of a GraphQL request, as one typed error. `code` is the server's `extensions.code`
 * where it sent one, otherwise what went wrong on the way (network, HTTP status, abort).
 */
export type ApiErrorCode =
  | 'NETWORK'
  | 'HTTP'
  | 'ABORTED'
  | 'DB_UNAVAILABLE'
  | 'BAD_INPUT'
  | 'NOT_FOUND'
  | 'LIMIT_EXCEEDED'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'UNKNOWN';

const SERVER_CODES: readonly ApiErrorCode[] = [
  'DB_UNAVAILABLE',
  'BAD_INPUT',
  'NOT_FOUND',
  'LIMIT_EXCEEDED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
];

export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly status: number | undefined;

  constructor(code: ApiErrorCode, message: string, status?: number) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = status;
  }

  /** Errors that mean "the service is not there": shown in the global banner with a retry button. */
  get isOutage(): boolean {
    return this.code === 'NETWORK' || this.code === 'HTTP' || this.code === 'DB_UNAVAILABLE' || this.code === 'UNKNOWN';
  }
}

/** Maps a server error code (any string) onto the known codes. */
export function toApiErrorCode(code: unknown): ApiErrorCode {
  return typeof code === 'string' && (SERVER_CODES as readonly string[]).includes(code) ? (code as ApiErrorCode) : 'UNKNOWN';
}

export function isAbort(e: unknown): boolean {
  return e instanceof ApiError && e.code === 'ABORTED';
}
