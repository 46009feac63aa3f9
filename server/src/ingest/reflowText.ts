/**
 * Extracted text → the snapshot that quotes are checked against. Line breaks inside a paragraph
 * (a PDF's lines, a hard-wrapped text file) are joined — a line that does not end a sentence is
 * joined to the next when that starts in lower case or with a digit, or when it is as long as the
 * text's wrapped lines — so no sentence, and so no quote, spans a line break; words hyphenated at a line end are joined again; non-breaking and zero-width spaces,
 * soft hyphens and runs of blanks are normalised. Headlines and paragraphs keep their own lines.
 * Pure.
 */

/** A line that ends a sentence or a heading-like unit: the next line starts a new one. */
const ENDS_UNIT = /[.!?:;…”"’)\]»]$/;

export function reflowText(raw: string): string {
  const lines = raw
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/\u00ad|\u200b|\u200c|\u200d|\u2060|\ufeff/g, '')
    .replace(/\f/g, '\n\n')
    .split('\n')
    .map((l) => l.replace(/[ \t\v]+/g, ' ').trim());
  // A wrapped line is long: at least 60% of the longest lines (a PDF's or text file's line width).
  const lengths = lines.map((l) => l.length).filter((n) => n > 0).sort((a, b) => a - b);
  const width = lengths[Math.floor(lengths.length * 0.9)] ?? 0;
  const wrapped = (prev: string) => width >= 50 && width <= 130 && prev.length >= 0.6 * width && /[\p{Ll},]$/u.test(prev);
  const out: string[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    if (line && prev && !ENDS_UNIT.test(prev) && (/^[\p{Ll}\d]/u.test(line) || wrapped(prev))) {
      // "ondersteu-" + "ning" → "ondersteuning"; "sociaal" + "domein" → "sociaal domein".
      out[out.length - 1] = /\p{L}-$/u.test(prev) ? prev.slice(0, -1) + line : `${prev} ${line}`;
    } else {
      out.push(line);
    }
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}
