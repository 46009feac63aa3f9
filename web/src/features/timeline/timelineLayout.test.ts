import { describe, expect, it } from 'vitest';
import { dateEnd, dateStart, movePeriod, packLanes, periodToFilter, snapToYears, spanExtent } from './timelineLayout';

describe('the timeline arithmetic', () => {
  it('reads partial dates as the start and the end of what they name', () => {
    expect(dateStart('2016')).toBe(2016);
    expect(dateEnd('2016')).toBe(2017);
    expect(dateStart('2016-07')).toBe(2016.5);
    expect(dateEnd('2016-06')).toBe(2016.5);
    expect(dateStart('2016-01-01')).toBe(2016);
    expect(dateEnd('2016-01-01')).toBeCloseTo(2016 + 1 / 365);
    expect(spanExtent({ start: '2020-05-01', end: '2021-12' })).toEqual({ start: dateStart('2020-05-01'), end: 2022 });
    expect(spanExtent({ start: '2021', end: null })).toEqual({ start: 2021, end: null });
    // An end before the start (a source's slip) does not draw backwards.
    expect(spanExtent({ start: '2018', end: '2017' }).end).toBe(2018);
  });

  it('packs overlapping spans into separate lanes and the others into one', () => {
    const { lanes, count } = packLanes([
      { start: 2012, end: 2014 },
      { start: 2013, end: 2015 },
      { start: 2014, end: 2016 },
      { start: 2016, end: null },
    ]);
    expect(lanes).toEqual([0, 1, 0, 0]);
    expect(count).toBe(2);
    expect(packLanes([]).count).toBe(1);
  });

  it('snaps a brushed range to whole start years within the known years', () => {
    expect(snapToYears([2014.2, 2017.8], 2010, 2022)).toEqual({ from: 2014, to: 2017 });
    expect(snapToYears([2014.6, 2014.7], 2010, 2022)).toEqual({ from: 2015, to: 2015 });
    expect(snapToYears([2001, 2040], 2010, 2022)).toEqual({ from: 2010, to: 2022 });
  });

  it('leaves an end at the edge of the known years open, as the period filter does', () => {
    expect(periodToFilter(2010, 2022, 2010, 2022)).toEqual({ from: null, to: null });
    expect(periodToFilter(2012, 2022, 2010, 2022)).toEqual({ from: 2012, to: null });
    expect(periodToFilter(2012, 2015, 2010, 2022)).toEqual({ from: 2012, to: 2015 });
  });

  it('moves and resizes a period by whole years, within the known years', () => {
    expect(movePeriod({ from: 2012, to: 2014 }, 'shift', 1, 2010, 2022)).toEqual({ from: 2013, to: 2015 });
    expect(movePeriod({ from: 2020, to: 2022 }, 'shift', 1, 2010, 2022)).toEqual({ from: 2020, to: 2022 });
    expect(movePeriod({ from: 2012, to: 2014 }, 'resize', -1, 2010, 2022)).toEqual({ from: 2012, to: 2013 });
    expect(movePeriod({ from: 2012, to: 2012 }, 'resize', -1, 2010, 2022)).toEqual({ from: 2012, to: 2012 });
  });
});
