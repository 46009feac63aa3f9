/** A stretch of the source's text: plain, or a quote of fact number `fact` (its index in the page's facts). */
export type Segment = { text: string; fact: number | null };

export interface Span {
  start: number;
  end: number;
  fact: number;
}

/**
 * The text cut into segments at the quotes' spans, each quote marked with the first fact that cites
 * it; overlapping spans are merged into the earlier one (a mark cannot nest), spans outside the text
 * are dropped.
 */
export function markText(text: string, spans: readonly Span[]): Segment[] {
  const sorted = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end).sort((a, b) => a.start - b.start || b.end - a.end || a.fact - b.fact);
  const out: Segment[] = [];
  let at = 0;
  for (const s of sorted) {
    if (s.start < at) {
      // Overlaps the previous mark: extend it.
      const last = out[out.length - 1];
      if (last && last.fact !== null && s.end > at) {
        last.text += text.slice(at, s.end);
        at = s.end;
      }
      continue;
    }
    if (s.start > at) out.push({ text: text.slice(at, s.start), fact: null });
    out.push({ text: text.slice(s.start, s.end), fact: s.fact });
    at = s.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), fact: null });
  return out;
}
