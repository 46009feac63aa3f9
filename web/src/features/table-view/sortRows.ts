import type { ReactNode } from 'react';

/** A sortable column: its key, heading, cell and the value it sorts by (null sorts last either way). */
export interface Column<Row> {
  key: string;
  label: string;
  cell: (row: Row) => ReactNode;
  sortValue: (row: Row) => string | number | null;
  className?: string;
}

export interface Sort {
  key: string;
  dir: 'ascending' | 'descending';
}

/** Dutch order, numbers by value ("traject 9" before "traject 10"), case and accents ignored. */
export const collator = new Intl.Collator('nl', { numeric: true, sensitivity: 'base' });

function compareValues(a: string | number | null, b: string | number | null): number {
  if (a === null || a === '') return b === null || b === '' ? 0 : 1;
  if (b === null || b === '') return -1;
  return typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b));
}

/** The rows in the order of `sort` (a copy); without one, as given. */
export function sortRows<Row>(rows: readonly Row[], columns: readonly Column<Row>[], sort: Sort | null): Row[] {
  const column = sort && columns.find((c) => c.key === sort.key);
  if (!sort || !column) return [...rows];
  const keyed = rows.map((row) => ({ row, v: column.sortValue(row) }));
  const sign = sort.dir === 'ascending' ? 1 : -1;
  // Empty values last in both directions; ties keep the default order (Array.prototype.sort is stable).
  keyed.sort((a, b) => (a.v === null || a.v === '' || b.v === null || b.v === '' ? compareValues(a.v, b.v) : sign * compareValues(a.v, b.v)));
  return keyed.map((k) => k.row);
}
