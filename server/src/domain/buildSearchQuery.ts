/**
 * User text → a safe Lucene query for the `entity_search` full-text index.
 *
 * The text is folded the way the index's `standard-folding` analyzer folds (lower case, no
 * diacritics) and split into words on everything that is not a letter or digit, so Lucene
 * operators (`+ - && || ! ( ) { } [ ] ^ " ~ * ? : \ /`) can never reach the parser; each word is
 * escaped as well, as a second line of defence. Per word: the exact term (boosted), a prefix for
 * autocomplete, and for longer words a fuzzy term that forgives one typo.
 *
 * Lucene scores words, not names: "Westl" matches Westland, Delft en Westland and (by one typo)
 * West Betuwe alike. `searchPrefix` and `NAME_FOLDING` let the search query put names (or aliases)
 * that start with the whole typed text first, and the exact name before them.
 */
import { badInput } from './errors.js';
import { foldText } from './vocabulary.js';

const LUCENE_SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;

export function escapeLucene(term: string): string {
  return term.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
}

export function searchTerms(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 12);
}

export function buildSearchQuery(text: string): string {
  const terms = searchTerms(text);
  if (terms.length === 0) {
    throw badInput('Type at least one letter or digit to search (for example "Kern" or "eigen kracht").', { argument: 'query' });
  }
  return terms
    .map((t) => {
      const e = escapeLucene(t);
      const parts = [`${e}^3`, `${e}*^2`];
      if (t.length >= 5) parts.push(`${e}~1`);
      return `(${parts.join(' OR ')})`;
    })
    .join(' AND ');
}

/** Characters the index folds (diacritics) or splits on (punctuation), as [from, to] pairs for Cypher `replace`. */
const FOLDED_CHARACTERS = 'àáâãäåāăąçćčďèéêëēėęěìíîïīįıñńňòóôõöōőŕřśšşťùúûüūůűųýÿžźż';
const SEPARATORS = "-/.,'’()&:;";

/**
 * [from, to] pairs that turn a lower-cased name into the form `searchPrefix` compares with: no
 * diacritics, punctuation as spaces, no double spaces (applied in order by the search query).
 */
export const NAME_FOLDING: readonly (readonly [string, string])[] = [
  ...[...FOLDED_CHARACTERS].map((c) => [c, foldText(c)] as const).filter(([c, f]) => c !== f),
  ...[...SEPARATORS].map((c) => [c, ' '] as const),
  ['  ', ' '],
  ['  ', ' '],
];

/** The typed text as a name would start with it: folded, words separated by one space ("Súdwest-Fr" → "sudwest fr"). */
export function searchPrefix(text: string): string {
  return searchTerms(text).join(' ');
}
