/**
 * The intake pipeline after Frog: analysed sentences + the lexicon (+ what is known about the
 * article) → entity and relationship proposals with quotes and confidences. Pure and
 * deterministic: the same text and lexicon always give the same proposals (and so the same keys).
 */
import type { Sentence } from '../nlp/alignTokens.js';
import type { ArticleMeta, FoundMention, IntakeDraft, LexiconEntry } from './intakeTypes.js';
import { NameMatcher } from './matchNames.js';
import { nerSpans, personMentions } from './nerMentions.js';
import { PatternFinder } from './patternMentions.js';
import { groupEntities, referenceMentions, resolveOverlaps } from './resolveEntities.js';
import { proposeRelations } from './proposeRelations.js';
import { GENERIC_THEMES } from './dutchWords.js';
import { foldText } from '../domain/vocabulary.js';

/** "Sociale Dienst" after "Sociale Dienst Drechtsteden": the short form names the same organisation. */
function sameOrganisation(mentions: FoundMention[]): FoundMention[] {
  const full = mentions.filter((m) => m.type === 'ORGANIZATION' || m.type === 'CONSULTANCY');
  return mentions.map((m) => {
    if (m.type !== 'ORGANIZATION' && m.type !== 'CONSULTANCY') return m;
    const longer = full.filter((f) => f.type === m.type && f.name.length > m.name.length && f.name.startsWith(`${m.name} `)).sort((a, b) => a.name.length - b.name.length)[0];
    return longer ? { ...m, name: longer.name, entityId: longer.entityId } : m;
  });
}

/** The article's headline when none is given: its first short line that is not a sentence. */
export function headlineOf(text: string): string | null {
  for (const line of text.split('\n').slice(0, 8)) {
    const words = line.trim().split(/\s+/).filter((w) => /\p{L}{2}/u.test(w));
    if (words.length >= 2 && words.length <= 16 && !/[.;]$/.test(line.trim())) return line.trim();
  }
  return null;
}

export interface ArticleReader {
  read(sentences: Sentence[], meta?: ArticleMeta): IntakeDraft;
}

/** Builds the matchers once per lexicon (thousands of names); `read` is then fast per article. */
export function createArticleReader(lexicon: readonly LexiconEntry[]): ArticleReader {
  const names = new NameMatcher(lexicon);
  const patterns = new PatternFinder(lexicon);
  return {
    read(sentences, meta = {}) {
      const known = sentences.flatMap((s) => names.find(s));
      const themes = known.filter((m) => m.type === 'THEME' && !GENERIC_THEMES.has(foldText(m.name)));
      const people: FoundMention[] = [...personMentions(sentences), ...known.filter((m) => m.type === 'PERSON')];
      const found = patterns.find(sentences, people, meta);
      // "het SKT" after "Sociaal Kernteam (SKT)" names the organisation.
      const expand = (m: FoundMention): FoundMention => {
        const org = found.acronyms.get(m.text.replace(/^(?:de|het)\s+/i, ''));
        return org && m.type !== 'PERSON' ? { ...m, type: org.type, name: org.name } : m;
      };
      // Organisations Frog sees that no rule names: candidates for the review queue (low confidence).
      const orgs = sentences
        .flatMap(nerSpans)
        .filter((n) => n.cls === 'ORG' && n.tokens.length > 1 && n.tokens.every((t) => /^\p{Lu}/u.test(t.word) || /^(&|en|van|voor|de|het)$/.test(t.word)))
        .map((n): FoundMention => ({ type: 'ORGANIZATION', text: n.text, start: n.start, end: n.end, sentence: n.sentence, rule: 'FROG_NER', confidence: 0.45, name: n.text }));
      const named = sameOrganisation(resolveOverlaps([...known.filter((m) => m.type !== 'THEME'), ...people, ...found.mentions.map(expand), ...orgs]));
      const all = [...named, ...referenceMentions(sentences, named, found.acronyms), ...themes];
      const entities = groupEntities(all, sentences);
      const { entities: withEngagement, relations } = proposeRelations(entities, sentences, found, meta);
      const order = (a: { confidence: number; key: string }, b: { confidence: number; key: string }) => b.confidence - a.confidence || a.key.localeCompare(b.key);
      return { entities: withEngagement.sort(order), relations: relations.sort(order) };
    },
  };
}
