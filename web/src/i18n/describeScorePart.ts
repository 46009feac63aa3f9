import type { ScorePartKind } from '../api/generated/schema-enums';
import type { I18n } from './I18nProvider';

/** A part of a comparable gemeente's score as the server sends it: structure and numbers, no words. */
export interface ScorePartFacts {
  kind: ScorePartKind;
  similarity: number;
  sharedNames: readonly string[];
  subjectValue?: number | null;
  candidateValue?: number | null;
}

/**
 * One part of a similarity score as a sentence for a memo, in the user's language: "3 gedeelde thema's:
 * a, b en c", "Population 53,000 against 57,000 (ratio 0.93)". `candidateProvince` names the other
 * province when the province is not shared (the part itself then has no shared name).
 */
export function describeScorePart({ t, formatNumber, formatList }: I18n, part: ScorePartFacts, candidateProvince: string | null | undefined): string {
  const count = part.sharedNames.length;
  const names = formatList(part.sharedNames);
  const shared = (kind: 'THEMES' | 'CONSULTANCIES' | 'REGION') =>
    count === 0 ? t(`explain.${kind}.none`) : t(count === 1 ? `explain.${kind}.one` : `explain.${kind}.many`, { count, names });
  switch (part.kind) {
    case 'THEMES':
    case 'CONSULTANCIES':
    case 'REGION':
      return shared(part.kind);
    case 'SIZE':
      return part.subjectValue != null && part.candidateValue != null
        ? t('explain.SIZE.known', {
            candidate: formatNumber(Math.round(part.candidateValue)),
            subject: formatNumber(Math.round(part.subjectValue)),
            ratio: formatNumber(part.similarity, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
          })
        : t('explain.SIZE.unknown');
    case 'PROVINCE':
      return count > 0
        ? t('explain.PROVINCE.same', { province: names })
        : t('explain.PROVINCE.other', { province: candidateProvince ?? t('common.unknown') });
  }
}
