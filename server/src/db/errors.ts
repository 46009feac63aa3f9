/**
 * Neo4j errors mapped to Kennisgraaf errors, in one place. Clients never see Neo4j internals;
 * the original error stays in the server log.
 */
import { KennisgraafError } from '../domain/errors.js';

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);

export function toKennisgraafError(e: unknown): unknown {
  if (e instanceof KennisgraafError) return e;
  // Duck-typed: a bundler or test runner may load a second copy of the driver, breaking instanceof.
  if (e instanceof Error && (e.name === 'Neo4jError' || typeof (e as { code?: unknown }).code === 'string')) {
    const raw = (e as { code?: unknown }).code;
    const code = typeof raw === 'string' ? raw : '';
    if (UNAVAILABLE_CODES.has(code) || /ECONNREFUSED|connect|Connection acquisition timed out|Pool is closed/i.test(e.message)) {
      return new KennisgraafError(
        'DB_UNAVAILABLE',
        'The database is unavailable right now. Try again in a moment; if it persists, check that Neo4j is running (`npm run db:status`).',
      );
    }
    if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
      return new KennisgraafError('CONFLICT', `That would break a uniqueness rule of the graph: ${firstLine(e.message)}`);
    }
    if (code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') || code === 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration') {
      return new KennisgraafError('TIMEOUT', 'The query took longer than the configured timeout (QUERY_TIMEOUT_MS). Narrow it down (fewer ids, lower depth or limit).');
    }
    if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
      return new KennisgraafError('DB_UNAVAILABLE', 'The server cannot log in to the database. Check NEO4J_USER and NEO4J_PASSWORD.');
    }
  }
  return e;
}

function firstLine(s: string): string {
  return s.split('\n')[0] ?? s;
}
