/**
 * Dutch patterns for what Frog's NER misses or mistypes, and for the facts a name's surroundings
 * state: "gemeente X", "regio X", "(advies)bureau X", "X als adviesbureau", known bureau names,
 * the bureau that publishes its own story, organisations by their form ("Sociale Dienst X"),
 * "namens X", and people with their job title and employer ("X, senior adviseur bij Y",
 * "wethouder X", "X (teamleider Participatie)", "X als afdelingsmanager", "X van Y", "X (Y)").
 * An unnamed party ("een inhoudelijk bureau") matches nothing: every pattern needs a capitalised
 * name. Pure.
 */
import type { Sentence } from '../nlp/alignTokens.js';
import type { EntityType } from '../domain/vocabulary.js';
import type { FoundMention, IntakeRule, LexiconEntry } from './intakeTypes.js';
import { CAP_WORD, KNOWN_BUREAUS, ORG_HEADS, ORG_NAME, ORG_TAIL_WORDS, PERSON_NAME, TITLE_MODIFIERS, isConsultantTitle, isTitleWord } from './dutchWords.js';
import { NameMatcher } from './matchNames.js';

/** A person with a title and/or an employer, as one sentence states it. */
export interface StatedEmployment {
  person: FoundMention;
  employer: FoundMention | null;
  title: string | null;
  rule: IntakeRule;
  sentence: number;
}

interface StatedMembership {
  person: FoundMention;
  organization: FoundMention;
  sentence: number;
}

export interface PatternResult {
  mentions: FoundMention[];
  employments: StatedEmployment[];
  memberships: StatedMembership[];
  /** Acronyms the text defines: "Sociaal Kernteam (SKT)" → SKT → the organisation. */
  acronyms: Map<string, FoundMention>;
  /** The bureau whose own story this is, when the text says so. */
  publisher: FoundMention | null;
}

const NOT_A_NAME = /^(De|Het|Een|Deze|Die|Dit|Dat|Wij|We|Zij|Ze|Hij|Ik|Onze|Ons|In|Op|Voor|Bij|Met|Als|Gemeente|Gemeenten|Regio|Meer|Contact|Bron|Tekst|Foto)$/;

function mention(s: Sentence, start: number, text: string, type: EntityType, rule: IntakeRule, confidence: number, name = text): FoundMention {
  return { type, text, start: s.start + start, end: s.start + start + text.length, sentence: s.index, rule, confidence, name };
}

/** Trims a captured organisation name: no leading determiner or pronoun-like word, no trailing connector. */
function cleanOrgName(raw: string): { text: string; offset: number } | null {
  let text = raw;
  let offset = 0;
  for (;;) {
    const m = /^(\S+)\s+/.exec(text);
    if (!m || !NOT_A_NAME.test(m[1]!)) break;
    offset += m[0].length;
    text = text.slice(m[0].length);
  }
  text = text.replace(/(?:\s+(?:&|en|to|voor|van|de|der|den|het|op|aan|in))+$/i, '');
  if (!text || NOT_A_NAME.test(text) || !/^\p{Lu}/u.test(text)) return null;
  return { text, offset };
}

export class PatternFinder {
  private readonly gemeenten: NameMatcher;
  private readonly bureaus: NameMatcher;
  private readonly placeNames: { name: string; folded: string }[];
  private readonly bureauNames: Set<string>;

  constructor(lexicon: readonly LexiconEntry[]) {
    this.gemeenten = new NameMatcher(lexicon.filter((e) => e.type === 'MUNICIPALITY' || e.type === 'REGION'));
    this.bureaus = new NameMatcher(KNOWN_BUREAUS.map((name) => ({ id: `known:${name}`, type: 'CONSULTANCY' as const, name, aliases: [] })));
    this.placeNames = lexicon.filter((e) => e.type === 'MUNICIPALITY').map((e) => ({ name: e.name, folded: e.name.toLowerCase() }));
    this.bureauNames = new Set(lexicon.filter((e) => e.type === 'CONSULTANCY' || e.type === 'PERSON').flatMap((e) => [e.name, ...e.aliases]));
  }

  private isGemeente(name: string): boolean {
    return this.placeNames.some((p) => p.name === name);
  }

