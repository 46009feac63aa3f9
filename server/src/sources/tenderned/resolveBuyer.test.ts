import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../config.js';
import { BuyerResolver } from './resolveBuyer.js';
import { readTendernedReference } from './tendernedReference.js';

let resolver: BuyerResolver;
beforeAll(() => {
  const reference = readTendernedReference(path.join(REPO_ROOT, 'seed'));
  resolver = new BuyerResolver(reference.gazetteer, reference.herindelingen);
}, 60_000);

describe('BuyerResolver', () => {
  it.each([
    ['Gemeente Apeldoorn, team inkoop', 'GM0200', 'gemeente-apeldoorn'],
    ['Gemeente Apeldoorn team Inkoop', 'GM0200', 'gemeente-apeldoorn'],
    ['gemeente Apeldoorn', 'GM0200', 'gemeente-apeldoorn'],
    ["gemeente 's-Hertogenbosch", 'GM0796', 'gemeente-s-hertogenbosch'],
    ['Gemeente ’s-Hertogenbosch', 'GM0796', 'gemeente-s-hertogenbosch'],
    ['Gemeente s Hertogenbosch', 'GM0796', 'gemeente-s-hertogenbosch'],
    ['Gemeente Den Bosch', 'GM0796', 'gemeente-s-hertogenbosch'],
    ['Gemeente Den Haag/Startup in Residence', 'GM0518', 'gemeente-s-gravenhage'],
    ['Gemeente Reusel- DeMierden', 'GM1667', 'gemeente-reusel-de-mierden'],
    ['GEMEENTE REUSEL-DE MIERDEN', 'GM1667', 'gemeente-reusel-de-mierden'],
    ['Gemeente Amsterdam, Ingenieursbureau', 'GM0363', 'gemeente-amsterdam'],
    ['Ingenieursbureau gemeente Amsterdam', 'GM0363', 'gemeente-amsterdam'],
    ['Gemeente Dordrecht | servicegemeente Dordrecht', 'GM0505', 'gemeente-dordrecht'],
    ['Servicepunt71 namens de gemeente Leiden', 'GM0546', 'gemeente-leiden'],
    ['Gemeente Leiden namens gemeente Zoeterwoude', 'GM0638', 'gemeente-zoeterwoude'],
    ['Gemeente Almere (Aanbesteder) en de provincie Flevoland', 'GM0034', 'gemeente-almere'],
    ['Gemeente Súdwest-Fryslân', 'GM1900', 'gemeente-sudwest-fryslan'],
  ])('reads "%s" as gemeente %s', (name, cbsCode, id) => {
    expect(resolver.resolve(name, '2023-01-01')).toMatchObject({ status: 'RESOLVED', type: 'MUNICIPALITY', kind: 'gemeente', cbsCode, id, known: true });
  });

  it('keeps the award of a dissolved gemeente with that gemeente, not its successor, also when TenderNed still uses the old name later', () => {
    expect(resolver.resolve('Gemeente Vlagtwedde', '2016-05-01')).toMatchObject({ status: 'RESOLVED', cbsCode: 'GM0048', id: 'gemeente-vlagtwedde', confidence: 1 });
    const late = resolver.resolve('Gemeente Vlagtwedde', '2023-10-04');
    expect(late).toMatchObject({ status: 'RESOLVED', cbsCode: 'GM0048', id: 'gemeente-vlagtwedde', confidence: 0.8 });
    expect(late.evidence).toMatch(/dissolved in 2018 into Westerwolde/);
    expect(resolver.resolve('Gemeente Uden', '2021-03-01')).toMatchObject({ cbsCode: 'GM0856' });
  });

  it.each([
    ['Gemeente Rotterdam / Gemeente Vlaardingen / Gemeente Schiedam', 'SEVERAL_GEMEENTEN'],
    ['Gemeente Bergen', 'AMBIGUOUS_GEMEENTE'],
    ['Gemeente Atlantis', 'UNKNOWN_GEMEENTE'],
    ['Regionaal Reinigingsbedrijf Avalex', 'UNKNOWN_ORGANIZATION'],
    ['', 'EMPTY_NAME'],
  ])('does not guess "%s": %s, for the review queue', (name, reason) => {
    expect(resolver.resolve(name, '2023-01-01')).toMatchObject({ status: 'UNRESOLVED', id: null, cbsCode: null, reason });
  });

  it('tells "Gemeente Bergen (NH.)" from "Gemeente Bergen (L.)"', () => {
    expect(resolver.resolve('Gemeente Bergen (NH.)').cbsCode).toBe('GM0373');
    expect(resolver.resolve('Gemeente Bergen (L)').cbsCode).toBe('GM0893');
  });

  it.each([
    ['Ministerie van Volksgezondheid, Welzijn en Sport', 'ORGANIZATION', 'ministerie', 'org-ministerie-van-volksgezondheid-welzijn-en-sport'],
    ['Ministerie van Economische Zaken en Klimaat, Rijksdienst voor Ondernemend Nederland (RVO)', 'ORGANIZATION', 'ministerie', 'org-ministerie-van-economische-zaken-en-klimaat'],
    ['Bizob', 'ORGANIZATION', 'inkoopsamenwerking', 'org-bizob'],
    ['GGD Hart voor Brabant - vestiging \'s-Hertogenbosch', 'ORGANIZATION', 'GGD', 'org-ggd-hart-voor-brabant'],
    ['Werkorganisatie BUCH', 'ORGANIZATION', 'werkorganisatie', 'org-werkorganisatie-buch'],
    ['Intergemeentelijke Sociale Dienst Bollenstreek', 'ORGANIZATION', 'sociale dienst', 'org-intergemeentelijke-sociale-dienst-bollenstreek'],
    ['Provincie Gelderland', 'ORGANIZATION', 'provincie', 'org-provincie-gelderland'],
    ['Universiteit Leiden', 'ORGANIZATION', 'kennisinstelling', 'org-universiteit-leiden'],
    ['Metropoolregio Eindhoven', 'REGION', 'samenwerkingsverband', 'regio-metropoolregio-eindhoven'],
  ])('reads "%s" as %s (%s)', (name, type, kind, id) => {
    expect(resolver.resolve(name)).toMatchObject({ status: 'RESOLVED', type, kind, id, cbsCode: null, known: false });
  });

  it('finds regions and organisations the graph already knows by name or alias', () => {
    expect(resolver.resolve('Regio Rivierenland')).toMatchObject({ type: 'REGION', id: 'regio-rivierenland', known: true });
    expect(resolver.resolve('Veiligheidsregio Limburg-Noord')).toMatchObject({ type: 'REGION', kind: 'veiligheidsregio', id: 'regio-vr-limburg-noord', known: true });
    expect(resolver.resolve('Sociale Dienst Drechtsteden')).toMatchObject({ type: 'ORGANIZATION', id: 'org-sociale-dienst-drechtsteden', known: true });
  });
});
