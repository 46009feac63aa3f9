import type { EntityRef, Relation } from '../../api/fragments';
import { EntityLink } from '../../components/EntityLink';
import { QuoteList } from '../../components/QuoteList';
import { RelationSentence } from '../../components/RelationSentence';
import { describeRelation } from '../../i18n/describeRelation';
import { useI18n } from '../../i18n/I18nProvider';
import './PathList.css';
import type { Path } from './pathsQuery';

/** The paths, each step by step: from, relation (with role), to, and the quote behind the step. */
export function PathList({
  paths,
  activeIndex,
  onActivate,
  onSelectEntity,
  onSelectRelation,
}: {
  paths: readonly Path[];
  activeIndex: number;
  onActivate: (i: number) => void;
  onSelectEntity: (e: EntityRef) => void;
  onSelectRelation: (r: Relation) => void;
}) {
  const { t } = useI18n();
  return (
    <ol className="path-list" data-testid="path-list">
      {paths.map((path, i) => (
        <li key={path.steps.map((s) => s.relation.id).join('>')} className={i === activeIndex ? 'path active' : 'path'} data-testid="path-item">
          <div className="path-header">
            <h3>{t('paths.path', { n: i + 1, length: path.length })}</h3>
            <button
              type="button"
              className={i === activeIndex ? 'button-primary small' : 'button-secondary small'}
              aria-pressed={i === activeIndex}
              data-testid="path-highlight"
              onClick={() => onActivate(i)}
            >
              {t('paths.show')}
            </button>
          </div>
          <ol className="path-steps">
            {path.steps.map((step, j) => (
              <li key={step.relation.id} className="path-step" data-testid="path-step">
                <span className="visually-hidden">{t('paths.step', { n: j + 1 })}: </span>
                <RelationSentence
                  from={<EntityLink entity={step.from} onSelect={onSelectEntity} />}
                  verb={
                    <button type="button" className="relation-verb button-link" onClick={() => onSelectRelation(step.relation)}>
                      {step.relation.from.id === step.from.id ? '→' : '←'} {describeRelation(t, step.relation)}
                    </button>
                  }
                  to={<EntityLink entity={step.to} onSelect={onSelectEntity} />}
                />
                <QuoteList provenance={step.relation.provenance.slice(0, 2)} />
              </li>
            ))}
          </ol>
        </li>
      ))}
    </ol>
  );
}
