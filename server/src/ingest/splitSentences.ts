/**
 * Dutch article text → sentences, each verbatim (so a sentence can serve as a provenance quote).
 * A sentence ends at . ! ? (optionally followed by a closing quote) before white space and a
 * capital, digit or opening quote; common abbreviations (o.a., t.b.v., bijv., dhr., mevr.) do not
 * end one. Line breaks between paragraphs always do.
 */
const ABBREVIATIONS = /(?:\b(?:o\.a|t\.b\.v|bijv|dhr|mevr|mr|dr|drs|ir|ing|prof|nl|ca|e\.d|m\.b\.t|i\.p\.v|z\.s\.m|resp|incl|excl|vs)\.)$/i;

export function splitSentences(text: string): string[] {
  const out: string[] = [];
  for (const paragraph of text.split(/\r?\n\s*\r?\n|\r?\n/)) {
    const p = paragraph.trim();
    if (!p) continue;
    let start = 0;
    const boundary = /[.!?…]["”’']?(?=\s+["“‘'(]?[\p{Lu}\d])/gu;
    for (let m = boundary.exec(p); m; m = boundary.exec(p)) {
      const end = m.index + m[0].length;
      if (ABBREVIATIONS.test(p.slice(start, end))) continue;
      out.push(p.slice(start, end).trim());
      start = end;
    }
    const rest = p.slice(start).trim();
    if (rest) out.push(rest);
  }
  return out;
}
