/**
 * The write path's check that an erased person does not come back (erasePerson.ts writes the
 * tombstones): writeGraph (seed, import, reference import, synth, accepted proposals) and
 * createEntity look up the erasure key of every person id they would write, in ONE indexed query
 * (erasure_key_unique), and refuse the whole write when one was erased. Kept apart from
 * erasePerson.ts so that writeGraph imports nothing else.
 */
import type { WriteTx } from './database.js';
import { KennisgraafError } from '../domain/errors.js';
import { erasureKey } from '../domain/redact.js';

/** One indexed lookup (erasure_key_unique) for all the person ids a write would create. */
export const FIND_ERASED = 'UNWIND $keys AS key MATCH (e:Erasure {key: key}) RETURN key, toString(e.at) AS at LIMIT 1';

/** The keys to look up for some person ids, and the way back to the id for the message. */
export function erasureKeysOf(personIds: readonly string[]): { keys: string[]; idOf: Map<string, string> } {
  const idOf = new Map(personIds.map((id) => [erasureKey(id), id]));
  return { keys: [...idOf.keys()], idOf };
}

export function erasedPersonError(id: string, at: string): KennisgraafError {
  return new KennisgraafError(
    'CONFLICT',
    `Person "${id}" was erased (AVG) on ${at} and may not come back: remove the person, their relationships and every quote naming them from the input (for seed/: the files erasePerson listed in seedFilesToEdit); nothing was written.`,
    { id, erasureKey: erasureKey(id) },
  );
}

/** For writes outside writeGraph (createEntity): refuses a person id that was erased. */
export async function assertNotErased(tx: WriteTx, personIds: readonly string[]): Promise<void> {
  if (!personIds.length) return;
  const { keys, idOf } = erasureKeysOf(personIds);
  const [hit] = await tx.run<{ key: string; at: string }>(FIND_ERASED, { keys });
  if (hit) throw erasedPersonError(idOf.get(hit.key) ?? hit.key, hit.at);
}
