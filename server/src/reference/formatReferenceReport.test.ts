import { describe, expect, it } from 'vitest';
import { formatReferenceReport } from './formatReferenceReport.js';
import type { ReferencePlan, ReferenceReport } from './planReferenceUpdate.js';

const empty: ReferenceReport = {
  newMunicipalities: [],
  dissolved: [],
  missing: [],
  populationChanges: [],
  populationDatesMoved: 0,
  attributeChanges: [],
  newRegions: [],
  membershipChanges: [],
  newSuccessions: [],
  evidenceAdded: 0,
  unchanged: 0,
  warnings: [],
};
const plan = (report: Partial<ReferenceReport>): ReferencePlan => ({ entities: [], relations: [], problems: [], report: { ...empty, ...report } });

describe('formatReferenceReport', () => {
  it('lists what changed, section by section, with numbers in Dutch notation', () => {
    const text = formatReferenceReport(
      plan({
        newMunicipalities: [{ code: 'GM9999', name: 'Nieuwgemeente', id: 'gemeente-nieuwgemeente', dissolved: false }],
        dissolved: [{ code: 'GM0088', name: 'Schiermonnikoog', id: 'gemeente-schiermonnikoog', year: 2025, by: 'ABSENT_FROM_COMPLETE_LIST' }],
        populationChanges: [{ code: 'GM0400', name: 'Den Helder', from: 56_432, to: 56_600 }],
        populationDatesMoved: 341,
        unchanged: 340,
        evidenceAdded: 342,
      }),
      { file: 'gemeenten-2025.csv', written: true, dryRun: false, complete: true },
    );
    expect(text.split('\n')).toEqual([
      'New gemeenten (1):',
      '  GM9999 Nieuwgemeente → gemeente-nieuwgemeente',
      'Dissolved (1):',
      '  GM0088 Schiermonnikoog (gemeente-schiermonnikoog), 2025: not in the complete list; import the herindelingen file to link its successors',
      'Population (1):',
      '  GM0400 Den Helder: 56.432 → 56.600',
      'Population date (peildatum) moved for 341 gemeente(n).',
      'Evidence added to facts the graph had: 342 (source + quoted line).',
      'Unchanged (figures the same, evidence aside): 340 gemeente(n).',
      'Written in one transaction.',
    ]);
  });

  it('says so when nothing changes, and cuts long sections', () => {
    expect(formatReferenceReport(plan({ unchanged: 342 }), { file: 'x.csv', written: false, dryRun: false, complete: false })).toMatch(/No changes: the graph already holds what x\.csv states\.$/);
    const missing = Array.from({ length: 150 }, (_, i) => ({ code: `GM${String(i).padStart(4, '0')}`, name: `G${i}`, id: `gemeente-g${i}` }));
    const text = formatReferenceReport(plan({ missing }), { file: 'x.csv', written: false, dryRun: true, complete: false });
    expect(text).toMatch(/^Not in the file, left as they are \(give --complete .*\(150\):/);
    expect(text).toMatch(/ {2}… and 50 more/);
  });
});
