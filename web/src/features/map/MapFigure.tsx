import type { ApiError } from '../../api/ApiError';
import { InlineError } from '../../components/InlineError';
import { useI18n } from '../../i18n/I18nProvider';
import { GemeenteMap, type GemeenteMapProps } from './GemeenteMap';
import type { useMapGeometry } from './useMapGeometry';

/**
 * The map as a figure: the boundaries' and the counts' errors with a retry, the choropleth once the
 * boundaries are there (a loading line before), and the CBS/PDOK attribution. The map view and the
 * start page show it with their own counts.
 */
export function MapFigure({
  geometry,
  counts,
  ...map
}: Omit<GemeenteMapProps, 'geometry' | 'loading'> & {
  geometry: ReturnType<typeof useMapGeometry>;
  counts: { error: ApiError | null; loading: boolean; retry: () => void };
}) {
  const { t } = useI18n();
  return (
    <figure className="map-figure">
      <InlineError error={geometry.error} onRetry={() => void geometry.refetch()} />
      <InlineError error={counts.error} onRetry={counts.retry} />
      {geometry.data ? <GemeenteMap geometry={geometry.data} loading={counts.loading} {...map} /> : !geometry.error && <p className="muted map-loading">{t('loading')}</p>}
      <figcaption className="map-attribution" data-testid="map-attribution">
        {t('map.attribution')}
      </figcaption>
    </figure>
  );
}