  /**
   * "gemeente X" / "regio X" where X is not a place: a known bureau, or the object of a request
   * ("vroeg de regio Berenschot om …", "vroeg de gemeente Movisie om …").
   */
  private notAPlace(text: string, at: number, place: string): boolean {
    if (this.isGemeente(place)) return false;
    if (KNOWN_BUREAUS.includes(place) || this.bureauNames.has(place)) return true;
    const before = text.slice(Math.max(0, at - 40), at);
    const after = text.slice(at).split(place)[1] ?? '';
    return /\b(vroeg|vroegen|vraagt|vragen|nodigde|benaderde|schakelde|huurde)\s+(?:de\s+|het\s+)?$/i.test(before) && /^\s+om\b/.test(after);
  }

  /** A gemeente's name at `at` in the sentence: the longest known one, else capitalised words. */
  private placeAt(text: string, at: number): string | null {
    const rest = text.slice(at);
    let best: string | null = null;
    for (const p of this.placeNames) {
      if (rest.startsWith(p.name) && !/^[\p{L}\p{N}]/u.test(rest.slice(p.name.length)) && (!best || p.name.length > best.length)) best = p.name;
    }
    if (best) return best;
    const m = new RegExp(`^(?:['’]s-)?(?:${CAP_WORD})(?:(?:\\s+|-)(?:aan|op|in|de|den|der|bij|en|ter)(?:\\s+|-)(?:${CAP_WORD})|\\s+(?:${CAP_WORD}))*`, 'u').exec(rest);
    return m && !NOT_A_NAME.test(m[0]) ? m[0] : null;
  }

  /** An employer named at `at`: "de gemeente X", "regio X", "(het) SKT", "Sociale Dienst X", "JSO". */
  private employerAt(s: Sentence, at: number, consultantHint: boolean): FoundMention | null {
    const text = s.text;
    const det = /^(?:de|het)\s+/i.exec(text.slice(at));
    const p = at + (det ? det[0].length : 0);
    const g = /^[Gg]emeente\s+/.exec(text.slice(p));
    if (g) {
      const place = this.placeAt(text, p + g[0].length);
      return place ? mention(s, p, `${g[0]}${place}`, 'MUNICIPALITY', 'MUNICIPALITY_PATTERN', 0.85, place) : null;
    }
    const r = /^[Rr]egio\s+/.exec(text.slice(p));
    if (r) {
      const place = this.placeAt(text, p + r[0].length);
      return place ? mention(s, p, `${r[0]}${place}`, 'REGION', 'REGION_PATTERN', 0.8, `Regio ${place}`) : null;
    }
    const m = new RegExp(`^(?:${ORG_NAME})`, 'u').exec(text.slice(p));
    if (!m) return null;
    const clean = cleanOrgName(m[0]);
    if (!clean) return null;
    const known = this.placeNames.find((x) => x.name === clean.text);
    if (known) return mention(s, p + clean.offset, clean.text, 'MUNICIPALITY', 'AFFILIATION', 0.6);
    const isOrgForm = ORG_HEADS.some((h) => clean.text.startsWith(`${h} `) || clean.text === h);
    const type: EntityType = consultantHint && !isOrgForm ? 'CONSULTANCY' : 'ORGANIZATION';
    return mention(s, p + clean.offset, clean.text, type, 'AFFILIATION', consultantHint && !isOrgForm ? 0.6 : 0.55);
  }

