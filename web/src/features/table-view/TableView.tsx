import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { TypeIcon } from '../../components/TypeIcon';
import type { GraphEdge, GraphNode, VisibleGraph } from '../../graph/knownGraph';
import { describeRelation } from '../../i18n/describeRelation';
import { useI18n } from '../../i18n/I18nProvider';
import { collator, sortRows, type Column, type Sort } from './sortRows';
import { useEngagementFacts } from './tableQuery';
import './TableView.css';

/** Estimated row height (one line); rows that wrap are measured as they render. */
const ROW_HEIGHT = 30;

/**
 * One table of the table view: sortable column headers (buttons, with aria-sort on the header cell)
 * and only the rows in and near the viewport in the DOM (TanStack Virtual), with spacer rows above
 * and below so the scroll height stays that of the whole table.
 */
function VirtualTable<Row extends { id: string }>({
  testId,
  rowTestId,
  caption,
  columns,
  rows,
  selected,
  defaultOrder,
}: {
  testId: string;
  rowTestId: string;
  caption: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  selected: string | null;
  defaultOrder: string;
}) {
  const { t } = useI18n();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [sort, setSort] = useState<Sort | null>(null);
  const sorted = useMemo(() => sortRows(rows, columns, sort), [rows, columns, sort]);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual's instance is read in render, as documented
  const virtualizer = useVirtualizer({
    count: sorted.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    getItemKey: (i) => sorted[i]?.id ?? i,
  });

  // Selecting in the graph scrolls the row into view.
  const selectedIndex = selected ? sorted.findIndex((r) => r.id === selected) : -1;
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  const items = virtualizer.getVirtualItems();
  const paddingTop = items.length > 0 ? items[0].start : 0;
  const paddingBottom = items.length > 0 ? virtualizer.getTotalSize() - items[items.length - 1].end : 0;
  const toggle = (key: string) =>
    setSort((s) => (s?.key !== key ? { key, dir: 'ascending' } : s.dir === 'ascending' ? { key, dir: 'descending' } : null));

  return (
    <div className="table-scroll" ref={scrollRef} tabIndex={-1}>
      <Table className="data-table" data-testid={testId} aria-rowcount={sorted.length + 1}>
        <TableCaption>
          {caption} ({rows.length})
          <span className="visually-hidden"> {sort ? t('table.sortedBy', { column: columns.find((c) => c.key === sort.key)?.label ?? '', dir: t(`table.${sort.dir}`) }) : t('table.defaultOrder', { order: defaultOrder })}</span>
        </TableCaption>
        <TableHeader>
          <TableRow aria-rowindex={1}>
            {columns.map((c) => (
              <TableHeaderCell key={c.key} scope="col" aria-sort={sort?.key === c.key ? sort.dir : 'none'} className={c.className}>
                <button type="button" className="sort-button" data-testid={`table-sort-${c.key}`} onClick={() => toggle(c.key)}>
                  {c.label}
                  <span className="sort-mark" aria-hidden="true">
                    {sort?.key === c.key ? (sort.dir === 'ascending' ? '▲' : '▼') : '↕'}
                  </span>
                </button>
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {paddingTop > 0 && (
            <TableRow className="spacer-row" aria-hidden="true">
              <TableCell colSpan={columns.length} style={{ height: paddingTop }} />
            </TableRow>
          )}
          {items.map((v) => {
            const row = sorted[v.index];
            return (
              <TableRow
                key={v.key}
                ref={virtualizer.measureElement}
                data-index={v.index}
                data-id={row.id}
                data-testid={rowTestId}
                aria-rowindex={v.index + 2}
                aria-current={selected === row.id ? 'true' : undefined}
                className={selected === row.id ? 'selected' : undefined}
              >
                {columns.map((c) => (
                  <TableCell key={c.key} className={c.className}>
                    {c.cell(row)}
                  </TableCell>
                ))}
              </TableRow>
            );
          })}
          {paddingBottom > 0 && (
            <TableRow className="spacer-row" aria-hidden="true">
              <TableCell colSpan={columns.length} style={{ height: paddingBottom }} />
            </TableRow>
          )}
        </TableBody>
      </Table>
    </div>
  );
}

/**
 * The visible graph as two tables, for keyboard and screen-reader users and for reading lists.
 * Selecting a row selects the element in the graph; selecting in the graph marks and scrolls to the row.
 * Engagements also show their year, bureaus, themes and status (fetched for the engagements shown);
 * every column sorts, and long tables render only the rows near the viewport.
 */
export function TableView({
  graph,
  selected,
  onSelect,
}: {
  graph: VisibleGraph;
  selected: string | null;
  onSelect: (id: string) => void;
}) {
  const { t } = useI18n();
  const engagementIds = useMemo(() => graph.nodes.filter((n) => n.type === 'ENGAGEMENT').map((n) => n.id), [graph.nodes]);
  const facts = useEngagementFacts(engagementIds);
  const names = useMemo(() => new Map(graph.nodes.map((n) => [n.id, n.label])), [graph.nodes]);
  const nodes = useMemo(
    () => [...graph.nodes].sort((a, b) => a.type.localeCompare(b.type) || collator.compare(a.label, b.label)),
    [graph.nodes],
  );

  const rowButton = (id: string, label: ReactNode) => (
    <button type="button" className="row-button" onClick={() => onSelect(id)} aria-pressed={selected === id}>
      {label}
    </button>
  );

  const nodeColumns = useMemo<Column<GraphNode>[]>(() => {
    const joined = (list: readonly { name: string }[] | undefined) => (list && list.length > 0 ? list.map((x) => x.name).join(', ') : null);
    return [
      { key: 'name', label: t('table.name'), cell: (n) => rowButton(n.id, n.label), sortValue: (n) => n.label },
      {
        key: 'type',
        label: t('table.type'),
        className: 'type-cell',
        cell: (n) => (
          <>
            <TypeIcon type={n.type} size={12} /> {t(`type.${n.type}`)}
          </>
        ),
        sortValue: (n) => t(`type.${n.type}`),
      },
      { key: 'year', label: t('table.year'), className: 'num', cell: (n) => n.year ?? '', sortValue: (n) => n.year ?? null },
      { key: 'bureau', label: t('panel.consultancies'), cell: (n) => joined(facts.get(n.id)?.consultancies) ?? '', sortValue: (n) => joined(facts.get(n.id)?.consultancies) },
      { key: 'theme', label: t('panel.themes'), cell: (n) => joined(facts.get(n.id)?.themes) ?? '', sortValue: (n) => joined(facts.get(n.id)?.themes) },
      {
        key: 'status',
        label: t('panel.status'),
        cell: (n) => {
          const s = facts.get(n.id)?.status;
          return s ? <span className={`status status-${s.toLowerCase()}`}>{t(`status.${s}`)}</span> : '';
        },
        sortValue: (n) => {
          const s = facts.get(n.id)?.status;
          return s ? t(`status.${s}`) : null;
        },
      },
    ];
    // rowButton reads `selected`; the cells must follow it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [t, facts, selected, onSelect]);

  const edgeColumns = useMemo<Column<GraphEdge>[]>(
    () => [
      { key: 'from', label: t('panel.from'), cell: (e) => names.get(e.source) ?? e.source, sortValue: (e) => names.get(e.source) ?? e.source },
      { key: 'relation', label: t('table.relation'), cell: (e) => rowButton(e.id, describeRelation(t, e)), sortValue: (e) => describeRelation(t, e) },
      { key: 'to', label: t('panel.to'), cell: (e) => names.get(e.target) ?? e.target, sortValue: (e) => names.get(e.target) ?? e.target },
      { key: 'sources', label: t('table.sources'), className: 'num', cell: (e) => e.provenanceCount ?? '', sortValue: (e) => e.provenanceCount ?? null },
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, names, selected, onSelect],
  );

  return (
    <section className="table-view" aria-labelledby="table-view-heading" data-testid="table-view">
      <h2 id="table-view-heading" className="visually-hidden">
        {t('table.label')}
      </h2>
      {graph.nodes.length === 0 ? (
        <p className="muted">{t('table.empty')}</p>
      ) : (
        <div className="table-columns">
          <VirtualTable
            testId="table-nodes"
            rowTestId="table-row"
            caption={t('table.nodes')}
            columns={nodeColumns}
            rows={nodes}
            selected={selected}
            defaultOrder={t('table.byTypeAndName')}
          />
          <VirtualTable
            testId="table-edges"
            rowTestId="table-edge-row"
            caption={t('table.edges')}
            columns={edgeColumns}
            rows={graph.edges}
            selected={selected}
            defaultOrder={t('table.asFound')}
          />
        </div>
      )}
    </section>
  );
}
