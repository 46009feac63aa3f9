/**
 * Mentions → entity proposals. Overlapping mentions are one name: the longest span with enough
 * confidence wins, its type is the one the strongest rules give, and shorter names inside it of
 * the same type join it ("gemeente Westland" and the known gemeente Westland) while other types
 * inside it are dropped ("Den Helder" inside "Stadspartij Den Helder"). Mentions of one entity are
 * grouped (the known entity's id, else type and folded name); a later first name ("Nathalie",
 * "Nathalies") or a defined acronym ("het SKT") joins the entity named in full. Pure.
 */
import { foldText } from '../domain/vocabulary.js';
import type { Sentence } from '../nlp/alignTokens.js';
import type { EntityDraft, FoundMention } from './intakeTypes.js';
import { quoteOf } from './quotes.js';

/** Rules whose mentions are typed by their context, not by a bare name. */
const STRONG_PLACE_RULES = new Set(['MUNICIPALITY_PATTERN', 'REGION_PATTERN', 'AFFILIATION', 'JOB_TITLE']);

/**
 * What makes two mentions one entity, and two intake runs the same proposal: the type and the
 * folded name (the known entity's own name when the graph knows it, so aliases group together).
 */
function entityKey(m: Pick<FoundMention, 'type' | 'name'>): string {
  return `${m.type}|${foldText(m.name).replace(/^(de|het)\s+/, '').replace(/\s+/g, ' ').trim()}`;
}

function overlaps(a: FoundMention, b: FoundMention): boolean {
  return a.start < b.end && b.start < a.end;
}

/** One winner per group of overlapping names (themes are resolved separately: they may overlap names). */
export function resolveOverlaps(mentions: FoundMention[]): FoundMention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const groups: FoundMention[][] = [];
  let end = -1;
  for (const m of sorted) {
    if (m.start < end) groups[groups.length - 1]!.push(m);
    else groups.push([m]);
    end = Math.max(end, m.end);
  }
  const out: FoundMention[] = [];
  for (const g of groups) {
    const pool = g.some((m) => m.confidence >= 0.5) ? g.filter((m) => m.confidence >= 0.5) : g;
    const longest = Math.max(...pool.map((m) => m.end - m.start));
    const spanMentions = pool.filter((m) => m.end - m.start === longest);
    // Type: the most confident typing of the winning span; a known entity's own type beats a guess.
    const winner = { ...spanMentions.sort((a, b) => b.confidence - a.confidence)[0]! };
    // A name known as such ("Kwink" a bureau) types a longer form that starts with it ("Kwink Groep").
    const typed = [...spanMentions, ...pool.filter((m) => m.start === winner.start && (m.entityId || m.rule === 'KNOWN_BUREAU'))].sort(
      (a, b) => Number(!!b.entityId) - Number(!!a.entityId) || b.confidence - a.confidence,
    )[0]!;
    winner.type = typed.type;
    const sameType = g.filter((m) => m.type === winner.type && overlaps(m, winner));
    const known = sameType.find((m) => m.entityId && !m.entityId.startsWith('known:'));
    if (known) {
      winner.entityId = known.entityId;
      winner.name = known.name;
    } else if (typed.name && typed.type === winner.type) {
      winner.name = typed.name;
    }
    winner.confidence = Math.min(0.97, Math.max(...sameType.map((m) => m.confidence)) + 0.05 * (new Set(sameType.map((m) => m.rule)).size - 1));
    winner.rule = sameType.find((m) => STRONG_PLACE_RULES.has(m.rule))?.rule ?? [...sameType].sort((a, b) => b.confidence - a.confidence)[0]!.rule;
    out.push(winner);
    // A separate, non-overlapping name in the group (a chain of overlaps) is kept on its own.
    for (const m of pool) if (!overlaps(m, winner) && !out.some((o) => overlaps(o, m))) out.push(m);
  }
  return out;
}

