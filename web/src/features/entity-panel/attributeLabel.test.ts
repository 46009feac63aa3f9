import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en';
import { nl } from '../../i18n/nl';
import type { MessageKey } from '../../i18n/nl';
import { KNOWN_ATTRIBUTE_KEYS, attributeLabel } from './attributeLabel';

const tOf = (messages: Record<MessageKey, string>) => (key: MessageKey) => messages[key];

describe('attributeLabel', () => {
  it('words every known key in Dutch and English, never as the raw key', () => {
    for (const key of KNOWN_ATTRIBUTE_KEYS) {
      for (const messages of [nl, en]) {
        const label = attributeLabel(tOf(messages), key);
        expect(label, key).toBeTruthy();
        expect(label, key).not.toBe(key);
      }
    }
    expect(attributeLabel(tOf(nl), 'validFrom')).toBe('Geldig vanaf');
    expect(attributeLabel(tOf(nl), 'note')).toBe('Toelichting');
  });

  it('makes an unknown key readable instead of showing camelCase', () => {
    expect(attributeLabel(tOf(nl), 'reviewedBy')).toBe('Reviewed by');
    expect(attributeLabel(tOf(nl), 'start_year')).toBe('Start year');
  });
});
