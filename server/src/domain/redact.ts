/**
 * Redaction for erasePerson (AVG, art. 17): the person's name and aliases are replaced by
 * "[verwijderd]" wherever text names them, so the rest of a quote stays readable, and the person's
 * id by the erasure key. Pure: no I/O. Matching ignores case (quotes are verbatim, but a name may
 * start a sentence in lower case in a key, or be folded: "jan jansen").
 */
import { createHash } from 'node:crypto';
import { foldText } from './vocabulary.js';

export const REDACTED = '[verwijderd]';

/**
 * What an erased person's id becomes everywhere (audit entries, the tombstone): `erasure-` and the
 * first 24 hex digits of the sha256 of the id. The id is a slug of the name, so it is not kept;
 * the key lets the write path recognise the id again (and an admin check whether an id was erased)
 * without storing it.
 */
export function erasureKey(personId: string): string {
  return `erasure-${createHash('sha256').update(personId, 'utf8').digest('hex').slice(0, 24)}`;
}

export interface Term {
  /** What to find (matched without regard to case). */
  text: string;
  replacement: string;
}

/**
 * The terms to redact for a person: the id (→ the erasure key), the name and every alias, and
 * their folded forms (→ "[verwijderd]"), longest first so that "Jan Jansen-de Vries" goes before
 * "Jan Jansen". Names shorter than 3 characters are left out (they would match inside words).
 */
export function redactionTerms(person: { id: string; name: string; aliases: readonly string[] }): Term[] {
  const names = new Set<string>();
  for (const n of [person.name, ...person.aliases]) {
    const t = n.trim();
    if (t.length < 3) continue;
    names.add(t);
    names.add(foldText(t));
  }
  const terms: Term[] = [{ text: person.id, replacement: erasureKey(person.id) }, ...[...names].map((text) => ({ text, replacement: REDACTED }))];
  const seen = new Set<string>();
  return terms
    .filter((t) => {
      const k = t.text.toLowerCase();
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .sort((a, b) => b.text.length - a.text.length);
}

/** The lower-case texts, for a Cypher `toLower(x) CONTAINS t` pre-filter. */
export const lowerTerms = (terms: readonly Term[]): string[] => terms.map((t) => t.text.toLowerCase());

/** One replacement made in a text: where (in the old text), how long it was and what replaced it. */
interface Replacement {
  at: number;
  length: number;
  by: string;
}

export interface Redaction {
  text: string;
  replacements: Replacement[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whole words only: a name not inside a longer word or hyphenated name ("Jan" not in "Januari" or
 * "Jan-Willem"), an id not inside a longer id ("person-jan" not in "person-jan-2"). Alternatives longest first: the regex takes the
 * first that matches at a position.
 */
function matcher(terms: readonly Term[]): { re: RegExp; byLower: Map<string, string> } | null {
  if (!terms.length) return null;
  // "Not after a letter" — unless that letter is an escape (`\\n` in JSON text such as an audit
  // entry's `"aliasText":"X\\nJan de Vries"`), which is a boundary too.
  const alternative = (t: Term) => `(?<!(?<!\\\\)[\\p{L}\\p{N}-])${escape(t.text)}(?![\\p{L}\\p{N}-])`;
  return { re: new RegExp(terms.map(alternative).join('|'), 'giu'), byLower: new Map(terms.map((t) => [t.text.toLowerCase(), t.replacement])) };
}

/** Replaces every term in `text`; `replacements` tell where, so offsets into the text can be moved (moveOffset). */
export function redact(text: string, terms: readonly Term[]): Redaction {
  const m = matcher(terms);
  if (!m) return { text, replacements: [] };
  const replacements: Replacement[] = [];
  const out = text.replace(m.re, (found: string, at: number) => {
    const by = m.byLower.get(found.toLowerCase()) ?? REDACTED;
    replacements.push({ at, length: found.length, by });
    return by;
  });
  return { text: out, replacements };
}

/**
 * Where an offset into the old text lies in the redacted text. An offset inside a replaced name
 * moves to the start of its replacement (`end: true`: to its end), so a span that covered the
 * name covers the replacement.
 */
export function moveOffset(offset: number, replacements: readonly Replacement[], end = false): number {
  let shift = 0;
  for (const r of replacements) {
    if (offset >= r.at + r.length) shift += r.by.length - r.length;
    else if (offset > r.at) return r.at + shift + (end ? r.by.length : 0);
    else break;
  }
  return offset + shift;
}

/** True when the value (a string, or a list holding strings) names one of the terms (as redact finds them). */
export function mentions(value: unknown, terms: readonly Term[]): boolean {
  const m = matcher(terms);
  if (!m) return false;
  const has = (s: string) => {
    m.re.lastIndex = 0;
    return m.re.test(s);
  };
  if (typeof value === 'string') return has(value);
  if (Array.isArray(value)) return (value as unknown[]).some((v) => typeof v === 'string' && has(v));
  return false;
}

/** Redacts a property value: strings and the strings in a list; anything else as it is. */
export function redactValue(value: unknown, terms: readonly Term[]): unknown {
  if (typeof value === 'string') return redact(value, terms).text;
  if (Array.isArray(value)) return (value as unknown[]).map((v) => (typeof v === 'string' ? redact(v, terms).text : v));
  return value;
}

/**
 * An entity's aliases without the person's: an alias that IS one of the person's names (folded)
 * goes, one that merely contains it is redacted.
 */
export function redactAliases(aliases: readonly string[], terms: readonly Term[]): { aliases: string[]; removed: number } {
  const names = new Set(terms.filter((t) => t.replacement === REDACTED).map((t) => foldText(t.text)));
  const kept = aliases.filter((a) => !names.has(foldText(a.trim())));
  return { aliases: [...new Set(kept.map((a) => redact(a, terms).text))], removed: aliases.length - kept.length };
}
