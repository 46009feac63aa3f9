import { useI18n } from '../../i18n/I18nProvider';
import { scaleStep } from './mapGeometry';

/**
 * What the colours count — with the filters that apply, so a map coloured by one theme or bureau says
 * so — the classes of the scale, the hatch for "only via a region", and the outlines.
 */
export function MapLegend({
  breaks,
  counted,
  showViaRegion,
  showNoData,
  showOutlines,
}: {
  breaks: readonly number[];
  /** The filters in words ("thema jeugdzorg", "startjaar 2016–2020"). */
  counted: readonly string[];
  showViaRegion: boolean;
  showNoData: boolean;
  showOutlines: boolean;
}) {
  const { t, formatNumber } = useI18n();
  const classes = breaks.map((upper, i) => {
    const lower = i === 0 ? 1 : breaks[i - 1] + 1;
    return { step: scaleStep(i + 1, breaks.length), label: lower === upper ? formatNumber(upper) : `${formatNumber(lower)}–${formatNumber(upper)}` };
  });
  return (
    <div className="map-legend" data-testid="map-legend">
      <h3 className="map-legend-title" id="map-legend-title">
        {t('map.legendTitle')}
      </h3>
      <p className="map-counted" data-testid="map-counted">
        {[t('map.counted'), ...counted].join(' · ')}
      </p>
      <ul aria-labelledby="map-legend-title" className="map-legend-items">
        <li>
          <span className="map-swatch c0" aria-hidden="true" />
          {t('map.legendZero')}
        </li>
        {classes.map((c) => (
          <li key={c.step}>
            <span className={`map-swatch c${c.step}`} aria-hidden="true" />
            {c.label}
          </li>
        ))}
        {showViaRegion && (
          <li>
            <span className="map-swatch via-region" aria-hidden="true" />
            {t('map.legendViaRegion')}
          </li>
        )}
        {showNoData && (
          <li>
            <span className="map-swatch nodata" aria-hidden="true" />
            {t('map.legendNoData')}
          </li>
        )}
        {showOutlines && (
          <>
            <li>
              <span className="map-swatch outline-subject" aria-hidden="true" />
              {t('map.legendSubject')}
            </li>
            <li>
              <span className="map-swatch outline-comparable" aria-hidden="true">
                1
              </span>
              {t('map.legendComparable')}
            </li>
          </>
        )}
      </ul>
    </div>
  );
}
