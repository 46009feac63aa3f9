import type { Translate } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/nl';

/** The relationship properties the graph stores besides role and title (writeGraph, the CBS reference import, curation). */
export const KNOWN_ATTRIBUTE_KEYS = ['note', 'validFrom', 'validTo', 'kind', 'year', 'since', 'until'] as const;
type KnownAttributeKey = (typeof KNOWN_ATTRIBUTE_KEYS)[number];

const LABEL: Record<KnownAttributeKey, MessageKey> = {
  note: 'attr.note',
  validFrom: 'attr.validFrom',
  validTo: 'attr.validTo',
  kind: 'attr.kind',
  year: 'attr.year',
  since: 'attr.since',
  until: 'attr.until',
};

const isKnown = (key: string): key is KnownAttributeKey => (KNOWN_ATTRIBUTE_KEYS as readonly string[]).includes(key);

/**
 * A relationship property's name in words: the translation of a known key; an unknown one is made
 * readable ("reviewedBy" → "Reviewed by", "start_year" → "Start year"), never shown as its raw key.
 */
export function attributeLabel(t: Translate, key: string): string {
  if (isKnown(key)) return t(LABEL[key]);
  const words = key
    .replace(/[_-]+/g, ' ')
    .replace(/([a-z\d])([A-Z])/g, '$1 $2')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
