import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useMemo, useState } from 'react';
import type { EntityRef } from '../../api/fragments';
import { useI18n } from '../../i18n/I18nProvider';
import type { MunicipalityCount } from './mapQuery';

type SortKey = 'name' | 'population' | 'density' | 'engagements' | 'rank';
interface Sort {
  key: SortKey;
  descending: boolean;
}

const FIRST_DESCENDING: Record<SortKey, boolean> = { name: false, population: true, density: true, engagements: true, rank: false };

/**
 * The map as a table, for screen readers and for reading off figures: every gemeente with its CBS
 * figures and engagements, sortable by name, inhabitants, density and engagements. Rendered only while
 * open (342 rows).
 */
export function MapTable({ rows, ranks, onOpen }: { rows: readonly MunicipalityCount[]; ranks: ReadonlyMap<string, number>; onOpen: (e: EntityRef) => void }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <details className="map-table" data-testid="map-table" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('map.table')}</summary>
      {open && <SortableTable rows={rows} ranks={ranks} onOpen={onOpen} />}
    </details>
  );
}

function SortableTable({ rows, ranks, onOpen }: { rows: readonly MunicipalityCount[]; ranks: ReadonlyMap<string, number>; onOpen: (e: EntityRef) => void }) {
  const { t, formatNumber } = useI18n();
  const [sort, setSort] = useState<Sort>({ key: ranks.size > 0 ? 'rank' : 'name', descending: false });
  const rankOf = (r: MunicipalityCount) => ranks.get(r.municipality.cbsCode ?? '');

  const sorted = useMemo(() => {
    const value = (r: MunicipalityCount): number | string | null => {
      switch (sort.key) {
        case 'name':
          return r.municipality.name;
        case 'population':
          return r.municipality.population ?? null;
        case 'density':
          return r.municipality.density ?? null;
        case 'engagements':
          return r.count + r.viaRegion / 1000;
        case 'rank':
          return ranks.get(r.municipality.cbsCode ?? '') ?? null;
      }
    };
    const byName = (a: MunicipalityCount, b: MunicipalityCount) => a.municipality.name.localeCompare(b.municipality.name, 'nl');
    return [...rows].sort((a, b) => {
      const va = value(a);
      const vb = value(b);
      // Unknown values last, whichever the direction.
      if (va === null || vb === null) return va === vb ? byName(a, b) : va === null ? 1 : -1;
      const c = typeof va === 'string' ? va.localeCompare(vb as string, 'nl') : va - (vb as number);
      return (sort.descending ? -c : c) || byName(a, b);
    });
  }, [rows, ranks, sort]);

  const header = (key: SortKey, label: string, numeric = false) => {
    const active = sort.key === key;
    return (
      <TableHeaderCell scope="col" className={numeric ? 'num' : undefined} aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : undefined}>
        <button
          type="button"
          className="sort-button"
          data-testid={`map-sort-${key}`}
          onClick={() => setSort(active ? { key, descending: !sort.descending } : { key, descending: FIRST_DESCENDING[key] })}
        >
          {label}
          <span aria-hidden="true" className="sort-mark">
            {active ? (sort.descending ? '▼' : '▲') : ''}
          </span>
        </button>
      </TableHeaderCell>
    );
  };
  const num = (n: number | null | undefined, round = false) => (n == null ? '' : formatNumber(round ? Math.round(n) : n));

  return (
    <div className="map-table-scroll">
      <Table className="map-data-table">
        <TableCaption>{t('map.tableCaption')}</TableCaption>
        <TableHeader>
          <TableRow>
            {ranks.size > 0 && header('rank', t('map.col.rank'), true)}
            {header('name', t('map.col.name'))}
            <TableHeaderCell scope="col">{t('map.col.province')}</TableHeaderCell>
            {header('population', t('map.col.population'), true)}
            {header('density', t('map.col.density'), true)}
            {header('engagements', t('map.col.engagements'), true)}
            <TableHeaderCell scope="col" className="num">
              {t('map.col.viaRegion')}
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {sorted.map((r) => {
            const m = r.municipality;
            return (
              <TableRow key={m.id} data-testid="map-table-row" data-id={m.id}>
                {ranks.size > 0 && <TableCell className="num">{rankOf(r) ?? ''}</TableCell>}
                <TableHeaderCell scope="row">
                  <button type="button" className="row-button" onClick={() => onOpen({ id: m.id, name: m.name, type: m.type })}>
                    {m.name}
                  </button>
                </TableHeaderCell>
                <TableCell>{m.province ?? ''}</TableCell>
                <TableCell className="num">{num(m.population)}</TableCell>
                <TableCell className="num">{num(m.density, true)}</TableCell>
                <TableCell className="num" data-col="engagements">
                  {r.count}
                </TableCell>
                <TableCell className="num">{r.viaRegion}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
