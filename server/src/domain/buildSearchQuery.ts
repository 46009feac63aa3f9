/**
 * User text → a safe Lucene query for the `entity_search` full-text index.
 *
 * The text is folded the way the index's `standard-folding` analyzer folds (lower case, no
 * diacritics) and split into words on everything that is not a letter or digit, so Lucene
 * operators (`+ - && || ! ( ) { } [ ] ^ " ~ * ? : \ /`) can never reach the parser; each word is
 * escaped as well, as a second line of defence. Per word: the exact term (boosted), a prefix for
 * autocomplete, and for longer words a fuzzy term that forgives one typo.
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
