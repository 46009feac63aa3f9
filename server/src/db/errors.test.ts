import { describe, expect, it } from 'vitest';
import { toKennisgraafError } from './errors.js';
import { KennisgraafError } from '../domain/errors.js';

const neo4jError = (code: string, message: string) => Object.assign(new Error(message), { name: 'Neo4jError', code });

describe('toKennisgraafError', () => {
  // Issue 19: a CONFLICT leaked "Node(584) already exists with label `Source` …".
  it('words a uniqueness conflict by the id that exists and what to do, without the engine\'s internals', () => {
    const e = toKennisgraafError(
      neo4jError('Neo.ClientError.Schema.ConstraintValidationFailed', "Node(584) already exists with label `Source` and property `id` = 'src-x'\nmore"),
    ) as KennisgraafError;
    expect(e).toBeInstanceOf(KennisgraafError);
    expect(e.code).toBe('CONFLICT');
    expect(e.message).toBe('A source with id "src-x" already exists; nothing was written. Cite that source (provenance sourceId), or give the new one another `id`.');
    expect(e.details.id).toBe('src-x');
    const entity = toKennisgraafError(neo4jError('Neo.ClientError.Schema.ConstraintValidationFailed', "Node(9) already exists with label `Entity` and property `id` = 'person-x'")) as KennisgraafError;
    expect(entity.message).toMatch(/^An entity with id "person-x" already exists; nothing was written\. Use updateEntity/);
    const odd = toKennisgraafError(neo4jError('Neo.ClientError.Schema.ConstraintValidationFailed', 'Node(12) violates something new')) as KennisgraafError;
    expect(odd.code).toBe('CONFLICT');
    for (const m of [e.message, entity.message, odd.message]) expect(m).not.toMatch(/Node\(|label|`Source`|Neo4j|constraint/i);
  });
});
