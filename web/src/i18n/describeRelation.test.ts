import { describe, expect, it } from 'vitest';
import { edgeDisplayLabel } from './describeRelation';
import { nl } from './nl';

const t = (key: keyof typeof nl) => nl[key];

describe('edgeDisplayLabel', () => {
  it('puts the type into words and translates a role however the server spells it', () => {
    expect(edgeDisplayLabel(t, { type: 'WORKED_ON', label: 'WORKED_ON (client contact)' })).toBe('werkte aan (contactpersoon opdrachtgever)');
    expect(edgeDisplayLabel(t, { type: 'WORKED_ON', label: 'WORKED_ON (CONSULTANT)' })).toBe('werkte aan (consultant)');
  });

  it('keeps a job title as written', () => {
    expect(edgeDisplayLabel(t, { type: 'WORKS_AT', label: 'WORKS_AT (Manager Informatie & Kwaliteit)' })).toBe('werkt bij (Manager Informatie & Kwaliteit)');
    expect(edgeDisplayLabel(t, { type: 'BY', label: 'BY' })).toBe('uitgevoerd door');
  });
});
