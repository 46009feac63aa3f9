/**
 * The rules measured on TenderNed publications labelled by hand (tests/fixtures/tenderned/
 * labels.json: 120 records of the shipped file, chosen by a fixed hash, labelled from buyer,
 * title and description before any rule was written). Half of them ("tuning") could be looked at
 * while the rules were adjusted; the other half ("heldout") never was. The figures are in
 * docs/benchmarks.md ("TenderNed").
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../config.js';
import { BuyerResolver } from './resolveBuyer.js';
import { SociaalDomeinClassifier } from './classifySociaalDomein.js';
import { readTenderJson } from './readTenderJson.js';
import { readTendernedReference } from './tendernedReference.js';
import type { TenderRecord } from './tenderRecord.js';

interface Label {
  id: string;
  part: 'tuning' | 'heldout';
  buyerName: string;
  buyer: { type: 'MUNICIPALITY' | 'REGION' | 'ORGANIZATION'; cbsCode?: string };
  sociaalDomein: boolean;
}

const labels = (JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'tests/fixtures/tenderned/labels.json'), 'utf8')) as { records: Label[] }).records;
const records = readTenderJson('publicaties_2012-2025H1.json', fs.readFileSync(path.join(REPO_ROOT, 'seed/tenderned/publicaties_2012-2025H1.json'), 'utf8'));
const byId = new Map(records.map((r) => [r.id, r]));

interface Figures {
  records: number;
  gemeenteBuyers: number;
  gemeenteCorrect: number;
  gemeenteWrongCode: number;
  otherBuyers: number;
  otherTypeCorrect: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

let resolver: BuyerResolver;
let classifier: SociaalDomeinClassifier;
beforeAll(() => {
  const reference = readTendernedReference(path.join(REPO_ROOT, 'seed'));
  resolver = new BuyerResolver(reference.gazetteer, reference.herindelingen);
  classifier = new SociaalDomeinClassifier(reference.themes);
}, 60_000);

function evaluate(part: Label['part']): Figures {
  const f: Figures = { records: 0, gemeenteBuyers: 0, gemeenteCorrect: 0, gemeenteWrongCode: 0, otherBuyers: 0, otherTypeCorrect: 0, tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const label of labels.filter((l) => l.part === part)) {
    const record = byId.get(label.id) as TenderRecord;
    f.records++;
    const buyer = resolver.resolve(record.buyer.name, record.publicationDate);
    if (label.buyer.type === 'MUNICIPALITY') {
      f.gemeenteBuyers++;
      if (buyer.cbsCode === label.buyer.cbsCode) f.gemeenteCorrect++;
      else if (buyer.cbsCode) f.gemeenteWrongCode++;
    } else {
      f.otherBuyers++;
      if (buyer.type === label.buyer.type) f.otherTypeCorrect++;
    }
    const predicted = classifier.classify(record).sociaalDomein;
    if (predicted && label.sociaalDomein) f.tp++;
    else if (predicted) f.fp++;
    else if (label.sociaalDomein) f.fn++;
    else f.tn++;
  }
  return f;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
const report = (part: string, f: Figures) =>
  `${part}: ${f.records} records; gemeente buyers ${f.gemeenteCorrect}/${f.gemeenteBuyers} right CBS code (${f.gemeenteWrongCode} wrong code), other buyers ${f.otherTypeCorrect}/${f.otherBuyers} right type; sociaal domein TP ${f.tp} FP ${f.fp} FN ${f.fn} TN ${f.tn}: precision ${ratio(f.tp, f.tp + f.fp).toFixed(2)}, recall ${ratio(f.tp, f.tp + f.fn).toFixed(2)}`;

describe('the labelled sample', () => {
  it('is the 60 + 60 records the documented hash selects, in hash order, alternately tuning and held apart', () => {
    const hash = (id: string) => createHash('sha256').update(`tenderned-sample-20|${id}`).digest('hex');
    const byHash = (a: TenderRecord, b: TenderRecord) => (hash(a.id) < hash(b.id) ? -1 : 1);
    const gemeente = records.filter((r) => /gemeente/i.test(r.buyer.name)).sort(byHash).slice(0, 60);
    const other = records.filter((r) => !/gemeente/i.test(r.buyer.name)).sort(byHash).slice(0, 60);
    const expected = [...gemeente, ...other].sort(byHash).map((r) => r.id);
    expect(labels.map((l) => l.id)).toEqual(expected);
    expect(labels.map((l) => l.part)).toEqual(expected.map((_, i) => (i % 2 === 0 ? 'tuning' : 'heldout')));
    for (const l of labels) expect(byId.get(l.id)?.buyer.name).toBe(l.buyerName);
  });
});

describe.each(['tuning', 'heldout'] as const)('the rules on the %s part', (part) => {
  it('resolve gemeente buyers to the right CBS code, never to a wrong one, and classify the sociaal domein precisely', () => {
    const f = evaluate(part);
    console.log(report(part, f));
    expect(f.records).toBe(60);
    expect(ratio(f.gemeenteCorrect, f.gemeenteBuyers)).toBeGreaterThanOrEqual(0.95);
    expect(f.gemeenteWrongCode).toBe(0);
    expect(ratio(f.otherTypeCorrect, f.otherBuyers)).toBeGreaterThanOrEqual(0.9);
    expect(ratio(f.tp, f.tp + f.fp)).toBeGreaterThanOrEqual(0.9);
    expect(ratio(f.tp, f.tp + f.fn)).toBeGreaterThanOrEqual(0.5);
  });
});
