/**
 * The timeline's arithmetic, pure: partial dates as fractional years, spans packed into lanes, a
 * brushed range snapped to whole start years, and the period as the year filter's `from`/`to`.
 */

/** Where a partial date (`2016`, `2016-03`, `2016-03-15`) starts, in fractional years. */
export function dateStart(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return y + (m ? (m - 1) / 12 : 0) + (m && d ? (d - 1) / 365 : 0);
}

/** Where a partial date ends: the end of the year, the month or the day it names. */
export function dateEnd(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  if (!m) return y + 1;
  if (!d) return y + m / 12;
  return y + (m - 1) / 12 + d / 365;
}

/** How wide a span without an end is drawn (a marker at its start), in years. */
export const MARKER_YEARS = 0.4;

export interface SpanExtent {
  start: number;
  /** null: the source states no end (drawn as a marker at the start). */
  end: number | null;
}

export function spanExtent(s: { start: string; end?: string | null }): SpanExtent {
  const start = dateStart(s.start);
  return { start, end: s.end ? Math.max(start, dateEnd(s.end)) : null };
}

/** Each span's lane: the first lane whose last span ended before it starts (spans earliest first). */
export function packLanes(extents: readonly SpanExtent[]): { lanes: number[]; count: number } {
  const order = extents.map((_, i) => i).sort((a, b) => extents[a].start - extents[b].start);
  const laneEnds: number[] = [];
  const lanes = new Array<number>(extents.length).fill(0);
  for (const i of order) {
    const e = extents[i];
    const end = e.end ?? e.start + MARKER_YEARS;
    let lane = laneEnds.findIndex((last) => last <= e.start);
    if (lane < 0) lane = laneEnds.length;
    laneEnds[lane] = end;
    lanes[i] = lane;
  }
  return { lanes, count: Math.max(1, laneEnds.length) };
}

/**
 * A brushed range on the axis (fractional years; year Y covers [Y, Y+1)) as whole start years:
 * each edge to the nearest year boundary, at least one year, within [min, max].
 */
export function snapToYears(range: readonly [number, number], min: number, max: number): { from: number; to: number } {
  const clamp = (y: number) => Math.min(max, Math.max(min, y));
  const from = clamp(Math.round(range[0]));
  const to = clamp(Math.max(from, Math.round(range[1]) - 1));
  return { from, to };
}

/** The period as the year filter holds it: an end at the edge of the known years is no limit (null). */
export function periodToFilter(from: number, to: number, min: number, max: number): { from: number | null; to: number | null } {
  return { from: from <= min ? null : from, to: to >= max ? null : to };
}

/** A period moved (`shift`) or lengthened at its end (`resize`) by whole years, kept within [min, max]. */
export function movePeriod(
  period: { from: number; to: number },
  how: 'shift' | 'resize',
  by: number,
  min: number,
  max: number,
): { from: number; to: number } {
  if (how === 'resize') return { from: period.from, to: Math.min(max, Math.max(period.from, period.to + by)) };
  const length = period.to - period.from;
  const from = Math.min(max - length, Math.max(min, period.from + by));
  return { from, to: from + length };
}