  find(sentences: Sentence[], people: FoundMention[], meta: { publisher?: string | null }): PatternResult {
    const out: PatternResult = { mentions: [], employments: [], memberships: [], acronyms: new Map(), publisher: null };
    const ourStory = sentences.some((s) => /\b(onze (website|klanten|klant|adviseurs?|aanpak)|bij ons|wij helpen|we hielpen)\b/i.test(s.text));
    for (const s of sentences) {
      const text = s.text;
      const peopleHere = people.filter((p) => p.sentence === s.index);
      const mentions = out.mentions;

      // "gemeente X" (also "gemeenten X en Y": the first), "regio X" — not "vroeg de gemeente Movisie om …".
      for (const m of text.matchAll(/\b[Gg]emeente\s+/g)) {
        const place = this.placeAt(text, m.index + m[0].length);
        if (place && !this.notAPlace(text, m.index, place)) mentions.push(mention(s, m.index, `${m[0]}${place}`, 'MUNICIPALITY', 'MUNICIPALITY_PATTERN', this.isGemeente(place) ? 0.85 : 0.45, place));
      }
      for (const m of text.matchAll(/\b[Rr]egio\s+/g)) {
        const place = this.placeAt(text, m.index + m[0].length);
        if (place && !this.notAPlace(text, m.index, place)) mentions.push(mention(s, m.index, `${m[0]}${place}`, 'REGION', 'REGION_PATTERN', 0.8, `Regio ${place}`));
      }

      const letters = text.replace(/[^\p{L}]/gu, '');
      const shouting = letters.length > 3 && (letters.match(/\p{Lu}/gu) ?? []).length > 0.7 * letters.length;
      if (shouting) continue; // A heading in capitals ("NIET MEE BEMOEIEN") names nothing.

      // Bureaus: "(advies)bureau X", "X als (kennis- en) adviesbureau", known names, "X & Y", "X begeleidt …".
      for (const m of text.matchAll(new RegExp(`\\b(?:[Aa]dvies|[Oo]nderzoeks|[Oo]rganisatieadvies|[Ii]ngenieurs)?[Bb]ureau\\s+(${ORG_NAME})`, 'gu'))) {
        const clean = cleanOrgName(m[1]!);
        if (clean) mentions.push(mention(s, m.index + m[0].length - m[1]!.length + clean.offset, clean.text, 'CONSULTANCY', 'CONSULTANCY_PATTERN', 0.85));
      }
      for (const m of text.matchAll(new RegExp(`(${ORG_NAME})\\s+als\\s+(?:[\\p{L}-]+\\s+){0,4}?(?:[\\p{L}-]*(?:advies|onderzoeks|organisatieadvies)bureau|adviseur|consultant)\\b`, 'gu'))) {
        const clean = cleanOrgName(m[1]!);
        if (clean) mentions.push(mention(s, m.index + clean.offset, clean.text, 'CONSULTANCY', 'CONSULTANCY_PATTERN', 0.85));
      }
      for (const m of text.matchAll(new RegExp(`\\b(?:adviseurs?|consultants?|trainers?|onderzoekers?|collega['’]s)\\s+(?:van|bij)\\s+(${ORG_NAME})`, 'gu'))) {
        const clean = cleanOrgName(m[1]!);
        if (clean && !this.placeNames.some((p) => p.name === clean.text)) {
          mentions.push(mention(s, m.index + m[0].length - m[1]!.length + clean.offset, clean.text, 'CONSULTANCY', 'CONSULTANCY_PATTERN', 0.75));
        }
      }
      for (const k of this.bureaus.find(s)) mentions.push({ ...k, rule: 'KNOWN_BUREAU', confidence: 0.85, entityId: undefined });
      for (const m of text.matchAll(new RegExp(`(${ORG_NAME})\\s+(?:begeleidt|begeleidde|begeleidden|adviseert|adviseerde|adviseerden|ondersteunt|ondersteunde|ondersteunden|helpt|hielp|hielpen|traint|trainde|onderzocht|onderzoekt|evalueerde|evalueert)\\b`, 'gu'))) {
        const clean = cleanOrgName(m[1]!);
        if (!clean || this.placeNames.some((p) => p.name === clean.text) || ORG_HEADS.some((h) => clean.text.startsWith(h))) continue;
        if (people.some((p) => p.name.split(/\s+/)[0] === clean.text.split(/\s+/)[0])) continue; // "Marieke begeleidde …": a person
        const at = s.start + m.index + clean.offset;
        if (people.some((p) => p.start <= at && p.end > at)) continue;
        mentions.push(mention(s, m.index + clean.offset, clean.text, 'CONSULTANCY', 'CONSULTANCY_PATTERN', /\s&\s/.test(clean.text) ? 0.75 : 0.55));
      }
      for (const m of text.matchAll(new RegExp(`(?:${CAP_WORD})\\s+&\\s+(?:${CAP_WORD})(?:\\s+(?:${CAP_WORD}))*`, 'gu'))) {
        const clean = cleanOrgName(m[0]);
        const wordBefore = /([\p{L}-]+)\s+$/u.exec(text.slice(0, m.index))?.[1] ?? '';
        if (clean && !isTitleWord(wordBefore) && !clean.text.split(/\s+/).some(isTitleWord) && !mentions.some((x) => x.start === s.start + m.index + clean.offset)) mentions.push(mention(s, m.index + clean.offset, clean.text, 'CONSULTANCY', 'CONSULTANCY_PATTERN', 0.5));
      }

      // The bureau of "our" story: "… voor onze klanten om met X samen te werken", "… klanten van X".
      if (ourStory) {
        const m = new RegExp(`\\b(?:met|bij)\\s+(${ORG_NAME})\\s+(?:samen\\s+te\\s+werken|samen\\s+werken|samenwerken)`, 'u').exec(text);
        const clean = m ? cleanOrgName(m[1]!) : null;
        if (m && clean && !out.publisher) {
          out.publisher = mention(s, m.index + m[0].indexOf(m[1]!) + clean.offset, clean.text, 'CONSULTANCY', 'PUBLISHER', 0.9);
          mentions.push(out.publisher);
        }
      }
      if (meta.publisher) {
        const at = text.indexOf(meta.publisher);
        if (at >= 0 && !/^[\p{L}\p{N}]/u.test(text.slice(at + meta.publisher.length))) {
          const p = mention(s, at, meta.publisher, 'CONSULTANCY', 'PUBLISHER', 0.85);
          mentions.push(p);
          out.publisher ??= p;
        }
      }

      // Organisations by their form, and the acronyms they are given.
      const heads = [...ORG_HEADS].sort((a, b) => b.length - a.length).join('|');
      for (const m of text.matchAll(new RegExp(`(?<![\\p{L}])(?:${heads})(?:\\s+(?:${CAP_WORD}))*`, 'gu'))) {
        if (!/^\p{Lu}/u.test(m[0])) continue;
        mentions.push(mention(s, m.index, m[0], 'ORGANIZATION', 'ORGANIZATION_PATTERN', 0.75));
      }
      for (const m of text.matchAll(new RegExp(`((?:${CAP_WORD})(?:\\s+(?:${CAP_WORD}))*)\\s+(\\p{Lu}[\\p{L}-]+)(?=[\\s,.]|$)`, 'gu'))) {
        if (people.some((p) => p.start < s.start + m.index + m[0].length && p.end > s.start + m.index)) continue;
        if (ORG_TAIL_WORDS.test(m[2]!) && !NOT_A_NAME.test(m[1]!.split(/\s+/)[0]!)) mentions.push(mention(s, m.index, m[0], 'ORGANIZATION', 'ORGANIZATION_PATTERN', 0.65));
      }
      for (const m of text.matchAll(new RegExp(`(${ORG_NAME})\\s*\\((\\p{Lu}[\\p{Lu}\\p{N}&]{1,7})\\)`, 'gu'))) {
        const clean = cleanOrgName(m[1]!);
        if (!clean || clean.text.split(/\s+/).length < 2) continue;
        const initials = clean.text.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
        if (!initials.startsWith(m[2]![0]!)) continue;
        const org = mention(s, m.index + clean.offset, clean.text, 'ORGANIZATION', 'ORGANIZATION_PATTERN', 0.7);
        mentions.push(org);
        out.acronyms.set(m[2]!, org);
      }

      // "namens X": the person before it acts for X (a party, an organisation).
      for (const m of text.matchAll(new RegExp(`\\bnamens\\s+(?:de\\s+|het\\s+)?(${ORG_NAME})`, 'gu'))) {
        const clean = cleanOrgName(m[1]!);
        if (!clean || this.placeNames.some((p) => p.name === clean.text)) continue;
        const org = mention(s, m.index + m[0].length - m[1]!.length + clean.offset, clean.text, 'ORGANIZATION', 'ON_BEHALF_OF', 0.75);
        mentions.push(org);
        const person = peopleHere.filter((p) => p.end <= org.start).pop();
        if (person) out.memberships.push({ person, organization: org, sentence: s.index });
      }

      // People with a title and an employer.
      const titled = this.peopleWithContext(s, peopleHere);
      out.mentions.push(...titled);
      for (const person of peopleHere.concat(titled)) {
        const e = this.employmentOf(s, person);
        if (e) {
          out.employments.push(e);
          if (e.employer) mentions.push(e.employer);
        }
      }
    }
    return out;
  }

