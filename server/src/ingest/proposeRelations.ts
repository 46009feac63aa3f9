/**
 * Entity proposals + what the patterns stated → relationship proposals, each with a sentence as
 * quote: the engagement (an ENGAGEMENT proposal with its client `FOR`, its bureau `BY`, its themes
 * `ABOUT`, its period when stated), who `WORKED_ON` it and as what (the bureau's people as
 * CONSULTANT, the client's as CLIENT_CONTACT), who `WORKS_AT` where (with the title as written),
 * `MEMBER_OF` ("namens X") and `PART_OF` (an organisation named after its gemeente or region).
 * A story that names no bureau gets no engagement: its themes become `FACES` of the client. Every
 * proposal respects relationRules.ts. Pure.
 */
import { relationRuleViolation } from '../domain/relationRules.js';
import { foldText, type EngagementStatus, type ParticipationRole, type RelationType } from '../domain/vocabulary.js';
import type { Sentence } from '../nlp/alignTokens.js';
import type { ArticleMeta, EntityDraft, FoundMention, IntakeRule, RelationDraft } from './intakeTypes.js';
import type { PatternResult, StatedEmployment } from './patternMentions.js';
import { CLIENT_CUES, CONTACT_SENTENCE, ENGAGEMENT_CUES, NOT_A_CLIENT, isConsultantTitle } from './dutchWords.js';
import { quoteOf } from './quotes.js';

/** Proposals below this confidence are not made at all. */
const FLOOR = 0.3;
const ENGAGEMENT_KEY = 'ENGAGEMENT|engagement';

