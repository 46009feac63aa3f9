import { describe, expect, it } from 'vitest';
import { createFootnotes, registerTable } from './footnotes';

const source = (id: string) => ({ id, title: `Titel ${id}`, publisher: null, date: null, url: null, kind: 'ARTICLE' as const });

describe('createFootnotes', () => {
  it('numbers evidence in the order it is first cited, and a quote cited again keeps its number', () => {
    const notes = createFootnotes();
    expect(notes.cite([{ quote: 'a', source: source('s1') }, { quote: 'b', source: source('s2') }])).toEqual([1, 2]);
    expect(notes.cite([{ quote: 'c', source: source('s1') }, { quote: 'a', source: source('s1') }])).toEqual([3, 1]);
    expect(notes.cite([])).toEqual([]);
    expect(notes.list().map((n) => [n.number, n.quote, n.source.id])).toEqual([
      [1, 'a', 's1'],
      [2, 'b', 's2'],
      [3, 'c', 's1'],
    ]);
    expect(notes.sourceCount()).toBe(2);
  });

  it('the same quote from another source is another footnote', () => {
    const notes = createFootnotes();
    expect(notes.cite([{ quote: 'a', source: source('s1') }, { quote: 'a', source: source('s2') }])).toEqual([1, 2]);
  });

  it('a register line (a CBS table) is cited by what it is about, not by its CSV line', () => {
    const notes = createFootnotes();
    const cbs = { ...source('src-cbs'), kind: 'REGISTER' as const, url: 'https://opendata.cbs.nl/statline/#/CBS/nl/dataset/85984NED/table' };
    notes.cite([{ quote: 'GM0606,Schiedam,PV28,80000', source: cbs }, { quote: 'een zin', source: source('s1') }], 'Schiedam');
    expect(notes.list().map((n) => n.subject)).toEqual(['Schiedam', undefined]);
    expect(registerTable(cbs)).toBe('85984NED');
    expect(registerTable(source('s1'))).toBeNull();
  });
});