/** "Nathalie", "Nathalies" → the person named in full; acronyms → their organisation. */
export function referenceMentions(sentences: Sentence[], entities: FoundMention[], acronyms: Map<string, FoundMention>): FoundMention[] {
  const people = new Map<string, FoundMention[]>();
  for (const p of entities.filter((e) => e.type === 'PERSON')) {
    const first = p.name.split(/\s+/)[0]!;
    const list = people.get(first) ?? [];
    if (!list.some((x) => entityKey(x) === entityKey(p))) list.push(p);
    people.set(first, list);
  }
  const out: FoundMention[] = [];
  for (const s of sentences) {
    for (const t of s.tokens) {
      if (entities.some((e) => e.start <= t.start && e.end >= t.end)) continue;
      const bare = t.word.replace(/['’]?s$/, '');
      const person = people.get(t.word) ?? people.get(bare);
      if (person?.length === 1 && /^\p{Lu}\p{Ll}/u.test(t.word)) {
        out.push({ ...person[0]!, text: t.word, start: t.start, end: t.end, sentence: s.index, rule: 'NAME_REFERENCE', confidence: 0.6 });
      }
      const org = acronyms.get(t.word);
      if (org) out.push({ ...org, text: t.word, start: t.start, end: t.end, sentence: s.index, rule: 'NAME_REFERENCE', confidence: 0.7 });
    }
  }
  return out;
}

/**
 * The name as the article writes it: a person's fullest form; otherwise the best mention without
 * a leading article or "gemeente" ("de gemeente Westland" → "Westland").
 */
function asWritten(type: FoundMention['type'], ms: FoundMention[], best: FoundMention): string {
  if (type === 'PERSON') return [...ms].filter((m) => m.rule !== 'NAME_REFERENCE').sort((a, b) => b.text.length - a.text.length)[0]?.text ?? best.text;
  const source = best.rule === 'NAME_REFERENCE' ? (ms.find((m) => m.rule !== 'NAME_REFERENCE') ?? best) : best;
  const text = source.text.replace(/^(?:de|het|De|Het)\s+/, '').replace(/^[Gg]emeente\s+/, '');
  return type === 'MUNICIPALITY' ? text : text || best.name;
}

/** Groups mentions into entity proposals with a confidence and a quote. */
export function groupEntities(mentions: FoundMention[], sentences: Sentence[]): EntityDraft[] {
  const byKey = new Map<string, FoundMention[]>();
  for (const m of mentions) {
    const k = entityKey(m);
    byKey.set(k, [...(byKey.get(k) ?? []), m]);
  }
  const drafts: EntityDraft[] = [];
  for (const [key, ms] of byKey) {
    ms.sort((a, b) => a.start - b.start);
    const best = [...ms].sort((a, b) => b.confidence - a.confidence || a.start - b.start)[0]!;
    const type = best.type;
    const sentencesMentioned = new Set(ms.map((m) => m.sentence)).size;
    let confidence = best.confidence + (type === 'THEME' ? 0.1 : 0.05) * Math.min(4, sentencesMentioned - 1);
    // A gemeente or region named once, in passing ("de as Rotterdam-Antwerpen"), is no fact of the story.
    if ((type === 'MUNICIPALITY' || type === 'REGION') && sentencesMentioned === 1 && !ms.some((m) => STRONG_PLACE_RULES.has(m.rule))) confidence = Math.min(confidence, 0.45);
    confidence = Math.round(Math.min(0.97, confidence) * 100) / 100;
    const name = asWritten(type, ms, best);
    // The quote: the first sentence of the most confident mention that makes a valid quote.
    let quote = null;
    for (const m of [best, ...ms]) {
      const s = sentences[m.sentence];
      quote = s ? quoteOf(s, m.start, m.end) : null;
      if (quote) break;
    }
    if (!quote) continue;
    drafts.push({
      key,
      type,
      name,
      mentions: ms,
      linkedEntityId: best.entityId && !best.entityId.startsWith('known:') ? best.entityId : (ms.find((m) => m.entityId && !m.entityId.startsWith('known:'))?.entityId ?? null),
      quote: quote.quote,
      quoteStart: quote.start,
      confidence,
      rule: best.rule,
    });
  }
  return drafts;
}
