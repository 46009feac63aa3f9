import type { EntityRef } from '../../api/fragments';
import { EntityLink } from '../../components/EntityLink';
import { describeScorePart } from '../../i18n/describeScorePart';
import { useI18n } from '../../i18n/I18nProvider';
import { partColorToken, type Comparable } from './comparableQuery';

/** The ranked gemeenten, each with the parts of its score in words (for a memo) and their weight. */
export function ComparableList({
  results,
  openWith,
  onInterlock,
  onSelect,
}: {
  results: readonly Comparable[];
  openWith: string | null;
  onInterlock: (id: string) => void;
  onSelect: (e: EntityRef) => void;
}) {
  const i18n = useI18n();
  const { t, formatNumber } = i18n;
  const fmt = (n: number) => formatNumber(n, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return (
    <ol className="comparable-list" data-testid="comparable-list">
      {results.map((r) => (
        <li key={r.municipality.id} className={openWith === r.municipality.id ? 'comparable active' : 'comparable'} data-testid="comparable-item" data-entity-id={r.municipality.id}>
          <div className="comparable-header">
            <span className="rank" aria-hidden="true">
              {r.rank}
            </span>
            <h3>
              <span className="visually-hidden">{r.rank}. </span>
              <EntityLink entity={r.municipality} onSelect={onSelect} />
            </h3>
            <span className="score">{t('comparable.score', { score: fmt(r.score) })}</span>
          </div>
          <ul className="explanation" data-testid="comparable-explanation">
            {r.explanation.map((p) => (
              <li key={p.kind} className={p.contribution > 0 ? '' : 'muted'} data-kind={p.kind}>
                <span className="swatch" style={{ background: `var(${partColorToken(p.kind)})` }} aria-hidden="true" />
                <span className="part-text">
                  <span className="part-kind">{t(`part.${p.kind}`)}:</span>{' '}
                  <span className="part-sentence" data-testid="part-sentence">
                    {describeScorePart(i18n, p, { candidateProvince: r.municipality.province })}
                  </span>
                </span>
                <span className="contribution">+{fmt(p.contribution)}</span>
              </li>
            ))}
          </ul>
          <button
            type="button"
            className={openWith === r.municipality.id ? 'button-primary small' : 'button-secondary small'}
            aria-pressed={openWith === r.municipality.id}
            data-testid="comparable-interlock"
            onClick={() => onInterlock(r.municipality.id)}
          >
            {t('comparable.interlock')}
          </button>
        </li>
      ))}
    </ol>
  );
}
