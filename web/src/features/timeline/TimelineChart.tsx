import { axisTop } from 'd3-axis';
import { brushX, type BrushBehavior, type D3BrushEvent } from 'd3-brush';
import { scaleLinear } from 'd3-scale';
import { select } from 'd3-selection';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { formatPeriod } from '../../components/formatPeriod';
import { useI18n } from '../../i18n/I18nProvider';
import { MARKER_YEARS, movePeriod, packLanes, snapToYears, spanExtent } from './timelineLayout';
import type { TimelineGroup, TimelineSpan } from './timelineQuery';

/** The drawing is as wide as its column (measured), in CSS pixels; before the first measurement this wide. */
const INITIAL_WIDTH = 560;
const MIN_WIDTH = 280;
/** The group names take at most this much of the width, and at most this many pixels. */
const LABEL_SHARE = 0.3;
const LABEL_MAX = 170;
/** The column on the right with each group's count of engagements of unknown period. */
const UNKNOWN_COLUMN = 56;
const RIGHT = 8;
const AXIS = 26;
/** A strip under the axis without bars: the place to drag a period across. */
const STRIP = 22;
const LANE = 9;
const BAR = 6;
/** A busy group's lanes share at most this height, each thinner (a big city has dozens of overlapping engagements). */
const MAX_LANES_HEIGHT = 60;
const ROW_PAD = 10;
/** About this many pixels per character of a group name (11 px text). */
const CHAR_WIDTH = 6.4;

export interface Period {
  from: number;
  to: number;
}

interface Row {
  group: TimelineGroup;
  y: number;
  height: number;
  /** Height of a lane and of a bar in it. */
  lane: number;
  bar: number;
  bars: { span: TimelineSpan; x0: number; x1: number | null; lane: number }[];
}

/** A group name cut with "…" to `chars` characters (the full name on hover and in the table). */
const truncate = (s: string, chars: number) => (s.length > chars ? `${s.slice(0, Math.max(1, chars - 1))}…` : s);

/**
 * Engagements as bars on a time axis (SVG, d3-scale and d3-axis), one row per group, overlapping
 * spans in lanes; a span without an end is a marker at its start. Dragging across the axis (d3-brush)
 * chooses a period of whole start years; with the chart focused the arrow keys move it (Shift: its
 * end), Delete clears it. Bars whose start lies outside the period are dimmed, as the graph hides them.
 */
