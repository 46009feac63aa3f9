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

describe('formatDate', () => {
  it('writes a peildatum as each language does', () => {
    expect(nl.formatDate('2024-01-01')).toBe('1-1-2024');
    expect(en.formatDate('2024-01-01')).toBe('1 January 2024');
    expect(en.formatDate('begin 2024')).toBe('begin 2024');
  });
});

describe('describeScorePart', () => {
  const themes = { kind: 'THEMES' as const, similarity: 0.4, sharedNames: ['decentralisatie', 'eigen kracht', 'preventie'] };

  it('counts and lists shared items, in the language of the UI', () => {
    expect(describeScorePart(nl, themes)).toBe("3 gedeelde thema's: decentralisatie, eigen kracht en preventie");
    expect(describeScorePart(en, themes)).toBe('3 shared themes: decentralisatie, eigen kracht and preventie');
    expect(describeScorePart(en, { ...themes, sharedNames: ['preventie'] })).toBe('1 shared theme: preventie');
    expect(describeScorePart(nl, { kind: 'CONSULTANCIES', similarity: 0, sharedNames: [] })).toBe('Geen gedeelde adviesbureaus');
  });

  it('writes populations and the ratio with the locale’s separators', () => {
    const size = { kind: 'SIZE' as const, similarity: 0.9344, sharedNames: [], subjectValue: 122000.4, candidateValue: 114000 };
    expect(describeScorePart(nl, size)).toBe('Inwonertal 114.000 tegenover 122.000 (verhouding 0,93)');
    expect(describeScorePart(en, size)).toBe('Population 114,000 against 122,000 (ratio 0.93)');
    expect(describeScorePart(en, { ...size, subjectValue: null })).toBe('Population unknown');
  });

  it('names the other province when the province is not shared', () => {
    const province = { kind: 'PROVINCE' as const, similarity: 0, sharedNames: [] };
    expect(describeScorePart(en, province, { candidateProvince: 'Noord-Holland' })).toBe('Different province (Noord-Holland)');
    expect(describeScorePart(nl, { ...province, similarity: 1, sharedNames: ['Zuid-Holland'] }, { candidateProvince: 'Zuid-Holland' })).toBe('Zelfde provincie: Zuid-Holland');
    expect(describeScorePart(nl, province)).toBe('Andere provincie (onbekend)');
  });

  it('compares densities with the locale’s separators and the ratio of the smaller to the larger', () => {
    const density = { kind: 'DENSITY' as const, similarity: 0.27, sharedNames: [], subjectValue: 1314, candidateValue: 245 };
    expect(describeScorePart(nl, density)).toBe('Dichtheid 245 tegenover 1.314 inwoners per km² (verhouding 0,19)');
    expect(describeScorePart(en, density)).toBe('Density 245 against 1,314 inhabitants per km² (ratio 0.19)');
    expect(describeScorePart(nl, { ...density, candidateValue: null })).toBe('Dichtheid onbekend');
  });

  it('words stedelijkheid classes, a mean with one decimal', () => {
    const s = { kind: 'STEDELIJKHEID' as const, similarity: 0.875, sharedNames: [], subjectValue: 2.5, candidateValue: 3 };
    expect(describeScorePart(nl, s)).toBe('Stedelijkheidsklasse 3 tegenover 2,5');
    expect(describeScorePart(en, s)).toBe('Urbanisation class 3 against 2.5');
  });

  it('names the shared COROP region, or the other one', () => {
    const corop = { kind: 'COROP' as const, similarity: 1, sharedNames: ['Zuidwest-Gelderland'] };
    expect(describeScorePart(nl, corop)).toBe('Zelfde COROP-regio: Zuidwest-Gelderland');
    expect(describeScorePart(en, { ...corop, similarity: 0, sharedNames: [] }, { candidateCorop: 'Groot-Rijnmond' })).toBe(
      'Different COROP region (Groot-Rijnmond)',
    );
  });

  it('names the most distinctive shared items first, with how each counts, and says how many more there are', () => {
    const part = {
      kind: 'THEMES' as const,
      similarity: 0.5,
      sharedNames: ['wmo', 'jeugdzorg', 'schulden', 'armoede'],
      shared: [
        { name: 'wmo', weight: 0.4, curated: true },
        { name: 'jeugdzorg', weight: 1.2, candidateVia: 'Drechtsteden' },
        { name: 'schulden', weight: 2.3, fromPredecessor: 'Geldermalsen', curated: true },
        { name: 'armoede', weight: 0.9, subjectVia: 'Regio Rivierenland' },
      ],
    };
    expect(describeScorePart(nl, part, { limit: 3, subjectName: 'Tiel' })).toBe(
      "4 gedeelde thema's, waaronder schulden (via voorganger Geldermalsen; bron: artikel), jeugdzorg (via regio Drechtsteden) en armoede (bij Tiel via Regio Rivierenland)",
    );
    expect(describeScorePart(en, part, { subjectName: 'Tiel' })).toBe(
      '4 shared themes: schulden (via predecessor Geldermalsen; source: article), jeugdzorg (via region Drechtsteden), armoede (for Tiel via Regio Rivierenland) and wmo (source: article)',
    );
    const both = { kind: 'CONSULTANCIES' as const, similarity: 1, sharedNames: ['Hiemstra & De Vries'] };
    expect(describeScorePart(nl, { ...both, shared: [{ name: 'Hiemstra & De Vries', weight: 2, candidateVia: 'Regio Rivierenland', subjectVia: 'Regio Rivierenland' }] })).toBe(
      'Zelfde adviesbureau: Hiemstra & De Vries (beide via Regio Rivierenland)',
    );
    expect(describeScorePart(en, { ...both, shared: [{ name: 'Hiemstra & De Vries', weight: 2, candidateVia: 'Drechtsteden', subjectVia: 'Drechtsteden' }] })).toBe(
      'Same consultancy: Hiemstra & De Vries (both via region Drechtsteden)',
    );
    expect(describeScorePart(en, { kind: 'REGION', similarity: 1, sharedNames: ['Drechtsteden'], shared: [{ name: 'Drechtsteden', weight: 3 }] })).toBe(
      'Same partnership: Drechtsteden',
    );
  });
});

describe('plural', () => {
  it('chooses the form for the count through Intl.PluralRules, in each language', () => {
    expect(nl.plural('search.results', 1)).toBe('1 resultaat');
    expect(nl.plural('search.results', 2)).toBe('2 resultaten');
    expect(nl.plural('search.results', 0)).toBe('0 resultaten');
    expect(en.plural('search.results', 1)).toBe('1 result');
    expect(en.plural('search.results', 2)).toBe('2 results');
    expect(nl.plural('search.results', 1234)).toBe('1.234 resultaten');
    expect(en.plural('paths.path', 1, { n: 2 })).toBe('Path 2: 1 step');
    expect(nl.plural('paths.path', 3, { n: 1 })).toBe('Pad 1: 3 stappen');
  });
});
