/**
 * Which known entities an article mentions, with the sentence that mentions them as the quote.
 * Pure: the lexicon comes from the seed (or any GraphDocument), the text from the caller.
 * Matching is on whole words, diacritics- and case-insensitive, longest name first, so
 * "Sociale Dienst Drechtsteden" is found as itself and not only as "Drechtsteden".
 */
import { QUOTE_MAX_LENGTH, foldText, type EntityType } from '../domain/vocabulary.js';
import { splitSentences } from './splitSentences.js';

export interface LexiconEntry {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
}

export interface Mention {
  id: string;
  type: EntityType;
  name: string;
  /** The first sentence that mentions the entity, verbatim (at most QUOTE_MAX_LENGTH characters: a valid quote). */
  quote: string;
  /** How many sentences mention it. */
  count: number;
}

/** Names this short (or generic words used as theme aliases) match too much to be useful alone. */
const MIN_NAME_LENGTH = 3;

/**
 * Place names are proper nouns: a gemeente or region is only mentioned where its name is written
 * with a capital. Many gemeente names are also ordinary words ("leek", "best", "ede").
 */
const PROPER_NOUN_TYPES: ReadonlySet<EntityType> = new Set(['MUNICIPALITY', 'REGION']);

/** The text folded like foldText but with its case kept: the same positions, for checking capitals. */
const foldDiacritics = (text: string) => text.normalize('NFD').replace(/\p{Diacritic}/gu, '');

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whole-word patterns for every name and alias, longest first. */
function namePatterns(lexicon: LexiconEntry[]) {
  return lexicon
    .flatMap((e) => [e.name, ...e.aliases].map((n) => ({ entry: e, folded: foldText(n).trim() })))
    .filter((p) => p.folded.length >= MIN_NAME_LENGTH)
    .sort((a, b) => b.folded.length - a.folded.length)
    .map((p) => ({ ...p, re: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(p.folded)}(?![\\p{L}\\p{N}])`, 'gu') }));
}

export function findMentions(text: string, lexicon: LexiconEntry[]): Mention[] {
  const sentences = splitSentences(text).map((s) => ({ raw: s, folded: foldText(s), cased: foldDiacritics(s) }));
  const patterns = namePatterns(lexicon);

  const found = new Map<string, Mention>();
  for (const s of sentences) {
    // Longest names first; a span taken by a longer name is not matched again by a shorter one.
    let rest = s.folded;
    for (const p of patterns) {
      p.re.lastIndex = 0;
      const needsCapital = PROPER_NOUN_TYPES.has(p.entry.type) && s.cased.length === s.folded.length;
      let m = p.re.exec(rest);
      while (m && needsCapital && !/\p{Lu}/u.test(s.cased.slice(m.index, m.index + m[0].length))) m = p.re.exec(rest);
      if (!m) continue;
      rest = rest.slice(0, m.index) + ' '.repeat(m[0].length) + rest.slice(m.index + m[0].length);
      const prior = found.get(p.entry.id);
      if (prior) {
        prior.count++;
        if (prior.quote.length > QUOTE_MAX_LENGTH && s.raw.length <= QUOTE_MAX_LENGTH) prior.quote = s.raw;
      } else {
        found.set(p.entry.id, { id: p.entry.id, type: p.entry.type, name: p.entry.name, quote: s.raw, count: 1 });
      }
    }
  }
  return [...found.values()].filter((m) => m.quote.length <= QUOTE_MAX_LENGTH).sort((a, b) => a.type.localeCompare(b.type) || a.name.localeCompare(b.name, 'nl'));
}

/**
 * Capitalised word groups that match no known entity: candidates for new people, bureaus and
 * organisations, for the curator to judge ("Nathalie de Man", "Kern Konsult"). Sentence-initial
 * single words are left out: they are capitalised anyway.
 */
export function findUnknownNames(text: string, lexicon: LexiconEntry[]): string[] {
  const known = new Set(lexicon.flatMap((e) => [e.name, ...e.aliases]).map((n) => foldText(n)));
  const patterns = namePatterns(lexicon);
  const names = new Map<string, number>();
  // Capitalised words, with at most one run of tussenvoegsels before a last capitalised part:
  // "Hans van der Vaart", "Sociale Dienst Drechtsteden", "Hiemstra & De Vries" — but "Nathalie de
  // Man van Kern Konsult" is two names.
  const W = "\\p{Lu}[\\p{L}’'-]+";
  const T = '(?:van|de|der|den|het|ter|ten|&)';
  const group = new RegExp(`(?<![\\p{L}])${W}(?:\\s+${W})*(?:\\s+${T}(?:\\s+${T})*\\s+${W}(?:\\s+${W})*)?`, 'gu');
  for (const raw of splitSentences(text)) {
    // Blank out known names first, so "Karin Castelijn van Nul Vierentwintig" yields nothing new.
    let sentence = raw;
    if (foldText(raw).length === raw.length) {
      let folded = foldText(raw);
      for (const p of patterns) {
        folded = folded.replace(p.re, (m, offset: number) => {
          sentence = sentence.slice(0, offset) + '·'.repeat(m.length) + sentence.slice(offset + m.length);
          return '·'.repeat(m.length);
        });
      }
    }
    for (const m of sentence.matchAll(group)) {
      const name = m[0].trim();
      if (!/\s/.test(name) || known.has(foldText(name))) continue; // one capitalised word: too often just a sentence start
      names.set(name, (names.get(name) ?? 0) + 1);
    }
  }
  return [...names.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'nl')).map(([n]) => n);
}
