import { describe, expect, it } from 'vitest';
import { SupplierRegistry, splitSupplierNames, type ResolvedSupplier } from './resolveSupplier.js';

const registry = () => new SupplierRegistry([{ id: 'consultancy-hiemstra-en-de-vries', name: 'Hiemstra & De Vries', aliases: [] }]);
const one = (r: SupplierRegistry, name: string, kvk: string | null = null) => r.resolve({ name, kvk })[0] as ResolvedSupplier;

describe('SupplierRegistry', () => {
  it('gives every spelling of a company one bureau id: legal form, Groep, Holding, casing and punctuation left out', () => {
    const r = registry();
    for (const name of ['Berenschot B.V.', 'Berenschot Groep B.V.', 'BERENSCHOT BV', 'Berenschot Holding N.V.', 'berenschot']) {
      expect(one(r, name)).toMatchObject({ status: 'RESOLVED', type: 'CONSULTANCY', id: 'consultancy-berenschot', mergeCandidates: [] });
    }
    expect(one(r, 'Twynstra Gudde Holding BV').id).toBe(one(r, 'Twynstra Gudde Holding B.V.').id);
    expect(one(r, 'Andersson Elffers Felix (AEF) Organisatie en Informatica Adviseurs B.V.').id).toBe('consultancy-andersson-elffers-felix');
  });

  it('does not merge a name that is only close, but names it as a merge candidate', () => {
    const r = registry();
    one(r, 'Berenschot B.V.');
    const close = one(r, 'Bernschot BV');
    expect(close.id).toBe('consultancy-bernschot');
    expect(close.mergeCandidates).toEqual([expect.objectContaining({ id: 'consultancy-berenschot' })]);
    expect(close.confidence).toBeLessThan(0.9);
  });

  it('lets the KvK number decide where the format has it', () => {
    const r = registry();
    one(r, 'Regioplan Beleidsonderzoek B.V.', '33181428');
    expect(one(r, 'Regioplan', '33181428').id).toBe('consultancy-regioplan-beleidsonderzoek');
  });

  it('reuses the bureaus the graph knows', () => {
    expect(one(registry(), 'Hiemstra & De Vries B.V.')).toMatchObject({ id: 'consultancy-hiemstra-en-de-vries', known: true });
  });

  it.each([
    ['Nederlandse Organisatie voor toegepast-natuurwetenschappelijk onderzoek TNO', 'org-tno'],
    ['De Nederlandse Organisatie voor Toegepast natuurwetenschappelijk onderzoek TNO', 'org-tno'],
    ['Universiteit van Amsterdam', 'org-universiteit-van-amsterdam'],
    ['Stichting Centerdata', 'org-centerdata'],
    ['Erasmus MC', 'org-erasmus-mc'],
    ['Stichting Hogeschool Rotterdam', 'org-hogeschool-rotterdam'],
  ])('makes "%s" an organisation, not an adviesbureau', (name, id) => {
    expect(one(registry(), name)).toMatchObject({ type: 'ORGANIZATION', id });
  });

  it('keeps an institute intake knows as a bureau a bureau, so it stays one node', () => {
    expect(one(registry(), 'Stichting Movisie')).toMatchObject({ type: 'CONSULTANCY', id: 'consultancy-movisie' });
  });

  it('refuses text that names no company', () => {
    for (const name of ['Zie aanvullende inlichtingen', 'https://hub.negometrix.com/today/1225', 'Diverse ondernemers; totaal 6 op 6 van de 12 vraagstukken.']) {
      expect(registry().resolve({ name, kvk: null })).toEqual([expect.objectContaining({ status: 'UNRESOLVED', reason: 'NOT_A_COMPANY_NAME' })]);
    }
  });
});

describe('splitSupplierNames', () => {
  it('splits a consortium into its companies, and keeps a name with "&" whole', () => {
    expect(splitSupplierNames('Berenschot B.V. & Witteveen+Bos Raadgevende ingenieurs B.V.')).toEqual(['Berenschot B.V.', 'Witteveen+Bos Raadgevende ingenieurs B.V.']);
    expect(splitSupplierNames('Consortium ViCi zijnde Boskalis Nederland B.V./Martens Beton/ABT ingenieurs in bouwtechniek/Integraaljagers')).toEqual([
      'Boskalis Nederland B.V.',
      'Martens Beton',
      'ABT ingenieurs in bouwtechniek',
      'Integraaljagers',
    ]);
    expect(splitSupplierNames('Hiemstra & De Vries')).toEqual(['Hiemstra & De Vries']);
    expect(splitSupplierNames('2.\tTraffic Consultancy BV')).toEqual(['Traffic Consultancy BV']);
    expect(splitSupplierNames('Contractant: Advier B.V.')).toEqual(['Advier B.V.']);
  });
});
