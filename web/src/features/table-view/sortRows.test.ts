import { describe, expect, it } from 'vitest';
import { sortRows, type Column } from './sortRows';

interface Row {
  id: string;
  name: string;
  year: number | null;
}

const columns: Column<Row>[] = [
  { key: 'name', label: 'Naam', cell: (r) => r.name, sortValue: (r) => r.name },
  { key: 'year', label: 'Jaar', cell: (r) => r.year, sortValue: (r) => r.year },
];

const rows: Row[] = [
  { id: 'a', name: 'traject 10', year: 2020 },
  { id: 'b', name: 'Été', year: null },
  { id: 'c', name: 'traject 9', year: 2018 },
  { id: 'd', name: 'Zorg', year: 2020 },
];

const ids = (rs: Row[]) => rs.map((r) => r.id);

describe('sortRows', () => {
  it('keeps the given order without a sort, and does not change its input', () => {
    const copy = [...rows];
    expect(ids(sortRows(rows, columns, null))).toEqual(['a', 'b', 'c', 'd']);
    sortRows(rows, columns, { key: 'year', dir: 'descending' });
    expect(rows).toEqual(copy);
  });

  it('sorts numbers by value, ties in the given order, empty values last in both directions', () => {
    expect(ids(sortRows(rows, columns, { key: 'year', dir: 'ascending' }))).toEqual(['c', 'a', 'd', 'b']);
    expect(ids(sortRows(rows, columns, { key: 'year', dir: 'descending' }))).toEqual(['a', 'd', 'c', 'b']);
  });

  it('sorts text in Dutch order with numbers by value, ignoring case and accents', () => {
    expect(ids(sortRows(rows, columns, { key: 'name', dir: 'ascending' }))).toEqual(['b', 'c', 'a', 'd']);
    expect(ids(sortRows(rows, columns, { key: 'name', dir: 'descending' }))).toEqual(['d', 'a', 'c', 'b']);
  });
});
