import type { ScorePartKind } from '../api/generated/schema-enums';
import type { I18n } from './I18nProvider';

/** A shared item as the server sends it: a name, how distinctive it is, and how each side has it. */
interface SharedItemFacts {
  name: string;
  /** Inverse document frequency: higher is rarer, so more telling. */
  weight: number;
  /** The region through which the subject has the item (null: it has it itself). */
  subjectVia?: string | null;
  /** The region through which the compared gemeente has it. */
  candidateVia?: string | null;
  /** The dissolved predecessor of the compared gemeente whose engagement gives it the item. */
  fromPredecessor?: string | null;
  /** The dissolved predecessor of the subject whose engagement gives it the item. */
  subjectFromPredecessor?: string | null;
  /** An article backs the item for both, not only register data. */
  curated?: boolean;
}

/** A part of a comparable gemeente's score as the server sends it: structure and numbers, no words. */
export interface ScorePartFacts {
  kind: ScorePartKind;
  similarity: number;
  sharedNames: readonly string[];
  /** The shared items with their details; when given, they are worded instead of `sharedNames`. */
  shared?: readonly SharedItemFacts[];
  subjectValue?: number | null;
  candidateValue?: number | null;
}

/** What a sentence may need beyond the part itself. */
export interface ScorePartContext {
  /** The compared gemeente's province and COROP region, named when they are not shared. */
  candidateProvince?: string | null;
  candidateCorop?: string | null;
  /** The subject's name, for items it has only through a region or a predecessor. */
  subjectName?: string | null;
  /** Name at most this many shared items ("5 gedeelde thema's, waaronder a, b en c"); all when left out. */
  limit?: number;
}

/** The shared items, most distinctive first; the server's order (article-backed first) breaks ties. */
function distinctiveFirst<T extends { weight: number }>(items: readonly T[]): T[] {
  return items.map((item, i) => ({ item, i })).sort((a, b) => b.item.weight - a.item.weight || a.i - b.i).map((x) => x.item);
}

/** "jeugdzorg (via regio Drechtsteden; bron: artikel)": an item with how it counts, when not plainly. */
function describeSharedItem({ t }: I18n, item: SharedItemFacts, subjectName?: string | null): string {
  const subject = subjectName ?? '';
  // "via regio Drechtsteden", but "via Regio Rivierenland" (the name says it is a region already).
  const named = (name: string) => /^regio\b/i.test(name);
  // Both through the same region (members of one samenwerkingsverband): say it once.
  const bothVia = item.candidateVia && item.candidateVia === item.subjectVia ? item.candidateVia : null;
  const notes = [
    bothVia ? t(named(bothVia) ? 'shared.bothVia' : 'shared.bothViaRegion', { name: bothVia }) : null,
    item.candidateVia && !bothVia ? t(named(item.candidateVia) ? 'shared.via' : 'shared.viaRegion', { name: item.candidateVia }) : null,
    item.fromPredecessor ? t('shared.viaPredecessor', { name: item.fromPredecessor }) : null,
    item.subjectVia && !bothVia ? t(named(item.subjectVia) ? 'shared.subjectVia' : 'shared.subjectViaRegion', { subject, name: item.subjectVia }) : null,
    item.subjectFromPredecessor ? t('shared.subjectViaPredecessor', { subject, name: item.subjectFromPredecessor }) : null,
    item.curated ? t('shared.curated') : null,
  ].filter((n): n is string => n !== null);
  return notes.length ? t('shared.item', { name: item.name, notes: notes.join('; ') }) : item.name;
}

/** Two values and their ratio (smaller / larger), as the sentences of SIZE and DENSITY give them. */
function comparison({ formatNumber }: I18n, subject: number, candidate: number) {
  const ratio = Math.max(subject, candidate) > 0 ? Math.min(subject, candidate) / Math.max(subject, candidate) : 0;
  return {
    candidate: formatNumber(Math.round(candidate)),
    subject: formatNumber(Math.round(subject)),
    ratio: formatNumber(ratio, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
  };
}

/**
 * One part of a similarity score as a sentence for a memo, in the user's language: "3 gedeelde thema's:
 * a, b en c", "Population 53,000 against 57,000 (ratio 0.93)", "Dichtheid 1.314 tegenover 245
 * inwoners per km² (verhouding 0,19)". Shared items are named most distinctive first, each with how it
 * counts when that is only through a region or a predecessor, and marked when an article backs it.
 */
export function describeScorePart(i18n: I18n, part: ScorePartFacts, context: ScorePartContext = {}): string {
  const { t, formatNumber, formatList } = i18n;
  const items: string[] = part.shared
    ? distinctiveFirst(part.shared).map((item) => describeSharedItem(i18n, item, context.subjectName))
    : [...part.sharedNames];
  const count = items.length;
  const limit = context.limit ?? Infinity;
  const shared = (kind: 'THEMES' | 'CONSULTANCIES' | 'REGION') => {
    if (count === 0) return t(`explain.${kind}.none`);
    if (count === 1) return t(`explain.${kind}.one`, { count, names: items[0] });
    if (count > limit) return t(`explain.${kind}.some`, { count, names: formatList(items.slice(0, limit)) });
    return t(`explain.${kind}.many`, { count, names: formatList(items) });
  };
  const known = part.subjectValue != null && part.candidateValue != null;
  const sharedName = part.shared?.[0]?.name ?? part.sharedNames[0];
  switch (part.kind) {
    case 'THEMES':
    case 'CONSULTANCIES':
    case 'REGION':
      return shared(part.kind);
    case 'SIZE':
      return known ? t('explain.SIZE.known', comparison(i18n, part.subjectValue!, part.candidateValue!)) : t('explain.SIZE.unknown');
    case 'DENSITY':
      return known ? t('explain.DENSITY.known', comparison(i18n, part.subjectValue!, part.candidateValue!)) : t('explain.DENSITY.unknown');
    case 'STEDELIJKHEID':
      return known
        ? t('explain.STEDELIJKHEID.known', {
            candidate: formatNumber(part.candidateValue!, { maximumFractionDigits: 1 }),
            subject: formatNumber(part.subjectValue!, { maximumFractionDigits: 1 }),
          })
        : t('explain.STEDELIJKHEID.unknown');
    case 'PROVINCE':
      return sharedName
        ? t('explain.PROVINCE.same', { province: sharedName })
        : t('explain.PROVINCE.other', { province: context.candidateProvince ?? t('common.unknown') });
    case 'COROP':
      return sharedName
        ? t('explain.COROP.same', { corop: sharedName })
        : t('explain.COROP.other', { corop: context.candidateCorop ?? t('common.unknown') });
  }
}
