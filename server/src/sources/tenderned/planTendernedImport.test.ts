import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../config.js';
import { graphDocumentSchema } from '../../domain/graphDocument.js';
import { relationRuleViolation } from '../../domain/relationRules.js';
import { readTenderJson } from './readTenderJson.js';
import { readTendernedReference, type TendernedReference } from './tendernedReference.js';
import { planTendernedImport, type TendernedPlan } from './planTendernedImport.js';
import { formatTendernedPlan, tendernedPlanJson } from './formatTendernedPlan.js';

const records = readTenderJson('publicaties_2012-2025H1.json', fs.readFileSync(path.join(REPO_ROOT, 'seed/tenderned/publicaties_2012-2025H1.json'), 'utf8'));
const recordOf = (id: string) => records.find((r) => r.id === id)!;

let reference: TendernedReference;
let plan: TendernedPlan;
beforeAll(() => {
  reference = readTendernedReference(path.join(REPO_ROOT, 'seed'));
  plan = planTendernedImport(records, reference);
}, 60_000);

const planned = (id: string) => plan.records.find((r) => r.id === id)!;

describe('planTendernedImport on the shipped TenderNed file', () => {
  it('plans every publication once, makes no open call or company-less award an engagement, and says why each is skipped', () => {
    expect(plan.records.map((r) => r.id)).toEqual(records.map((r) => r.id));
    for (const r of plan.records) {
      const record = recordOf(r.id);
      if (record.type === 'OPEN_CALL') expect(r).toMatchObject({ status: 'skipped', reason: 'OPEN_CALL', engagementIds: [] });
      if (record.type === 'AWARD' && !record.awards.length) expect(r).toMatchObject({ status: 'skipped', reason: 'NO_AWARDED_COMPANY' });
      if (r.status === 'skipped') expect(r.detail.length).toBeGreaterThan(10);
    }
    expect(plan.counts.OPEN_CALL).toBe(773);
    expect(plan.counts.OPEN_CALL + plan.counts.NO_AWARDED_COMPANY).toBeGreaterThanOrEqual(773 + 140);
  });

  it('resolves the buyer of every publication, skipped ones too, and every gemeente buyer of an engagement to its CBS code', () => {
    expect(planned('6104')).toMatchObject({ status: 'skipped', reason: 'OPEN_CALL', buyer: { id: 'org-haagse-inkoop-samenwerking', kind: 'inkoopsamenwerking' } });
    for (const r of plan.records.filter((x) => x.status === 'engagement')) {
      expect(r.buyer.id).toBeTruthy();
      if (r.buyer.type === 'MUNICIPALITY') expect(r.buyer.cbsCode).toMatch(/^GM\d{4}$/);
    }
  });

  // A dozen real records, end to end: buyer, supplier, themes.
  it.each([
    ['294485', 'gemeente-oosterhout', 'GM0826', 'consultancy-imk-intermediair', ['participatiewet']],
    ['312230', 'gemeente-vlagtwedde', 'GM0048', 'consultancy-ait-facilitair', ['participatiewet']],
    ['312191', 'gemeente-s-hertogenbosch', 'GM0796', 'consultancy-vondel-en-nassau', ['jeugdzorg']],
    ['305784', 'gemeente-maashorst', 'GM1991', 'consultancy-flexwise-professionals', ['armoedebeleid', 'participatiewet', 'wmo']],
    ['321217', 'gemeente-land-van-cuijk', 'GM1982', 'consultancy-sociaal-domein-partner', ['wmo']],
    ['301709', 'regio-rivierenland', null, 'consultancy-imk-intermediair', ['participatiewet']],
    ['232891', 'org-de-kompanjie', null, 'consultancy-imk-intermediair', ['participatiewet']],
    ['346740', 'org-ministerie-van-volksgezondheid-welzijn-en-sport', null, 'consultancy-i-en-o-research', ['wmo']],
    ['258908', 'org-ministerie-van-sociale-zaken-en-werkgelegenheid', null, 'org-seo-economisch-onderzoek', ['participatiewet']],
    ['377836', 'org-ministerie-van-financien', null, 'consultancy-panteia', ['bestaanszekerheid']],
    ['272027', 'org-ministerie-van-binnenlandse-zaken-en-koninkrijksrelaties', null, 'consultancy-economisch-bureau-amsterdam-eba', ['bestaanszekerheid']],
    ['302171', 'org-zorginstituut-nederland', null, 'consultancy-iqvia-solutions', ['wlz']],
  ] as const)('publication %s becomes an engagement FOR %s (%s) BY %s ABOUT %j', (id, buyerId, cbsCode, supplierId, themes) => {
    const r = planned(id);
    expect(r).toMatchObject({ status: 'engagement', reason: 'AWARDED', sociaalDomein: true, buyer: { id: buyerId, cbsCode }, supplier: { id: supplierId }, engagementIds: [`eng-tenderned-${id}`] });
    expect(r.themes).toEqual(expect.arrayContaining([...themes]));
    const record = recordOf(id);
    const source = plan.document.sources.find((s) => s.id === `src-tenderned-${id}`)!;
    expect(source).toMatchObject({ kind: 'REGISTER', properties: { publisher: 'TenderNed', url: `https://www.tenderned.nl/aankondigingen/overzicht/${id}`, date: record.publicationDate, publicationId: id } });
    expect(source.properties.licence).toMatch(/^CC0/);
    const engagement = plan.document.entities.find((e) => e.id === `eng-tenderned-${id}`)!;
    expect(engagement.provenance).toEqual([{ source: source.id, quote: record.title.replace(/\s+/g, ' ').trim() }]);
    const rels = plan.document.relations.filter((x) => x.from === engagement.id);
    expect(rels.find((x) => x.type === 'FOR')).toMatchObject({ to: buyerId, provenance: [{ source: source.id, quote: record.buyer.name }] });
    const by = rels.find((x) => x.to === supplierId)!;
    expect(by.type).toBe(supplierId.startsWith('org-') ? 'RELATED_TO' : 'BY');
    expect(by.provenance[0]!.quote).toBe(record.awards[0]!.supplier.name);
    for (const t of themes) expect(rels.some((x) => x.type === 'ABOUT' && x.to === t)).toBe(true);
  });

  it('gives "Berenschot B.V." and "Berenschot Groep B.V." one bureau id, and not "Bernschot BV", which is a merge candidate', () => {
    const all = planTendernedImport(records, reference, { all: true });
    const supplierOf = (id: string) => all.records.find((r) => r.id === id)!.suppliers.map((s) => s.id);
    expect(supplierOf('336388')).toEqual(['consultancy-berenschot']);
    expect(supplierOf('247671')).toEqual(['consultancy-berenschot']);
    expect(supplierOf('221297')).toEqual(['consultancy-berenschot', 'consultancy-witteveen-bos-raadgevende-ingenieurs']);
    expect(supplierOf('316837')).toEqual(['consultancy-bernschot']);
    expect(all.review.suppliers).toContainEqual(expect.objectContaining({ publicationId: '316837', mergeCandidates: [expect.objectContaining({ id: 'consultancy-berenschot' })] }));
  });

  it('skips awards outside the sociaal domein with the reason, and with --all makes them engagements without themes', () => {
    expect(planned('336388')).toMatchObject({ status: 'skipped', reason: 'NOT_SOCIAAL_DOMEIN', sociaalDomein: false, themes: [] });
    const all = planTendernedImport(records, reference, { all: true });
    expect(all.records.find((r) => r.id === '336388')).toMatchObject({ status: 'engagement', reason: 'AWARDED', themes: [] });
    expect(all.counts.NOT_SOCIAAL_DOMEIN).toBe(0);
    expect(all.counts.engagements).toBeGreaterThan(plan.counts.engagements);
  });

  it('writes a valid graph document: every relation allowed, every endpoint known or planned, every quote verbatim in its publication', () => {
    const doc = graphDocumentSchema.parse(plan.document);
    const typeOf = new Map<string, string>([...reference.gazetteer.map((e) => [e.id, e.type] as const), ...reference.bureaus.map((b) => [b.id, 'CONSULTANCY'] as const), ...reference.themes.map((t) => [t.id, 'THEME'] as const)]);
    for (const e of doc.entities) typeOf.set(e.id, e.type);
    for (const r of doc.relations) {
      expect(typeOf.has(r.from) && typeOf.has(r.to), `${r.from} ${r.type} ${r.to}`).toBe(true);
      expect(relationRuleViolation(r.type, typeOf.get(r.from) as never, typeOf.get(r.to) as never, { kind: r.properties.kind as string | undefined })).toBeNull();
    }
    const textOf = new Map(records.map((r) => [`src-tenderned-${r.id}`, [r.title, r.description, r.buyer.name, ...r.awards.map((a) => a.supplier.name)].join('\n').replace(/\s+/g, ' ')]));
    for (const item of [...doc.entities, ...doc.relations]) for (const p of item.provenance) expect(textOf.get(p.source)).toContain(p.quote);
    // Known gemeenten and bureaus are referred to, never rewritten.
    expect(doc.entities.some((e) => e.type === 'MUNICIPALITY' || reference.bureaus.some((b) => b.id === e.id))).toBe(false);
  });

  it('plans the same file twice to the same document (a second import writes nothing new)', () => {
    expect(planTendernedImport(records, reference)).toEqual(plan);
  });

  it('prints one JSON document with every publication in the shape of --dry-run --json', () => {
    const json = JSON.parse(JSON.stringify(tendernedPlanJson(plan))) as ReturnType<typeof tendernedPlanJson>;
    expect(json.records).toHaveLength(records.length);
    expect(json.records.find((r) => r.id === '312230')).toMatchObject({
      id: '312230',
      status: 'engagement',
      buyer: { name: 'Vlagtwedde', type: 'MUNICIPALITY', id: 'gemeente-vlagtwedde', cbsCode: 'GM0048' },
      supplier: { id: 'consultancy-ait-facilitair' },
      sociaalDomein: true,
    });
  });

  it('reports the plan in words: the counts, what would be written and what to review', () => {
    const text = formatTendernedPlan(plan, 'publicaties.json');
    expect(text).toContain(`publicaties.json: 1577 publications → ${plan.counts.engagements} engagements`);
    expect(text).toContain('773 open calls');
    expect(text).toMatch(/possible duplicate companies for review[^]*"Bernschot BV" \(consultancy-bernschot\): consultancy-berenschot/);
  });
});
