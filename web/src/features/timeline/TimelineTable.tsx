import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import type { Period } from './TimelineChart';
import type { TimelineGroup, TimelineSpan } from './timelineQuery';

/** Estimated row height (one line); rows that wrap are measured as they render. */
const ROW_HEIGHT = 32;

type Row =
  | { key: string; group: TimelineGroup; span: TimelineSpan; unknown?: undefined }
  | { key: string; group: TimelineGroup; span?: undefined; unknown: number };

/**
 * The table equivalent of the timeline: per group its engagements with start and end (as the source
 * states them), whether each lies in the chosen period, and a row for the engagements without a
 * period. Only the rows in and near the viewport are in the DOM (TanStack Virtual).
 */
export function TimelineTable({
  groups,
  period,
  selected,
  onSelect,
}: {
  groups: readonly TimelineGroup[];
  period: Period | null;
  selected: string | null;
  onSelect: (span: TimelineSpan) => void;
}) {
  const { t, plural } = useI18n();
  const scrollRef = useRef<HTMLDivElement>(null);
  const rows = useMemo(
    () =>
      groups.flatMap((group): Row[] => [
        ...group.spans.map((span) => ({ key: `${group.entity.id}/${span.id}`, group, span })),
        ...(group.unknownPeriodCount > 0 ? [{ key: `${group.entity.id}/?`, group, unknown: group.unknownPeriodCount }] : []),
      ]),
    [groups],
  );
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual's instance is read in render, as documented
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    getItemKey: (i) => rows[i]?.key ?? i,
  });
  const items = virtualizer.getVirtualItems();
  const paddingTop = items.length > 0 ? items[0].start : 0;
  const paddingBottom = items.length > 0 ? virtualizer.getTotalSize() - items[items.length - 1].end : 0;
  const inPeriod = (s: TimelineSpan) => !period || (s.startYear >= period.from && s.startYear <= period.to);

  return (
    <div className="timeline-table-scroll" ref={scrollRef} tabIndex={-1}>
      <table className="data-table timeline-table" data-testid="timeline-table" aria-rowcount={rows.length + 1}>
        <caption>
          {t('timeline.table')} ({rows.length})
        </caption>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">{t('timeline.col.group')}</th>
            <th scope="col">{t('timeline.col.engagement')}</th>
            <th scope="col">{t('timeline.col.start')}</th>
            <th scope="col">{t('timeline.col.end')}</th>
            {period && <th scope="col">{t('timeline.col.inPeriod')}</th>}
          </tr>
        </thead>
        <tbody>
          {paddingTop > 0 && (
            <tr aria-hidden="true">
              <td style={{ height: paddingTop, padding: 0, border: 0 }} colSpan={period ? 5 : 4} />
            </tr>
          )}
          {items.map((item) => {
            const row = rows[item.index];
            return (
              <tr
                key={item.key}
                ref={virtualizer.measureElement}
                data-index={item.index}
                aria-rowindex={item.index + 2}
                data-testid="timeline-table-row"
                className={[row.span && !inPeriod(row.span) && 'outside', row.span && selected === row.span.id && 'selected'].filter(Boolean).join(' ') || undefined}
              >
                <td>{row.group.entity.name}</td>
                {row.span ? (
                  <>
                    <td>
                      <button type="button" className="button-link" data-testid="timeline-select" onClick={() => onSelect(row.span)}>
                        {row.span.name}
                      </button>
                    </td>
                    <td>{row.span.start}</td>
                    <td>{row.span.end ?? <span className="muted">{t('timeline.noEnd')}</span>}</td>
                    {period && <td>{inPeriod(row.span) ? t('timeline.yes') : t('timeline.no')}</td>}
                  </>
                ) : (
                  <>
                    <td data-testid="timeline-table-unknown">{plural('timeline.unknownRow', row.unknown)}</td>
                    <td>{t('timeline.unknownCell')}</td>
                    <td>{t('timeline.unknownCell')}</td>
                    {period && <td>{t('timeline.no')}</td>}
                  </>
                )}
              </tr>
            );
          })}
          {paddingBottom > 0 && (
            <tr aria-hidden="true">
              <td style={{ height: paddingBottom, padding: 0, border: 0 }} colSpan={period ? 5 : 4} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
