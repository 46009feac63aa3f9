import { Button, FormLabel, Select, SelectOption } from '@utrecht/component-library-react';
import { useEffect } from 'react';
import type { EntityRef, Relation } from '../../api/fragments';
import { useGraphQLQuery } from '../../api/useGraphQLQuery';
import { EntityCombobox } from '../../components/EntityCombobox';
import { InlineError } from '../../components/InlineError';
import { ShowQuery } from '../../components/ShowQuery';
import { useEntityRefs } from '../../components/useEntityRefs';
import { useI18n } from '../../i18n/I18nProvider';
import { PathList } from './PathList';
import { MAX_PATHS, PATHS_QUERY, type Path } from './pathsQuery';

/**
 * Paths between two entities: pick both, and the shortest paths are listed with the quote for every step
 * and the chosen one is highlighted in the graph.
 */
export function PathsView({
  from,
  to,
  maxLength,
  activeIndex,
  onChange,
  onShowPath,
  onSelectEntity,
  onSelectRelation,
}: {
  from: string | null;
  to: string | null;
  maxLength: number;
  activeIndex: number;
  onChange: (p: { pathFrom?: string | null; pathTo?: string | null; pathMax?: number; pathIndex?: number }) => void;
  onShowPath: (path: Path | null) => void;
  onSelectEntity: (e: EntityRef) => void;
  onSelectRelation: (r: Relation) => void;
}) {
  const { t } = useI18n();
  const { refs } = useEntityRefs([from, to]);
  const q = useGraphQLQuery(PATHS_QUERY, from && to && from !== to ? { from, to, maxLength, first: MAX_PATHS } : null);
  const paths = q.data?.paths ?? [];
  const active = paths[activeIndex] ?? null;

  useEffect(() => {
    onShowPath(active);
  }, [active, onShowPath]);

  return (
    <div className="view paths-view" data-testid="paths-view">
      <p className="intro">{t('paths.intro')}</p>
      <EntityCombobox
        label={t('paths.from')}
        value={from ? (refs.get(from) ?? { id: from, name: from, type: 'ORGANIZATION' }) : null}
        onChoose={(e) => onChange({ pathFrom: e.id, pathIndex: 0 })}
        testId="path-from"
      />
      <EntityCombobox
        label={t('paths.to')}
        value={to ? (refs.get(to) ?? { id: to, name: to, type: 'ORGANIZATION' }) : null}
        onChoose={(e) => onChange({ pathTo: e.id, pathIndex: 0 })}
        testId="path-to"
      />
      <div className="form-row">
        <FormLabel className="field-label" htmlFor="path-max">
          {t('paths.maxLength')}
        </FormLabel>
        <Select id="path-max" value={maxLength} onChange={(e) => onChange({ pathMax: Number(e.target.value), pathIndex: 0 })}>
          {[1, 2, 3, 4, 5, 6].map((n) => (
            <SelectOption key={n} value={String(n)}>
              {n}
            </SelectOption>
          ))}
        </Select>
        <Button
          appearance="secondary-action-button"
          className="small"
          disabled={!from && !to}
          onClick={() => onChange({ pathFrom: to, pathTo: from, pathIndex: 0 })}
        >
          {t('paths.swap')}
        </Button>
      </div>
      {q.loading && <p className="muted">{t('loading')}</p>}
      <InlineError error={q.error} onRetry={q.retry} />
      {q.isCurrent && paths.length === 0 && (
        <p data-testid="paths-none">{t('paths.none', { max: maxLength })}</p>
      )}
      {paths.length > 0 && (
        <PathList
          paths={paths}
          activeIndex={activeIndex}
          onActivate={(i) => onChange({ pathIndex: i })}
          onSelectEntity={onSelectEntity}
          onSelectRelation={onSelectRelation}
        />
      )}
      <ShowQuery request={q.request} />
    </div>
  );
}
