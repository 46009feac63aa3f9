/**
 * The quote of a proposal: a sentence of the snapshot, verbatim — at most QUOTE_MAX_LENGTH
 * characters, so a longer sentence is cut to the clause (between commas, semicolons or dashes)
 * around the words that matter, still a verbatim slice. Pure.
 */
import { QUOTE_MAX_LENGTH } from '../domain/vocabulary.js';
import type { Sentence } from '../nlp/alignTokens.js';

export interface Quote {
  quote: string;
  /** Offset in the snapshot. */
  start: number;
}

/** The sentence, or the part of it around [from, to) (absolute offsets) when it is too long. */
export function quoteOf(sentence: Sentence, from = sentence.start, to = sentence.start): Quote | null {
  const text = sentence.text.replace(/^[”’"')\]]+\s*/, '');
  const lead = sentence.text.length - text.length;
  const start = sentence.start + lead;
  if (text.length >= 3 && text.length <= QUOTE_MAX_LENGTH) return { quote: text, start };
  if (text.length < 3) return null;
  // Grow a window from the clause holding [from, to) until the next clause would not fit.
  const cuts = [0, ...[...text.matchAll(/[,;:–—]\s/g)].map((m) => m.index + 1), text.length];
  const a = Math.max(0, from - start);
  const b = Math.max(a, to - start);
  let lo = cuts.filter((c) => c <= a).pop() ?? 0;
  let hi = cuts.find((c) => c >= b) ?? text.length;
  if (hi - lo > QUOTE_MAX_LENGTH) return null;
  for (;;) {
    const prev = cuts.filter((c) => c < lo).pop();
    const next = cuts.find((c) => c > hi);
    if (next !== undefined && next - lo <= QUOTE_MAX_LENGTH) hi = next;
    else if (prev !== undefined && hi - prev <= QUOTE_MAX_LENGTH) lo = prev;
    else break;
  }
  const raw = text.slice(lo, hi);
  const trimmed = raw.trim();
  if (trimmed.length < 3) return null;
  return { quote: trimmed, start: start + lo + raw.indexOf(trimmed) };
}
