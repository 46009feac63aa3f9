import { ErrorCode } from './generated/schema-enums';

/** What can go wrong on the way, before or without the server saying why. */
type ClientErrorCode = 'NETWORK' | 'HTTP' | 'ABORTED' | 'UNKNOWN';

/**
 * Every failure of a GraphQL request, as one code: the server's `extensions.code` (the ErrorCode enum
 * of schema.graphql, generated) where it sent one of those, otherwise what went wrong on the way.
 */
export type ApiErrorCode = ErrorCode | ClientErrorCode;

const SERVER_CODES: ReadonlySet<string> = new Set(Object.values(ErrorCode));

/** Codes that mean "the service is not there": the global banner shows them, with one retry for all. */
const OUTAGE_CODES: ReadonlySet<ApiErrorCode> = new Set<ApiErrorCode>(['NETWORK', 'HTTP', 'DB_UNAVAILABLE', 'UNKNOWN']);

/** Codes worth one automatic retry: a blip on the way, or the database restarting. */
const TRANSIENT_CODES: ReadonlySet<ApiErrorCode> = new Set<ApiErrorCode>(['NETWORK', 'HTTP', 'DB_UNAVAILABLE']);

export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly status: number | undefined;
  /** The rest of the server's `extensions` (e.g. `argument`, `reason`): what a view may word more precisely. */
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: ApiErrorCode, message: string, status?: number, details: Record<string, unknown> = {}) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = status;
    this.details = details;
  }

  /**
   * The service is down (not this question): shown in the global banner with a retry button. A
   * TIMEOUT is not: the server is there, the question was too big, so the view that asked says so.
   */
  get isOutage(): boolean {
    return OUTAGE_CODES.has(this.code);
  }

  get isTransient(): boolean {
    return TRANSIENT_CODES.has(this.code);
  }
}

/** Maps a server error code (any value) onto the known codes. */
export function toApiErrorCode(code: unknown): ApiErrorCode {
  return typeof code === 'string' && SERVER_CODES.has(code) ? (code as ErrorCode) : 'UNKNOWN';
}

/** Anything a request threw, as an ApiError. */
export function toApiError(e: unknown): ApiError {
  if (e instanceof ApiError) return e;
  return new ApiError('UNKNOWN', e instanceof Error ? e.message : String(e));
}
