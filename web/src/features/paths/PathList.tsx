import { Button, Heading3 } from '@utrecht/component-library-react';
import type { EntityRef, Relation } from '../../api/fragments';
import { EntityLink } from '../../components/EntityLink';
import { QuoteList } from '../../components/QuoteList';
import { RelationSentence } from '../../components/RelationSentence';
import { describeRelation } from '../../i18n/describeRelation';
import { useI18n, type Translate } from '../../i18n/I18nProvider';
import './PathList.css';
import type { Path } from './pathsQuery';

/**
 * The themes a path runs through when it has no engagement on it: the two ends share a theme (they
 * face it, or had engagements about it), not a trajectory. Empty for any other path.
 */
function themesOnlyPath(path: Path): string[] {
  const inner = path.nodes.slice(1, -1);
  if (path.nodes.some((n) => n.type === 'ENGAGEMENT')) return [];
  return inner.filter((n) => n.type === 'THEME').map((n) => n.name);
}

/**
 * The paths, each step by step in reading order — every step a sentence from the relationship's own
 * subject ("Den Helder werkt aan thema organisatieontwikkeling"), whichever way the path runs — with
 * the quote behind it; a path that connects only through themes says so in one line first.
 */
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
  const { t, plural, formatList } = useI18n();
  return (
    <ol className="path-list" data-testid="path-list">
      {paths.map((path, i) => (
        <li key={path.steps.map((s) => s.relation.id).join('>')} className={i === activeIndex ? 'path active' : 'path'} data-testid="path-item">
          <div className="path-header">
            <Heading3>{plural('paths.path', path.length, { n: i + 1 })}</Heading3>
            <Button
              appearance={i === activeIndex ? 'primary-action-button' : 'secondary-action-button'}
              className="small"
              aria-pressed={i === activeIndex}
              data-testid="path-highlight"
              onClick={() => onActivate(i)}
            >
              {t('paths.show')}
            </Button>
          </div>
          <ThemeOnlyLine themes={themesOnlyPath(path)} t={t} formatList={formatList} />
          <ol className="path-steps">
            {path.steps.map((step, j) => (
              <li key={step.relation.id} className="path-step" data-testid="path-step">
                <span className="visually-hidden">{t('paths.step', { n: j + 1 })}: </span>
                <RelationSentence
                  from={<EntityLink entity={step.relation.from} onSelect={onSelectEntity} />}
                  verb={
                    <button type="button" className="relation-verb button-link" onClick={() => onSelectRelation(step.relation)}>
                      {describeRelation(t, step.relation)}
                    </button>
                  }
                  to={<EntityLink entity={step.relation.to} onSelect={onSelectEntity} />}
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

function ThemeOnlyLine({ themes, t, formatList }: { themes: string[]; t: Translate; formatList: (items: readonly string[]) => string }) {
  if (themes.length === 0) return null;
  return (
    <p className="path-summary" data-testid="path-summary">
      {themes.length === 1 ? t('paths.viaTheme', { theme: themes[0] }) : t('paths.viaThemes', { themes: formatList(themes) })}
    </p>
  );
}