  /** People Frog missed that a title or "collega" names: "wethouder Jan Jansen", "collega Roeland Grip". */
  private peopleWithContext(s: Sentence, known: FoundMention[]): FoundMention[] {
    const found: FoundMention[] = [];
    const re = new RegExp(`(?:^|[\\s(])([\\p{L}-]+)\\s+(${PERSON_NAME})`, 'gu');
    for (const m of s.text.matchAll(re)) {
      const before = m[1]!;
      if (!isTitleWord(before) && !/^(collega|mevrouw|meneer|de heer)$/i.test(before)) continue;
      const nameAt = m.index + m[0].length - m[2]!.length;
      const abs = s.start + nameAt;
      if (known.some((k) => k.start <= abs && k.end > abs) || found.some((k) => k.start === abs)) continue;
      const name = m[2]!.replace(/\s+(?:van|uit|bij)\s+.*$/, '');
      if (name.split(/\s+/).length < 2) continue;
      const firstToken = s.tokens.find((t) => t.start === abs);
      if (!firstToken || !/^SPEC\(deeleigen|^N\(eigen/.test(firstToken.pos)) continue;
      found.push(mention(s, nameAt, name, 'PERSON', 'JOB_TITLE', 0.7));
    }
    return found;
  }

  private employmentOf(s: Sentence, person: FoundMention): StatedEmployment | null {
    const text = s.text;
    const after = person.end - s.start;
    const before = person.start - s.start;
    const rest = text.slice(after);
    const base = { person, sentence: s.index };

    // "X, senior beleidsmedewerker bij de gemeente Y" / "X, kwartiermaker van het SKT" / "X, wethouder Sociaal Domein in de gemeente Y:"
    const comma = /^\s*,\s+/.exec(rest);
    if (comma) {
      const t = this.titleAt(s, after + comma[0].length);
      if (t) {
        const employer = t.prep ? this.employerAt(s, t.end, isConsultantTitle(t.title)) : null;
        return { ...base, title: t.title, employer, rule: 'JOB_TITLE' };
      }
    }
    // "X (teamleider Participatie)" or "X (Key to Grip)".
    const paren = /^\s*\(([^()]{2,80})\)/.exec(rest);
    if (paren) {
      const inner = paren[1]!;
      const innerAt = after + paren[0].indexOf('(') + 1;
      const t = this.titleAt(s, innerAt);
      if (t && t.end <= innerAt + inner.length) {
        const employer = t.prep ? this.employerAt(s, t.end, isConsultantTitle(t.title)) : null;
        return { ...base, title: t.title, employer, rule: 'JOB_TITLE' };
      }
      if (/^\p{Lu}/u.test(inner)) {
        const employer = this.employerAt(s, innerAt, true);
        if (employer && employer.end - s.start <= innerAt + inner.length) return { ...base, title: null, employer, rule: 'AFFILIATION' };
      }
    }
    // "X is (namens de ChristenUnie) wethouder Jeugd van de gemeente Y", "X is adviseur bij Z".
    const is = new RegExp(`^\\s+(?:is|was|werd|wordt)\\s+(?:sinds\\s+\\d{4}\\s+)?(?:namens\\s+(?:de\\s+|het\\s+)?(?:${ORG_NAME})\\s+)?`, 'u').exec(rest);
    if (is) {
      const t = this.titleAt(s, after + is[0].length);
      if (t) return { ...base, title: t.title, employer: t.prep ? this.employerAt(s, t.end, isConsultantTitle(t.title)) : null, rule: 'JOB_TITLE' };
    }
    // "X als afdelingsmanager".
    const als = /^\s+als\s+/.exec(rest);
    if (als) {
      const t = this.titleAt(s, after + als[0].length);
      if (t) return { ...base, title: t.title, employer: t.prep ? this.employerAt(s, t.end, isConsultantTitle(t.title)) : null, rule: 'JOB_TITLE' };
    }
    // "wethouder X", "senior adviseur X" (and "… van/bij Y" after the name).
    const pre = this.titleBefore(text, before);
    const of = /^\s+(van|uit|bij)\s+/.exec(rest);
    const cueBefore = /(begeleiding|hulp|ondersteuning|advies|coaching|training)\s+(van|door)\s+$|samen\s+met\s+$|collega\s+$/i.test(text.slice(0, before));
    if (pre) {
      const employer = of ? this.employerAt(s, after + of[0].length, isConsultantTitle(pre)) : null;
      return { ...base, title: pre, employer, rule: 'JOB_TITLE' };
    }
    // "X van Nul Vierentwintig", "X uit Zwolle", "X bij JSO".
    if (of) {
      const employer = this.employerAt(s, after + of[0].length, cueBefore);
      if (employer && (employer.type !== 'ORGANIZATION' || /^\p{Lu}/u.test(employer.text))) return { ...base, title: null, employer, rule: 'AFFILIATION' };
    }
    return null;
  }

  /** A job title starting at `at`: up to six words with a title head, ending before bij/van/in/voor or punctuation. */
  private titleAt(s: Sentence, at: number): { title: string; end: number; prep: boolean } | null {
    const text = s.text;
    const words: string[] = [];
    const re = /([\p{L}&][\p{L}&'’-]*)(\s*)/uy;
    re.lastIndex = at;
    let end = at;
    let prep = false;
    let employerAt = at;
    for (let m = re.exec(text); m && words.length < 7; m = re.exec(text)) {
      const w = m[1]!;
      // "wethouder voor het Sociaal Domein": a portfolio, not an employer.
      if (w === 'voor' && words.length) break;
      if (/^(bij|van|in|namens|binnen)$/.test(w) && words.length) {
        prep = true;
        employerAt = re.lastIndex;
        break;
      }
      // "Jeugd en Onderwijs", "Werk en Inkomen": a capitalised title complement may have "en" in it.
      const nextCap = /^\s*\p{Lu}/u.test(text.slice(re.lastIndex));
      if (w === 'en' && words.length && /^\p{Lu}/u.test(words[words.length - 1]!) && nextCap) {
        words.push(w);
        continue;
      }
      if (/^(en|die|dat|die|geeft|vertelt|zegt|legt|heeft|is|was|had|over|om|aan|met|op|de|het|een)$/.test(w)) break;
      // A verb, pronoun or adverb ends the title: "als afdelingsmanager aantrad".
      const tok = s.tokens.find((t) => t.start === s.start + m.index);
      if (tok && words.length && /^(WW|VNW|BW|VG|LID)/.test(tok.pos)) break;
      words.push(w);
      end = m.index + w.length;
      if (!m[2]) break; // punctuation follows
    }
    if (!words.length || !words.some((w) => isTitleWord(w))) return null;
    // The title starts with its head or a modifier of it; "Manager Informatie & Kwaliteit" keeps its complement.
    if (!isTitleWord(words[0]!) && !TITLE_MODIFIERS.test(words[0]!)) return null;
    const title = text.slice(at, end).trim();
    return { title, end: prep ? employerAt : at + title.length, prep };
  }

  /** A title just before a name: "wethouder", "senior adviseur", "directeur samenleving". */
  private titleBefore(text: string, before: number): string | null {
    const left = text.slice(Math.max(0, before - 60), before);
    const m = /((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)\s+$/u.exec(left);
    if (!m) return null;
    const words = m[1]!.split(/\s+/);
    for (let i = 0; i < words.length; i++) {
      const cand = words.slice(i);
      if (isTitleWord(cand[0]!) || (TITLE_MODIFIERS.test(cand[0]!) && cand.length > 1 && isTitleWord(cand[1]!))) {
        if (cand.some((w) => /^(de|het|een|en|van|met)$/i.test(w))) continue;
        return cand.join(' ');
      }
    }
    return null;
  }
}
