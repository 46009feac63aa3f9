/**
 * The article text cut into runs for highlighting: every mention of a proposal (`Mention.start`,
 * `end`, UTF-16 offsets as JavaScript counts) and the quote of the selected proposal start and end
 * on a run boundary, so each run is plain text, part of one or more mentions, inside the quote or
 * not. Pure: the same text and spans always give the same runs.
 */

/** A stretch of the article text, in `Source.text` offsets. */
export interface TextRange {
  start: number;
  end: number;
}

export interface Span<T> {
  start: number;
  end: number;
  data: T;
}

export interface Run<T> {
  start: number;
  end: number;
  /** The spans that cover the whole run, in the order given. */
  covering: T[];
  /** The spans that end with this run (where a mention's spoken label goes). */
  ending: T[];
}

/**
 * Cuts `[0, length)` at every span boundary and at `cuts`. Spans outside the text are clipped,
 * empty or inverted ones dropped; overlapping spans are all listed on the runs they share.
 */
export function cutIntoRuns<T>(length: number, spans: readonly Span<T>[], cuts: readonly number[] = []): Run<T>[] {
  const valid = spans
    .map((s) => ({ ...s, start: Math.max(0, s.start), end: Math.min(length, s.end) }))
    .filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.end > s.start);
  const points = new Set<number>([0, length]);
  for (const s of valid) {
    points.add(s.start);
    points.add(s.end);
  }
  for (const c of cuts) if (Number.isInteger(c) && c > 0 && c < length) points.add(c);
  const sorted = [...points].sort((a, b) => a - b);
  const runs: Run<T>[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const start = sorted[i];
    const end = sorted[i + 1];
    const covering = valid.filter((s) => s.start <= start && s.end >= end);
    runs.push({ start, end, covering: covering.map((s) => s.data), ending: covering.filter((s) => s.end === end).map((s) => s.data) });
  }
  return runs;
}

/** Where `quote` stands in `text`: at `hint` when it is there (the proposal's `quoteStart`), else its first occurrence; null when absent. */
export function locateQuote(text: string, quote: string, hint?: number | null): { start: number; end: number } | null {
  if (!quote) return null;
  if (hint != null && hint >= 0 && text.startsWith(quote, hint)) return { start: hint, end: hint + quote.length };
  const at = text.indexOf(quote);
  return at < 0 ? null : { start: at, end: at + quote.length };
}

/**
 * A stretch of the article chosen as a quote: trimmed of white space at both ends; null when it is
 * empty or crosses a line break (a quote is one sentence of one paragraph).
 */
export function quoteFromSelection(text: string, start: number, end: number): { start: number; end: number; quote: string } | null {
  let a = Math.max(0, Math.min(start, end));
  let b = Math.min(text.length, Math.max(start, end));
  while (a < b && /\s/.test(text[a])) a++;
  while (b > a && /\s/.test(text[b - 1])) b--;
  if (a === b) return null;
  const quote = text.slice(a, b);
  return /[\r\n]/.test(quote) ? null : { start: a, end: b, quote };
}
