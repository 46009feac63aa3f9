import type { I18n } from '../../i18n/I18nProvider';
import type { MunicipalityCount } from './mapQuery';

/** What the map says about a gemeente, on hover, on keyboard focus and in the table: CBS figures and engagements. */
export interface GemeenteFacts {
  datum: MunicipalityCount | undefined;
  rank: number | undefined;
  subject: boolean;
}

/** The engagements of a gemeente in words: "3 trajecten (+2 via regio)". */
function describeCount({ t, plural }: I18n, count: number, viaRegion: number): string {
  const own = plural('map.engagements', count);
  return viaRegion > 0 ? `${own} (${t('map.viaRegion', { count: viaRegion })})` : own;
}

/** The lines of a gemeente's tooltip (and its announcement): inhabitants, density, engagements, rank. */
export function gemeenteLines(i18n: I18n, { datum, rank, subject }: GemeenteFacts): string[] {
  const { t, formatNumber } = i18n;
  const m = datum?.municipality;
  const lines: string[] = [];
  if (subject) lines.push(t('map.subject'));
  if (rank !== undefined) lines.push(t('map.rank', { rank }));
  if (m?.population != null) lines.push(t('map.population', { value: formatNumber(m.population) }));
  if (m?.density != null) lines.push(t('map.density', { value: formatNumber(Math.round(m.density)) }));
  lines.push(datum ? describeCount(i18n, datum.count, datum.viaRegion) : t('map.legendNoData'));
  return lines;
}
