import { Button } from '@utrecht/component-library-react';
import { useState } from 'react';
import type { EntityRef } from '../../api/fragments';
import type { ScoreFamily } from '../../api/generated/schema-enums';
import { EntityLink } from '../../components/EntityLink';
import { describeScorePart } from '../../i18n/describeScorePart';
import { useI18n } from '../../i18n/I18nProvider';
import { partColorToken, type Comparable, type ScorePart } from './comparableQuery';

/** Shared items named in a part's sentence before "+N meer". */
const SHOWN_ITEMS = 3;
const FAMILIES: readonly ScoreFamily[] = ['STRUCTURAL', 'EXPERIENCE'];

/** The ranked gemeenten, each a card: its CBS figures, its score in parts (for a memo), and what to do next. */
export function ComparableList({
  results,
  subjectName,
  openWith,
  onInterlock,
  onSelect,
  onOpen,
}: {
  results: readonly Comparable[];
  subjectName: string | null;
  openWith: string | null;
  onInterlock: (id: string) => void;
  onSelect: (e: EntityRef) => void;
  /** Open the gemeente in the graph, with its engagements in the detail panel. */
  onOpen: (e: EntityRef) => void;
}) {
  return (
    <ol className="comparable-list" data-testid="comparable-list">
      {results.map((r) => (
        <ComparableCard
          key={r.municipality.id}
          result={r}
          subjectName={subjectName}
          active={openWith === r.municipality.id}
          onInterlock={onInterlock}
          onSelect={onSelect}
          onOpen={onOpen}
        />
      ))}
    </ol>
  );
}

function ComparableCard({
  result: r,
  subjectName,
  active,
  onInterlock,
  onSelect,
  onOpen,
}: {
  result: Comparable;
  subjectName: string | null;
  active: boolean;
  onInterlock: (id: string) => void;
  onSelect: (e: EntityRef) => void;
  onOpen: (e: EntityRef) => void;
}) {
  const i18n = useI18n();
  const { t, formatNumber } = i18n;
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const fmt = (n: number) => formatNumber(n, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const m = r.municipality;
  const ref: EntityRef = { id: m.id, name: m.name, type: m.type };
  const families = FAMILIES.map((family) => ({ family, parts: r.explanation.filter((p) => p.family === family) })).filter((f) => f.parts.length > 0);

  const toggle = (kind: string) =>
    setExpanded((s) => {
      const next = new Set(s);
      if (next.has(kind)) next.delete(kind);
      else next.add(kind);
      return next;
    });

  const partLine = (p: ScorePart) => {
    const count = p.shared.length || p.sharedNames.length;
    const hidden = count - SHOWN_ITEMS;
    const open = expanded.has(p.kind);
    const sentence = describeScorePart(i18n, p, {
      candidateProvince: m.province,
      candidateCorop: m.corop?.name,
      subjectName,
      limit: open ? undefined : SHOWN_ITEMS,
    });
    return (
      <li key={p.kind} className={p.contribution > 0 ? '' : 'muted'} data-kind={p.kind}>
        <span className="swatch" style={{ background: `var(${partColorToken(p.kind)})` }} aria-hidden="true" />
        <span className="part-text">
          <span className="part-kind">{t(`part.${p.kind}`)}:</span>{' '}
          <span className="part-sentence" data-testid="part-sentence">
            {sentence}
          </span>
          {hidden > 0 && (
            <>
              {' '}
              <button type="button" className="button-link small more-items" aria-expanded={open} data-testid="part-more" onClick={() => toggle(p.kind)}>
                {open ? t('comparable.fewer') : t('comparable.more', { count: hidden })}
                <span className="visually-hidden"> ({t(`part.${p.kind}`)})</span>
              </button>
            </>
          )}
        </span>
        <span className="contribution">+{fmt(p.contribution)}</span>
      </li>
    );
  };

  return (
    <li className={active ? 'comparable active' : 'comparable'} data-testid="comparable-item" data-entity-id={m.id}>
      <div className="comparable-header">
        <span className="rank" aria-hidden="true">
          {r.rank}
        </span>
        <h3>
          <span className="visually-hidden">{r.rank}. </span>
          <EntityLink entity={ref} onSelect={onSelect} />
        </h3>
        <span className="score">{t('comparable.score', { score: fmt(r.score) })}</span>
      </div>
      {(m.population != null || m.density != null) && (
        <p className="cbs-figures" data-testid="comparable-cbs">
          {t('comparable.cbsFigures', {
            population: m.population != null ? formatNumber(m.population) : t('common.unknown'),
            density: m.density != null ? formatNumber(Math.round(m.density)) : t('common.unknown'),
          })}{' '}
          <span className="source-note">{t('panel.cbsSource')}</span>
        </p>
      )}
      {families.map(({ family, parts }) => (
        <div key={family} className="score-family" data-family={family}>
          <h4 className="family-heading">
            <span>{t(`family.${family}`)}</span>
            <span className="contribution">+{fmt(parts.reduce((sum, p) => sum + p.contribution, 0))}</span>
          </h4>
          <ul className="explanation" data-testid="comparable-explanation">
            {parts.map(partLine)}
          </ul>
        </div>
      ))}
      <div className="comparable-actions">
        <Button appearance="secondary-action-button" className="small" data-testid="comparable-open" onClick={() => onOpen(ref)}>
          {m.engagementCount > 0 ? t('comparable.openWithCount', { count: m.engagementCount }) : t('comparable.open')}
        </Button>
        <Button
          appearance={active ? 'primary-action-button' : 'secondary-action-button'}
          className="small"
          aria-pressed={active}
          data-testid="comparable-interlock"
          onClick={() => onInterlock(m.id)}
        >
          {t('comparable.interlock')}
        </Button>
      </div>
    </li>
  );
}
