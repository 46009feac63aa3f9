import { describe, expect, it } from 'vitest';
import { toCsv } from './toCsv';

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
});
