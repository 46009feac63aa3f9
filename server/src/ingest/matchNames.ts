/**
 * Known names in Frog's tokens: every name and alias of the lexicon, matched on whole tokens,
 * case- and diacritics-insensitively, on the words as written and — for themes — on their lemmas
 * too ("wijkteams" → wijkteam, "sociale teams" → sociaal team). Tokens are compared with their
 * spaces removed, so a name tokenised differently ("'s-Hertogenbosch") still matches. Gemeenten,
 * regions, people, bureaus and organisations are proper nouns: they match only where the text
 * writes them with a capital ("leek" is a verb, Leek a gemeente). Pure.
 */
import { foldText } from '../domain/vocabulary.js';
import type { Sentence, Token } from '../nlp/alignTokens.js';
import type { FoundMention, LexiconEntry } from './intakeTypes.js';
import { COMMON_THEME_WORDS, WEAK_THEME_WORDS } from './dutchWords.js';

interface Phrase {
  entry: LexiconEntry;
  /** The folded name without spaces. */
  key: string;
  /** The alias as written (for weak-word checks). */
  alias: string;
  isName: boolean;
}

const MAX_TOKENS = 8;
const MIN_LENGTH = 3;
const squash = (s: string) => foldText(s).replace(/\s+/g, '');

/** Regions from the reference data (COROP, veiligheidsregio) only by their full name ("COROP Twente"). */
function namesOf(e: LexiconEntry): { alias: string; isName: boolean }[] {
  const all = [{ alias: e.name, isName: true }, ...e.aliases.map((a) => ({ alias: a, isName: false }))];
  if (e.type === 'REGION' && e.kind && e.kind !== 'SAMENWERKINGSVERBAND') return all.filter((n) => !n.isName);
  return all;
}

export class NameMatcher {
  private readonly phrases = new Map<string, Phrase[]>();

  constructor(lexicon: readonly LexiconEntry[]) {
    for (const entry of lexicon) {
      for (const { alias, isName } of namesOf(entry)) {
        const key = squash(alias);
        if (key.length < MIN_LENGTH && entry.type !== 'CONSULTANCY') continue;
        if (key.length < 2) continue;
        const list = this.phrases.get(key) ?? [];
        if (!list.some((p) => p.entry.id === entry.id)) list.push({ entry, key, alias, isName });
        this.phrases.set(key, list);
      }
    }
  }

  /** All matches in a sentence: longest first at each position, no overlaps within one kind (themes vs. names). */
  find(sentence: Sentence): FoundMention[] {
    const found: FoundMention[] = [];
    const toks = sentence.tokens;
    for (const useLemma of [false, true]) {
      const taken = new Set<number>();
      for (let i = 0; i < toks.length; i++) {
        if (taken.has(i)) continue;
        let best: { j: number; phrases: Phrase[] } | null = null;
        let acc = '';
        for (let j = i; j < Math.min(toks.length, i + MAX_TOKENS); j++) {
          acc += squash(useLemma ? toks[j]!.lemma : toks[j]!.word);
          const hit = this.phrases.get(acc);
          if (hit) best = { j, phrases: hit };
        }
        if (!best) continue;
        const span = toks.slice(i, best.j + 1);
        const mentions = best.phrases.map((p) => this.toMention(p, span, sentence, useLemma)).filter((m): m is FoundMention => m !== null);
        if (!mentions.length) continue;
        for (let k = i; k <= best.j; k++) taken.add(k);
        found.push(...mentions);
      }
    }
    // The parts of a hyphenated compound name themes too: "Wmo-begeleiding", "jeugdhulp-aanbieders".
    for (const t of toks) {
      if (!t.word.includes('-') || found.some((m) => m.start <= t.start && m.end >= t.end)) continue;
      let offset = 0;
      for (const part of t.word.split('-')) {
        const hit = part.length >= 3 ? this.phrases.get(squash(part)) : undefined;
        for (const p of hit ?? []) {
          if (p.entry.type !== 'THEME') continue;
          const start = t.start + offset;
          found.push({ type: 'THEME', text: part, start, end: start + part.length, sentence: sentence.index, rule: 'THEME_LEMMA', confidence: 0.6, entityId: p.entry.id, name: p.entry.name });
        }
        offset += part.length + 1;
      }
    }
    // A lemma match repeats a surface match of the same entity at the same place: keep one.
    const seen = new Set<string>();
    return found.filter((m) => {
      const k = `${m.entityId}|${m.start}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
  }

  private toMention(p: Phrase, span: Token[], sentence: Sentence, viaLemma: boolean): FoundMention | null {
    const first = span[0]!;
    const last = span[span.length - 1]!;
    const text = sentence.text.slice(first.start - sentence.start, last.end - sentence.start);
    const isTheme = p.entry.type === 'THEME';
    if (viaLemma && !isTheme) return null;
    if (!isTheme && !/^['’]?s?-?\p{Lu}/u.test(text) && !/\p{Lu}/u.test(text.slice(0, 3))) return null;
    // A one-word name that is the sentence's first word and an ordinary word too is no evidence.
    let confidence = isTheme ? (p.isName ? 0.7 : 0.6) : 0.9;
    if (isTheme && WEAK_THEME_WORDS.has(foldText(p.alias))) confidence = 0.35;
    // Words every story uses ("samenwerking"): a theme of the story only when it comes back.
    else if (isTheme && COMMON_THEME_WORDS.has(foldText(p.alias))) confidence = 0.45;
    if (!isTheme && span.length === 1 && first === sentence.tokens[0] && /^\p{Lu}\p{Ll}+$/u.test(text) && !/^SPEC/.test(first.pos)) confidence = 0.5;
    return {
      type: p.entry.type,
      text,
      start: first.start,
      end: last.end,
      sentence: sentence.index,
      rule: isTheme ? 'THEME_LEMMA' : 'GRAPH_NAME',
      confidence,
      entityId: p.entry.id,
      name: p.entry.name,
    };
  }
}
