/**
 * Frog's named entities as mention candidates. Frog tags people well; organisations, bureaus and
 * places less so (a bureau is often LOC or PRO, a law ORG), so only people become mentions here
 * (PER, two words or more, every word capitalised or a tussenvoegsel). The other classes are
 * returned as spans, for the pattern rules and the resolver to type. Pure.
 */
import type { Sentence, Token } from '../nlp/alignTokens.js';
import { nerClass, type NerClass } from '../nlp/frogOutput.js';
import type { FoundMention } from './intakeTypes.js';
import { TUSSENVOEGSELS } from './dutchWords.js';

export interface NerSpan {
  cls: NerClass;
  tokens: Token[];
  start: number;
  end: number;
  text: string;
  sentence: number;
}

export function nerSpans(sentence: Sentence): NerSpan[] {
  const spans: NerSpan[] = [];
  let cur: NerSpan | null = null;
  for (const t of sentence.tokens) {
    const cls = nerClass(t.ner);
    if (cls && t.ner.startsWith('I-') && cur && cur.cls === cls) {
      cur.tokens.push(t);
      cur.end = t.end;
      continue;
    }
    if (cur) spans.push(cur);
    cur = cls ? { cls, tokens: [t], start: t.start, end: t.end, text: '', sentence: sentence.index } : null;
  }
  if (cur) spans.push(cur);
  for (const s of spans) {
    // Frog sometimes runs a span over a bracket: "Roeland Grip ( Key to Grip )". Cut at the first bracket.
    const cut = s.tokens.findIndex((t) => /^[()[\]]$/.test(t.word));
    if (cut > 0) {
      s.tokens = s.tokens.slice(0, cut);
      s.end = s.tokens[s.tokens.length - 1]!.end;
    }
    s.text = sentence.text.slice(s.start - sentence.start, s.end - sentence.start);
  }
  return spans.filter((s) => s.tokens.length > 0);
}

const TV = new Set(TUSSENVOEGSELS);
const isProper = (t: Token) => /^SPEC\(deeleigen|^N\(eigen/.test(t.pos);
const isCap = (t: Token) => /^\p{Lu}[\p{L}\p{M}'’-]*$/u.test(t.word);
const inEntity = (t: Token) => t.ner !== 'O';

/** A full personal name: two or more words, capitalised except for tussenvoegsels in between. */
function looksLikePersonName(tokens: Token[]): boolean {
  if (tokens.length < 2 || tokens.length > 6) return false;
  const first = tokens[0]!;
  const last = tokens[tokens.length - 1]!;
  if (!/^\p{Lu}\p{Ll}/u.test(first.word) || TV.has(first.word.toLowerCase()) || !isCap(last)) return false;
  return tokens.every((t) => isCap(t) || TV.has(t.word.toLowerCase()));
}

/** Lines that credit the writer or photographer: authors are source metadata, not people in the graph. */
const CREDIT_LINE = /^(tekst|foto|foto's|fotografie|beeld|door|auteur|interview|redactie|illustratie)\s*[:/]/i;

/**
 * People: runs of capitalised name words (and tussenvoegsels that Frog counts as part of a name)
 * that hold a token Frog tags as a person. Frog often splits a name over two classes
 * ("Bertram van" LOC + "der Wal" PER, "Nathalie de" PER + "Man" PRO); the run repairs that, and
 * stops at a preposition that starts an affiliation ("Karin Castelijn van Nul Vierentwintig").
 */
export function personMentions(sentences: Sentence[]): FoundMention[] {
  const out: FoundMention[] = [];
  for (const s of sentences) {
    if (CREDIT_LINE.test(s.text)) continue;
    const toks = s.tokens;
    for (let i = 0; i < toks.length; i++) {
      const first = toks[i]!;
      if (!isCap(first) || !(isProper(first) || /PER$/.test(first.ner)) || TV.has(first.word.toLowerCase())) continue;
      if (i > 0 && /^[&+]$/.test(toks[i - 1]!.word)) continue; // "Hiemstra & De Vries": a firm
      // "Teamleider Schuldhulp Anouk de Boer": a common noun before a proper name is no given name.
      if ((/^N\(soort/.test(first.pos) || toks[i + 1]?.ner === 'B-PER') && toks[i + 1] && isCap(toks[i + 1]!) && isProper(toks[i + 1]!)) continue;
      let j = i;
      let lastCap = i;
      while (j + 1 < toks.length) {
        const t = toks[j + 1]!;
        if (isCap(t) && (isProper(t) || inEntity(t) || /^N\(/.test(t.pos))) {
          j++;
          lastCap = j;
        } else if (TV.has(t.word.toLowerCase()) && (isProper(t) || inEntity(t))) j++;
        else break;
      }
      const run = toks.slice(i, lastCap + 1);
      const next = toks[lastCap + 1];
      if (next && /^[&+]$/.test(next.word)) {
        i = lastCap;
        continue;
      }
      if (run.length >= 2 && looksLikePersonName(run) && run.some((t) => /PER$/.test(t.ner))) {
        const start = run[0]!.start;
        const end = run[run.length - 1]!.end;
        const text = s.text.slice(start - s.start, end - s.start);
        out.push({ type: 'PERSON', text, start, end, sentence: s.index, rule: 'FROG_NER', confidence: 0.8, name: text });
      }
      i = lastCap;
    }
  }
  return out;
}
