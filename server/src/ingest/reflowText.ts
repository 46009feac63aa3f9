/**
 * Extracted text → the snapshot that quotes are checked against. Line breaks inside a paragraph
 * (a PDF's lines, a hard-wrapped text file) are joined, so no sentence — and so no quote — spans a
 * line break; words hyphenated at a line end are joined again; non-breaking and zero-width spaces,
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
  const out: string[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    if (line && prev && /^\p{Ll}/u.test(line) && !ENDS_UNIT.test(prev)) {
      // "ondersteu-" + "ning" → "ondersteuning"; "sociaal" + "domein" → "sociaal domein".
      out[out.length - 1] = /\p{L}-$/u.test(prev) ? prev.slice(0, -1) + line : `${prev} ${line}`;
    } else {
      out.push(line);
    }
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}
