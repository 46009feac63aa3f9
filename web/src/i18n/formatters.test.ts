import { describe, expect, it } from 'vitest';
import { describeRelation } from './describeRelation';
import { describeScorePart } from './describeScorePart';
import { createI18n } from './I18nProvider';

const nl = createI18n('nl');
const en = createI18n('en');

describe('describeRelation', () => {
  it('puts the type into words with the role translated', () => {
    expect(describeRelation(nl.t, { type: 'WORKED_ON', role: 'CLIENT_CONTACT' })).toBe('werkte aan (contactpersoon opdrachtgever)');
    expect(describeRelation(en.t, { type: 'WORKED_ON', role: 'CONSULTANT' })).toBe('worked on (consultant)');
  });

  it('keeps a job title and a kind as the source wrote them', () => {
    expect(describeRelation(nl.t, { type: 'WORKS_AT', title: 'Manager Informatie & Kwaliteit' })).toBe('werkt bij (Manager Informatie & Kwaliteit)');
    expect(describeRelation(en.t, { type: 'RELATED_TO', kind: 'oud-collega' })).toBe('related to (oud-collega)');
    expect(describeRelation(en.t, { type: 'RELATED_TO', attributes: [{ key: 'kind', value: 'partner' }] })).toBe('related to (partner)');
    expect(describeRelation(nl.t, { type: 'BY', role: null, title: null })).toBe('uitgevoerd door');
  });
});

describe('describeScorePart', () => {
  const themes = { kind: 'THEMES' as const, similarity: 0.4, sharedNames: ['decentralisatie', 'eigen kracht', 'preventie'] };

  it('counts and lists shared items, in the language of the UI', () => {
    expect(describeScorePart(nl, themes, null)).toBe("3 gedeelde thema's: decentralisatie, eigen kracht en preventie");
    expect(describeScorePart(en, themes, null)).toBe('3 shared themes: decentralisatie, eigen kracht and preventie');
    expect(describeScorePart(en, { ...themes, sharedNames: ['preventie'] }, null)).toBe('1 shared theme: preventie');
    expect(describeScorePart(nl, { kind: 'CONSULTANCIES', similarity: 0, sharedNames: [] }, null)).toBe('Geen gedeelde adviesbureaus');
  });

  it('writes populations and the ratio with the locale’s separators', () => {
    const size = { kind: 'SIZE' as const, similarity: 0.9344, sharedNames: [], subjectValue: 122000.4, candidateValue: 114000 };
    expect(describeScorePart(nl, size, null)).toBe('Inwonertal 114.000 tegenover 122.000 (verhouding 0,93)');
    expect(describeScorePart(en, size, null)).toBe('Population 114,000 against 122,000 (ratio 0.93)');
    expect(describeScorePart(en, { ...size, subjectValue: null }, null)).toBe('Population unknown');
  });

  it('names the other province when the province is not shared', () => {
    const province = { kind: 'PROVINCE' as const, similarity: 0, sharedNames: [] };
    expect(describeScorePart(en, province, 'Noord-Holland')).toBe('Different province (Noord-Holland)');
    expect(describeScorePart(nl, { ...province, similarity: 1, sharedNames: ['Zuid-Holland'] }, 'Zuid-Holland')).toBe('Zelfde provincie: Zuid-Holland');
    expect(describeScorePart(nl, province, null)).toBe('Andere provincie (onbekend)');
  });
});
