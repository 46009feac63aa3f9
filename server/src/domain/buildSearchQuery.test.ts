import { describe, expect, it } from 'vitest';
import { buildSearchQuery, escapeLucene, searchTerms } from './buildSearchQuery.js';
import { KennisgraafError } from './errors.js';

describe('buildSearchQuery', () => {
  it('folds case and diacritics the way the index does', () => {
    expect(searchTerms('Creëren Élan')).toEqual(['creeren', 'elan']);
  });

  it('builds an exact, a prefix and (for longer words) a fuzzy clause per word, all required', () => {
    expect(buildSearchQuery('kern konsult')).toBe('(kern^3 OR kern*^2) AND (konsult^3 OR konsult*^2 OR konsult~1)');
  });

  it('never lets Lucene operators through', () => {
    const q = buildSearchQuery('a+b && (c) || "d" ~e* f? g:h \\ /i [j] {k} ^l !m');
    expect(q).not.toMatch(/&&|\|\||"|\[|\{|:/);
    expect(q).toContain('(a^3 OR a*^2)');
  });

  it('refuses text without letters or digits with a BAD_INPUT error', () => {
    for (const text of ['', '   ', '&&||', '***']) {
      expect(() => buildSearchQuery(text)).toThrow(KennisgraafError);
    }
    expect(() => buildSearchQuery(' ')).toThrow(/at least one letter or digit/);
  });

  it('escapes every special character in escapeLucene', () => {
    expect(escapeLucene('a+b-c!(d)')).toBe('a\\+b\\-c\\!\\(d\\)');
  });
});