interface Context {
  entities: EntityDraft[];
  sentences: Sentence[];
  relations: RelationDraft[];
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The entity proposal a mention belongs to. */
function entityOf(ctx: Context, m: FoundMention): EntityDraft | null {
  const hits = ctx.entities.filter((e) => e.type !== 'THEME' && e.mentions.some((x) => overlaps(x, m)));
  return hits.find((e) => e.type === m.type) ?? hits[0] ?? null;
}

const sentencesOf = (e: EntityDraft) => new Set(e.mentions.map((m) => m.sentence));

/** A sentence that mentions all of `entities`, preferring one that matches `prefer`. */
function sharedSentence(ctx: Context, entities: EntityDraft[], prefer?: RegExp): Sentence | null {
  const sets = entities.map(sentencesOf);
  const common = [...sets[0]!].filter((i) => sets.every((s) => s.has(i))).sort((a, b) => a - b);
  const list = common.map((i) => ctx.sentences[i]!).filter(Boolean);
  return (prefer && list.find((s) => prefer.test(s.text))) ?? list[0] ?? null;
}

function add(
  ctx: Context,
  type: RelationType,
  from: EntityDraft,
  to: EntityDraft,
  confidence: number,
  rule: IntakeRule,
  opts: { sentence?: Sentence | null; role?: ParticipationRole; title?: string | null; prefer?: RegExp } = {},
): void {
  if (from.key === to.key || confidence < FLOOR) return;
  if (relationRuleViolation(type, from.type, to.type, { role: opts.role ?? null, kind: null, year: null })) return;
  const key = `${type}|${from.key}|${to.key}`;
  const existing = ctx.relations.find((r) => r.key === key);
  if (existing) {
    existing.confidence = Math.max(existing.confidence, confidence);
    existing.title ??= opts.title ?? null;
    return;
  }
  const sentence = opts.sentence ?? sharedSentence(ctx, [from, to], opts.prefer) ?? null;
  const q = sentence ? quoteOf(sentence) : { quote: from.type === 'ENGAGEMENT' ? to.quote : from.quote, start: from.type === 'ENGAGEMENT' ? to.quoteStart : from.quoteStart };
  if (!q) return;
  ctx.relations.push({ key, type, from: from.key, to: to.key, role: opts.role ?? null, title: opts.title ?? null, quote: q.quote, quoteStart: q.start, confidence: Math.round(confidence * 100) / 100, rule });
}

/** Whether a mention is the object of a client cue ("voor de gemeente X", "X vroeg …"). */
function clientCue(s: Sentence, m: FoundMention): boolean {
  const before = s.text.slice(0, m.start - s.start).split(/\s+/).slice(-4).join(' ');
  const after = s.text.slice(m.end - s.start).split(/\s+/).slice(0, 4).join(' ');
  return CLIENT_CUES.test(before) || /^\s*(vroeg|vroegen|zocht|zochten|schakelde|koos|huurde|benaderde|wilde|wilden|heeft|had)\b/.test(after);
}

/** Start year of the engagement, when a sentence about it names one; the status the tenses support. */
function period(sentences: Sentence[]): { start: string | null; status: EngagementStatus } {
  let start: string | null = null;
  for (const s of sentences) {
    const m = /\b(?:in|sinds|vanaf|begin|eind|medio|najaar|voorjaar|zomer|van)\s+((?:19|20)\d{2})\b/.exec(s.text);
    if (m && ENGAGEMENT_CUES.test(s.text) && (!start || m[1]! < start)) start = m[1]!;
  }
  const all = sentences.map((s) => s.text).join(' ');
  const status: EngagementStatus = /\b(afgerond|opgeleverd|eindresultaat|terugkijkend|vastgesteld|heeft opgeleverd|hebben opgeleverd)\b/i.test(all)
    ? 'COMPLETED'
    : /\b(helpen wij|begeleiden wij|ondersteunen wij|lopende|momenteel|op dit moment)\b/i.test(all)
      ? 'ONGOING'
      : 'UNKNOWN';
  return { start, status };
}

export function proposeRelations(entities: EntityDraft[], sentences: Sentence[], patterns: PatternResult, meta: ArticleMeta): { entities: EntityDraft[]; relations: RelationDraft[] } {
  const ctx: Context = { entities, sentences, relations: [] };
  const ok = (e: EntityDraft | null | undefined): e is EntityDraft => !!e && e.confidence >= 0.5;
  const people = entities.filter((e) => e.type === 'PERSON' && ok(e));
  const themes = entities.filter((e) => e.type === 'THEME' && ok(e));
  const bureausAll = entities.filter((e) => e.type === 'CONSULTANCY' && ok(e));

  // Employment as stated.
  const employerOf = new Map<string, EntityDraft>();
  const titleOf = new Map<string, string>();
  const statedFor = (e: StatedEmployment) => entityOf(ctx, e.person);
  for (const e of patterns.employments) {
    const person = statedFor(e);
    if (!person || person.type !== 'PERSON') continue;
    if (e.title && !titleOf.has(person.key)) titleOf.set(person.key, e.title);
    const employer = e.employer ? entityOf(ctx, e.employer) : null;
    if (!employer || employer.type === 'PERSON' || employer.type === 'THEME') continue;
    employerOf.set(person.key, employer);
    add(ctx, 'WORKS_AT', person, employer, e.rule === 'JOB_TITLE' ? 0.85 : 0.7, e.rule, { sentence: sentences[e.sentence], title: e.title });
  }
  for (const m of patterns.memberships) {
    const person = entityOf(ctx, m.person);
    const org = entityOf(ctx, m.organization);
    if (person?.type === 'PERSON' && org) add(ctx, 'MEMBER_OF', person, org, 0.7, 'ON_BEHALF_OF', { sentence: sentences[m.sentence], title: titleOf.get(person.key) ?? null });
  }
  const memberOrgs = new Set(ctx.relations.filter((r) => r.type === 'MEMBER_OF').map((r) => r.to));

  // Organisations named after their gemeente or region ("Sociale Dienst Drechtsteden").
  const places = entities.filter((e) => e.type === 'MUNICIPALITY' || e.type === 'REGION');
  const partOf = new Map<string, EntityDraft>();
  for (const org of entities.filter((e) => e.type === 'ORGANIZATION' && ok(e) && !NOT_A_CLIENT.test(e.name) && !memberOrgs.has(e.key))) {
    const orgName = foldText(org.name);
    const place = places
      .filter((p) => {
        const n = foldText(p.name).replace(/^regio\s+/, '');
        return n.length >= 3 && new RegExp(`(^|\\s)${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`).test(orgName);
      })
      .sort((a, b) => b.name.length - a.name.length)[0];
    if (place) {
      partOf.set(org.key, place);
      add(ctx, 'PART_OF', org, place, 0.6, 'NAME_CONTAINS_PLACE');
    }
  }

  // The client: the gemeente, region or organisation the story is about.
  const candidates = entities.filter((e) => (e.type === 'MUNICIPALITY' || e.type === 'REGION' || e.type === 'ORGANIZATION') && ok(e) && !NOT_A_CLIENT.test(e.name) && !memberOrgs.has(e.key));
  const cueSentences = new Map<string, Sentence[]>();
  const score = (c: EntityDraft) => {
    let s = sentencesOf(c).size;
    const cues = c.mentions.filter((m) => sentences[m.sentence] && clientCue(sentences[m.sentence]!, m)).map((m) => sentences[m.sentence]!);
    cueSentences.set(c.key, cues);
    s += 2 * Math.min(3, cues.length);
    s += 2 * [...employerOf.entries()].filter(([, emp]) => emp.key === c.key).length;
    if (meta.title && foldText(meta.title).includes(foldText(c.name))) s += 2;
    return s;
  };
  const ranked = candidates.map((c) => ({ c, s: score(c) })).sort((a, b) => b.s - a.s || b.c.confidence - a.c.confidence);
  const main = ranked[0]?.c ?? null;
  const clients = main ? [main] : [];
  for (const { c, s } of ranked.slice(1)) {
    const strong = (cueSentences.get(c.key) ?? []).some((x) => ENGAGEMENT_CUES.test(x.text) || /\b(vroeg|zocht|schakelde|koos|huurde)\b/.test(x.text));
    if (strong && s >= 0.6 * ranked[0]!.s && partOf.get(main!.key)?.key !== c.key) clients.push(c);
  }
  const clientKeys = new Set(clients.flatMap((c) => [c.key, partOf.get(c.key)?.key].filter((k): k is string => !!k)));
  const isClientSide = (e: EntityDraft | undefined) => !!e && (clientKeys.has(e.key) || (partOf.get(e.key) && clientKeys.has(partOf.get(e.key)!.key)));

  // The bureaus that did the work.
  const publisher = patterns.publisher ? entityOf(ctx, patterns.publisher) : null;
  const employsConsultant = (b: EntityDraft) => [...employerOf.entries()].some(([p, emp]) => emp.key === b.key && people.some((x) => x.key === p));
  let bureaus = bureausAll.filter((b) => b.key === publisher?.key || employsConsultant(b) || bureausAll.length === 1 || [...sentencesOf(b)].some((i) => ENGAGEMENT_CUES.test(sentences[i]!.text)));
  if (!bureaus.length && bureausAll.length) bureaus = bureausAll;
  const bureauKeys = new Set(bureaus.map((b) => b.key));
  const storyBureau = publisher ?? (bureaus.length === 1 ? bureaus[0]! : null);

  // People: who they work for when the text does not say, and their part in the engagement.
  const contactOnly = (p: EntityDraft) => p.mentions.every((m) => CONTACT_SENTENCE.test(sentences[m.sentence]?.text ?? ''));
  const consultantCue = /(dankzij|samen met|begeleiding van|begeleid door|hulp van|advies van|met behulp van|in samenwerking met|samenwerking met)\s+$/i;
  const roleOf = new Map<string, { role: ParticipationRole; confidence: number }>();
  for (const p of people) {
    let employer = employerOf.get(p.key);
    const title = titleOf.get(p.key) ?? null;
    if (!employer && contactOnly(p) && storyBureau) {
      add(ctx, 'WORKS_AT', p, storyBureau, 0.5, 'PUBLISHER', { title });
      continue;
    }
    if (!employer) {
      const cued = p.mentions.some((m) => consultantCue.test((sentences[m.sentence]?.text ?? '').slice(0, m.start - sentences[m.sentence]!.start)));
      if (title && isConsultantTitle(title) && storyBureau) employer = storyBureau;
      else if (title && main) employer = main;
      else if (cued && storyBureau) employer = storyBureau;
      if (employer) add(ctx, 'WORKS_AT', p, employer, 0.5, title ? 'JOB_TITLE' : 'PARTICIPATION', { title, prefer: /./ });
    }
    if (!employer || contactOnly(p)) continue;
    if (bureauKeys.has(employer.key)) roleOf.set(p.key, { role: 'CONSULTANT', confidence: employerOf.has(p.key) ? 0.75 : 0.55 });
    else if (isClientSide(employer)) roleOf.set(p.key, { role: 'CLIENT_CONTACT', confidence: employerOf.has(p.key) ? 0.7 : 0.5 });
  }

  if (!bureaus.length || !main) {
    // No bureau named (an interview, a gemeente's own story): the themes are the client's own.
    if (main) for (const t of themes) add(ctx, 'FACES', main, t, t.confidence * 0.9, 'THEME_LEMMA', { sentence: sentences[t.mentions[0]!.sentence] });
    return { entities, relations: ctx.relations };
  }

  // The engagement.
  const frameSentence =
    sentences.find((s) => bureaus.some((b) => sentencesOf(b).has(s.index)) && clients.some((c) => sentencesOf(c).has(s.index)) && ENGAGEMENT_CUES.test(s.text)) ??
    sentences.find((s) => bureaus.some((b) => sentencesOf(b).has(s.index)) && ENGAGEMENT_CUES.test(s.text)) ??
    sentences.find((s) => bureaus.some((b) => sentencesOf(b).has(s.index)));
  const frameQuote = frameSentence ? quoteOf(frameSentence) : null;
  if (!frameQuote) return { entities, relations: ctx.relations };
  const { start, status } = period(sentences);
  const engagement: EntityDraft = {
    key: ENGAGEMENT_KEY,
    type: 'ENGAGEMENT',
    name: meta.title?.trim() || `Traject ${bureaus.map((b) => b.name).join(' en ')} voor ${main.name}`,
    mentions: [],
    linkedEntityId: null,
    quote: frameQuote.quote,
    quoteStart: frameQuote.start,
    confidence: clients.some((c) => sentencesOf(c).has(frameSentence!.index)) ? 0.75 : 0.6,
    rule: 'ENGAGEMENT_FRAME',
    start,
    end: null,
    engagementStatus: status,
  };
  entities.push(engagement);
  ctx.entities = entities;
  const withEngagementCue = (e: EntityDraft) => [...sentencesOf(e)].map((i) => sentences[i]!).find((s) => ENGAGEMENT_CUES.test(s.text)) ?? null;
  for (const c of clients) add(ctx, 'FOR', engagement, c, c === main ? 0.75 : 0.6, 'ENGAGEMENT_FRAME', { sentence: (cueSentences.get(c.key) ?? [])[0] ?? withEngagementCue(c) ?? sentences[c.mentions[0]!.sentence] });
  for (const b of bureaus) add(ctx, 'BY', engagement, b, b.key === storyBureau?.key ? 0.8 : 0.65, 'ENGAGEMENT_FRAME', { sentence: withEngagementCue(b) ?? sentences[b.mentions[0]!.sentence] });
  for (const t of themes) add(ctx, 'ABOUT', engagement, t, t.confidence * 0.9, 'ENGAGEMENT_FRAME', { sentence: sentences[t.mentions[0]!.sentence] });
  for (const p of people) {
    const r = roleOf.get(p.key);
    if (r) add(ctx, 'WORKED_ON', p, engagement, r.confidence, 'PARTICIPATION', { role: r.role, sentence: withEngagementCue(p) ?? sentences[p.mentions[0]!.sentence] });
  }
  return { entities, relations: ctx.relations };
}
