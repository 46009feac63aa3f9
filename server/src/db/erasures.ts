/**
 * The write path's check that an erased person does not come back (erasePerson.ts writes the
 * tombstones): writeGraph (seed, import, reference import, synth, accepted proposals, restore) and
 * createEntity refuse the whole write when
 *
 * - a person id they would write was erased: the id's erasure key has a tombstone (one indexed
 *   lookup, erasure_key_unique). Always refused: the id is a slug of the erased person's name.
 * - a NEW person (an id not in the graph) has the name, or an alias, of an erased person: the
 *   tombstone keeps the name keys (a hash of the folded name and aliases, never the name itself).
 *   It may be someone else with the same name: an admin confirms that with createEntity's
 *   `confirmNotErased: true` (audited); once that person exists, imports and accepted proposals
 *   of its id go through (the check is for new ids only).
 *
 * Kept apart from erasePerson.ts so that writeGraph imports nothing else.
 */
import { createHash } from 'node:crypto';
import type { WriteTx } from './database.js';
import { KennisgraafError } from '../domain/errors.js';
import { erasureKey } from '../domain/redact.js';
import { foldText } from '../domain/vocabulary.js';

/** One indexed lookup (erasure_key_unique) for all the person ids a write would create. */
export const FIND_ERASED = 'UNWIND $keys AS key MATCH (e:Erasure {key: key}) RETURN key, toString(e.at) AS at LIMIT 1';

/**
 * The tombstones that hold a name key of a new person. Erasures are few (a handful a year), so the
 * label scan of :Erasure is smaller than any index; people already in the graph are skipped.
 */
export const FIND_ERASED_NAMES = `
  MATCH (e:Erasure) WHERE e.nameKeys IS NOT NULL
  UNWIND $people AS p
  WITH e, p WHERE any(k IN p.nameKeys WHERE k IN e.nameKeys) AND NOT EXISTS { MATCH (:Entity {id: p.id}) }
  RETURN p.id AS id, e.key AS key, toString(e.at) AS at
  ORDER BY id, key`;

/**
 * A name's key on a tombstone: `name-` + 24 hex digits of the sha256 of the folded name (no
 * diacritics, lower case, one space between words), so "Jan  Jansen" and "jan jansen" meet and the
 * tombstone never holds the name in clear text.
 */
export function erasureNameKey(name: string): string {
  const folded = foldText(name).replace(/\s+/g, ' ').trim();
  return `name-${createHash('sha256').update(folded, 'utf8').digest('hex').slice(0, 24)}`;
}

/** The name keys of a person: their name and aliases, without repeats. */
export function erasureNameKeys(person: { name: string; aliases?: readonly string[] | null }): string[] {
  return [...new Set([person.name, ...(person.aliases ?? [])].filter((n) => n.trim()).map(erasureNameKey))];
}

/** The keys to look up for some person ids, and the way back to the id for the message. */
export function erasureKeysOf(personIds: readonly string[]): { keys: string[]; idOf: Map<string, string> } {
  const idOf = new Map(personIds.map((id) => [erasureKey(id), id]));
  return { keys: [...idOf.keys()], idOf };
}

/** The rows FIND_ERASED_NAMES takes for the people a write would create. */
export function peopleByName(people: readonly { id: string; name: string; aliases?: readonly string[] | null }[]): { id: string; nameKeys: string[] }[] {
  return people.map((p) => ({ id: p.id, nameKeys: erasureNameKeys(p) }));
}

export function erasedPersonError(id: string, at: string): KennisgraafError {
  return new KennisgraafError(
    'CONFLICT',
    `Person "${id}" was erased (AVG) on ${at} and may not come back: remove the person, their relationships and every quote naming them from the input (for seed/: the files erasePerson listed in seedFilesToEdit); nothing was written. ` +
      'If this is someone else with the same name, give them another id; an admin then confirms that they are not the erased person (createEntity with confirmNotErased: true).',
    { id, erasureKey: erasureKey(id) },
  );
}

export function erasedNameError(id: string, key: string, at: string): KennisgraafError {
  return new KennisgraafError(
    'CONFLICT',
    `Person "${id}" has the name (or an alias) of a person who was erased (AVG) on ${at} (${key}); nothing was written. ` +
      'If it is the erased person, leave them out: they may not come back. If it is someone else with the same name, an admin creates them with createEntity and confirmNotErased: true ' +
      '(the audit records the confirmation); after that, imports and accepted proposals of this id go through.',
    { id, erasureKey: key },
  );
}

export interface ErasedNameHit {
  id: string;
  key: string;
  at: string;
}

/**
 * For writes outside writeGraph (createEntity): refuses a person id that was erased, and a new
 * person with the name of an erased one unless `confirmNotErased` (the caller checked the admin
 * role). Returns the erasure keys whose name the confirmation overrode (for the audit entry).
 */
export async function assertNotErased(
  tx: WriteTx,
  people: readonly { id: string; name: string; aliases?: readonly string[] | null }[],
  opts: { confirmNotErased?: boolean } = {},
): Promise<string[]> {
  if (!people.length) return [];
  const { keys, idOf } = erasureKeysOf(people.map((p) => p.id));
  const [hit] = await tx.run<{ key: string; at: string }>(FIND_ERASED, { keys });
  if (hit) throw erasedPersonError(idOf.get(hit.key) ?? hit.key, hit.at);
  const named = await tx.run<ErasedNameHit & Record<string, unknown>>(FIND_ERASED_NAMES, { people: peopleByName(people) });
  const first = named[0];
  if (first && !opts.confirmNotErased) throw erasedNameError(first.id, first.key, first.at);
  return [...new Set(named.map((n) => n.key))];
}