export function TimelineChart({
  groups,
  min,
  max,
  period,
  selected,
  onPeriod,
  onSelect,
}: {
  groups: readonly TimelineGroup[];
  /** First and last year of the axis (inclusive). */
  min: number;
  max: number;
  period: Period | null;
  selected: string | null;
  onPeriod: (p: Period | null) => void;
  onSelect: (span: TimelineSpan) => void;
}) {
  const { t } = useI18n();
  const helpId = useId();
  const axisRef = useRef<SVGGElement>(null);
  const brushRef = useRef<SVGGElement>(null);
  const brush = useRef<BrushBehavior<unknown> | null>(null);
  const wrapRef = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(INITIAL_WIDTH);
  useEffect(() => {
    const el = wrapRef.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.max(MIN_WIDTH, Math.floor(entry.contentRect.width))));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  const labelWidth = Math.round(Math.min(LABEL_MAX, width * LABEL_SHARE));
  const plotRight = width - UNKNOWN_COLUMN - RIGHT;
  // The label's count (" 12") takes about four characters.
  const labelChars = Math.floor((labelWidth - 8) / CHAR_WIDTH) - 4;

  const x = useMemo(() => scaleLinear().domain([min, max + 1]).range([labelWidth, plotRight]), [min, max, labelWidth, plotRight]);
  const { rows, height } = useMemo(() => {
    let y = AXIS + STRIP;
    const out: Row[] = [];
    for (const group of groups) {
      const extents = group.spans.map(spanExtent);
      const { lanes, count } = packLanes(extents);
      const lane = Math.min(LANE, MAX_LANES_HEIGHT / count);
      const bar = Math.max(1.5, Math.min(BAR, lane - 1));
      // Room under the name for "+N niet getoond" when the group has more spans than shown.
      const rowHeight = Math.max(count * lane + ROW_PAD, group.spansLeftOut > 0 ? 30 : 0, 20);
      out.push({
        group,
        y,
        height: rowHeight,
        lane,
        bar,
        bars: group.spans.map((span, i) => ({ span, x0: x(extents[i].start), x1: extents[i].end === null ? null : x(extents[i].end), lane: lanes[i] })),
      });
      y += rowHeight;
    }
    return { rows: out, height: y + 4 };
  }, [groups, x]);

  // The axis: a tick per year (every other or fifth year when their labels would touch).
  useEffect(() => {
    if (!axisRef.current) return;
    const years = max - min + 1;
    const perYear = (plotRight - labelWidth) / years;
    const step = perYear >= 34 ? 1 : perYear >= 17 ? 2 : perYear >= 7 ? 5 : 10;
    const ticks = Array.from({ length: years + 1 }, (_, i) => min + i).filter((y) => (y - min) % step === 0 && y <= max);
    select(axisRef.current).call(
      axisTop(x)
        .tickValues(ticks)
        .tickFormat((y) => String(y))
        .tickSizeOuter(0),
    );
  }, [x, min, max, labelWidth, plotRight]);

  // The brush over the whole drawing (bars are drawn above it, so a click on a bar selects it).
  const onPeriodRef = useRef(onPeriod);
  useEffect(() => {
    onPeriodRef.current = onPeriod;
  }, [onPeriod]);
  useEffect(() => {
    if (!brushRef.current) return;
    const b = brushX<unknown>()
      .extent([
        [labelWidth, AXIS],
        [plotRight, height],
      ])
      .on('end', (event: D3BrushEvent<unknown>) => {
        // Only what the user did; moving the brush to the state (below) fires this too, without a sourceEvent.
        if (!event.sourceEvent) return;
        const sel = event.selection as [number, number] | null;
        onPeriodRef.current(sel ? snapToYears([x.invert(sel[0]), x.invert(sel[1])], min, max) : null);
      });
    brush.current = b;
    const g = select(brushRef.current);
    g.call(b);
    return () => {
      g.on('.brush', null);
    };
  }, [x, height, min, max, labelWidth, plotRight]);

  // One state: the brush shows the period, wherever it was set (here, the year filter, a link).
  useEffect(() => {
    if (!brushRef.current || !brush.current) return;
    const g = select(brushRef.current);
    brush.current.move(g, period ? [x(period.from), x(period.to + 1)] : null);
  }, [period, x, height]);

  const onKeyDown = (e: KeyboardEvent<SVGSVGElement>) => {
    if (e.key === 'Delete' || e.key === 'Backspace' || e.key === 'Escape') {
      if (period) {
        e.preventDefault();
        onPeriod(null);
      }
      return;
    }
    const by = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!by) return;
    e.preventDefault();
    // Without a period the arrows start one: the whole axis, then narrowed or moved.
    const current = period ?? { from: min, to: max };
    onPeriod(movePeriod(current, e.shiftKey ? 'resize' : 'shift', by, min, max));
  };

  const inPeriod = (s: TimelineSpan) => !period || (s.startYear >= period.from && s.startYear <= period.to);

  return (
    <div className="timeline-chart" ref={wrapRef}>
      <p id={helpId} className="visually-hidden">
        {t('timeline.brush')}
      </p>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width={width}
        height={height}
        role="group"
        tabIndex={0}
        aria-label={t('timeline.chartLabel', { groups: groups.length, min, max })}
        aria-describedby={helpId}
        data-testid="timeline-chart"
        data-min={min}
        data-max={max}
        data-plot={`${labelWidth},${plotRight},${AXIS + STRIP / 2}`}
        onKeyDown={onKeyDown}
      >
        <g className="timeline-axis" ref={axisRef} transform={`translate(0, ${AXIS - 2})`} aria-hidden="true" />
        <g className="timeline-grid" aria-hidden="true">
          {Array.from({ length: max - min + 2 }, (_, i) => min + i).map((y) => (
            <line key={y} x1={x(y)} x2={x(y)} y1={AXIS} y2={height} />
          ))}
        </g>
        <rect className="timeline-strip" x={labelWidth} y={AXIS} width={plotRight - labelWidth} height={STRIP} aria-hidden="true" />
        <text className="timeline-unknown-heading" x={width - RIGHT} y={AXIS - 8} textAnchor="end" aria-hidden="true">
          {t('timeline.unknownColumn')}
        </text>
        <g className="timeline-brush" ref={brushRef} data-testid="timeline-brush" />
        {rows.map((row) => (
          <g key={row.group.entity.id} className="timeline-row" data-testid="timeline-row" data-group={row.group.entity.id}>
            <line className="timeline-row-rule" x1={0} x2={width - RIGHT} y1={row.y} y2={row.y} aria-hidden="true" />
            <text className="timeline-label" x={4} y={row.y + 13}>
              <title>{t('timeline.groupLabel', { name: row.group.entity.name, count: row.group.engagementCount })}</title>
              {truncate(row.group.entity.name, labelChars)}
              <tspan className="timeline-label-count"> {row.group.engagementCount}</tspan>
            </text>
            <text className="timeline-unknown-count" x={width - RIGHT} y={row.y + 13} textAnchor="end">
              {row.group.unknownPeriodCount > 0 ? row.group.unknownPeriodCount : ''}
            </text>
            {row.group.spansLeftOut > 0 && (
              <text className="timeline-label-more" x={4} y={row.y + 25}>
                {t('timeline.spansLeftOut', { count: row.group.spansLeftOut })}
              </text>
            )}
            {row.bars.map(({ span, x0, x1, lane }) => {
              const y = row.y + ROW_PAD / 2 + lane * row.lane;
              const h = row.bar;
              const className = ['timeline-bar', !inPeriod(span) && 'outside', selected === span.id && 'selected'].filter(Boolean).join(' ');
              const title = `${span.name}: ${formatPeriod(span.start, span.end) ?? ''}`;
              return x1 === null ? (
                <g key={span.id} className={className} data-testid="timeline-bar" data-id={span.id} onClick={() => onSelect(span)}>
                  <title>{title}</title>
                  <rect x={x0} y={y} width={Math.max(4, x(min + MARKER_YEARS) - x(min))} height={h} className="timeline-open-end" />
                  <circle cx={x0 + h / 2} cy={y + h / 2} r={h / 2 + 0.5} />
                </g>
              ) : (
                <rect
                  key={span.id}
                  className={className}
                  data-testid="timeline-bar"
                  data-id={span.id}
                  x={x0}
                  y={y}
                  width={Math.max(3, x1 - x0)}
                  height={h}
                  rx={2}
                  onClick={() => onSelect(span)}
                >
                  <title>{title}</title>
                </rect>
              );
            })}
          </g>
        ))}
      </svg>
    </div>
  );
}
