import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '../../state/appState';
import { matchEngagement } from './matchEngagement';
import { themeClosure } from './themeClosure';

const themes = [
  { id: 'sociaalDomein', name: 'sociaal domein', broader: [], narrower: [{ id: 'jeugdzorg' }] },
  { id: 'jeugdzorg', name: 'jeugdzorg', broader: [{ id: 'sociaalDomein' }], narrower: [] },
  { id: 'jeugdwet', name: 'Jeugdwet', broader: [{ id: 'jeugdzorg' }], narrower: [] },
];

describe('themeClosure', () => {
  it('includes narrower themes at every level, from either side of the hierarchy', () => {
    expect([...themeClosure(['sociaalDomein'], themes)].sort()).toEqual(['jeugdwet', 'jeugdzorg', 'sociaalDomein']);
  });
});

describe('matchEngagement', () => {
  const e = { id: 'eng-1', startYear: 2016, themes: [{ id: 'jeugdwet' }], consultancies: [{ id: 'consultancy-a' }] };

  it('matches an engagement about a narrower theme of the chosen one', () => {
    const f = { ...EMPTY_FILTERS, themes: ['jeugdzorg'] };
    expect(matchEngagement(e, f, themeClosure(f.themes, themes))).toBe(true);
  });

  it('leaves out an engagement without a year when a period is set', () => {
    const f = { ...EMPTY_FILTERS, from: 2010 };
    expect(matchEngagement({ ...e, startYear: null }, f, new Set())).toBe(false);
  });

  it('requires one of the chosen consultancies', () => {
    const f = { ...EMPTY_FILTERS, consultancies: ['consultancy-b'] };
    expect(matchEngagement(e, f, new Set())).toBe(false);
  });
});
