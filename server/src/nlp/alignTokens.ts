/**
 * Frog's tokens → character spans in the original text, so that every sentence and mention is a
 * verbatim slice of the snapshot (quotes are checked against it). Tokens are searched in order from
 * where the previous one ended; a token the tokenizer rewrote and that cannot be found nearby keeps
 * no span, and the next token is searched from the same place. Pure.
 */
import type { FrogToken } from './frogOutput.js';

export interface Token extends FrogToken {
  start: number;
  end: number;
}

export interface Sentence {
  /** Index in the document. */
  index: number;
  start: number;
  end: number;
  /** The sentence, verbatim: `text.slice(start, end)`. */
  text: string;
  tokens: Token[];
}

/** How far ahead a token may be found: skipped markup or a rewritten token, not a lost paragraph. */
const WINDOW = 400;

/** Characters the tokenizer may have normalised: quotes, dashes and ellipses. */
function variants(word: string): string[] {
  const out = new Set([word]);
  out.add(word.replace(/["“”„]/g, '"').replace(/['‘’‚]/g, "'"));
  out.add(word.replace(/\.\.\./g, '…'));
  out.add(word.replace(/-/g, '–'));
  return [...out];
}

export function alignTokens(text: string, sentences: FrogToken[][]): Sentence[] {
  const out: Sentence[] = [];
  let cursor = 0;
  for (const tokens of sentences) {
    const aligned: Token[] = [];
    for (const t of tokens) {
      let best = -1;
      let length = 0;
      for (const v of variants(t.word)) {
        const at = text.indexOf(v, cursor);
        if (at >= 0 && at - cursor <= WINDOW && (best < 0 || at < best)) {
          best = at;
          length = v.length;
        }
      }
      if (best < 0) continue;
      aligned.push({ ...t, start: best, end: best + length });
      cursor = best + length;
    }
    if (!aligned.length) continue;
    const start = aligned[0]!.start;
    const end = aligned[aligned.length - 1]!.end;
    out.push({ index: out.length, start, end, text: text.slice(start, end), tokens: aligned });
  }
  return out;
}
