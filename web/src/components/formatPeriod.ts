/** "2015 – 2016", "2013 –", or null when the source gives no dates. */
export function formatPeriod(start: string | null | undefined, end: string | null | undefined): string | null {
  if (!start && !end) return null;
  if (start && end) return start === end ? start : `${start} – ${end}`;
  return start ? `${start} –` : `– ${end}`;
}
