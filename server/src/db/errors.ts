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
    if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') return constraintConflict(e.message);
    if (code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') || code === 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration') {
      return new KennisgraafError('TIMEOUT', 'The query took longer than the configured timeout (QUERY_TIMEOUT_MS). Narrow it down (fewer ids, lower depth or limit).');
    }
    if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
      return new KennisgraafError('DB_UNAVAILABLE', 'The server cannot log in to the database. Check NEO4J_USER and NEO4J_PASSWORD.');
    }
  }
  return e;
}

/** What the graph's labels are called in a message. */
const THING: Readonly<Record<string, string>> = { Source: 'source', Entity: 'entity', Proposal: 'proposal', AuditEntry: 'audit entry', Erasure: 'erasure' };

/**
 * A uniqueness constraint that refused a write (Neo4j: "Node(584) already exists with label
 * `Source` and property `id` = 'src-x'"), in words: which id exists and what to do. The node's
 * internal number and the engine's phrasing stay in the server log.
 */
function constraintConflict(message: string): KennisgraafError {
  const m = /with label `([^`]+)` and propert(?:y|ies) `([^`]+)` = '((?:[^'\\]|\\.)*)'/.exec(message);
  const label = m?.[1] ?? '';
  const property = m?.[2] ?? 'id';
  const value = m?.[3];
  const thing = THING[label] ?? 'node';
  if (value === undefined) {
    return new KennisgraafError('CONFLICT', `Something with the same ${thing === 'node' ? 'id' : `${thing} id`} already exists in the graph; nothing was written. Read it first, then change it or use another id.`);
  }
  const next =
    label === 'Source'
      ? 'Cite that source (provenance sourceId), or give the new one another `id`.'
      : label === 'Entity'
        ? 'Use updateEntity to change it, mergeEntities for a duplicate, or give the new one another `id`.'
        : 'Use another id.';
  const article = /^[aeiou]/.test(thing) ? 'An' : 'A';
  return new KennisgraafError('CONFLICT', `${article} ${thing} with ${property} "${value}" already exists; nothing was written. ${next}`, { id: value });
}
