import { Button, Checkbox, FormLabel, Select, SelectOption } from '@utrecht/component-library-react';
import type { EntityRef, Relation } from '../../api/fragments';
import { EntityCombobox } from '../../components/EntityCombobox';
import { InlineError } from '../../components/InlineError';
import { ShowQuery } from '../../components/ShowQuery';
import { useEntityRefs } from '../../components/useEntityRefs';
import { useI18n } from '../../i18n/I18nProvider';
import { PathList } from './PathList';
import { usePathsQuery } from './pathsQuery';

/**
 * Paths between two entities: pick both, and the best paths (ranked by the server: shorter first,
 * then better evidenced) are listed with the quote for every step; the chosen one is highlighted in
 * the graph (App reads the same query). By default a path runs only through people, organisations,
 * bureaus and engagements; a checkbox lets it run through themes and CBS regions too.
 */
export function PathsView({
  from,
  to,
  maxLength,
  viaAll,
  activeIndex,
  onChange,
  onSelectEntity,
  onSelectRelation,
}: {
  from: string | null;
  to: string | null;
  maxLength: number;
  viaAll: boolean;
  activeIndex: number;
  onChange: (p: { pathFrom?: string | null; pathTo?: string | null; pathMax?: number; pathVia?: boolean; pathIndex?: number }) => void;
  onSelectEntity: (e: EntityRef) => void;
  onSelectRelation: (r: Relation) => void;
}) {
  const { t } = useI18n();
  const { refs } = useEntityRefs([from, to]);
  const q = usePathsQuery({ from, to, maxLength, viaAll });
  const paths = q.data?.paths ?? [];

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
      <div className="form-row path-via">
        <Checkbox id="path-via" checked={viaAll} onChange={(e) => onChange({ pathVia: e.target.checked, pathIndex: 0 })} data-testid="path-via" />
        <FormLabel htmlFor="path-via" type="checkbox">
          {t('paths.viaAll')}
        </FormLabel>
      </div>
      {q.loading && <p className="muted">{t('loading')}</p>}
      <InlineError error={q.error} onRetry={q.retry} />
      {q.isCurrent && paths.length === 0 && (
        <p data-testid="paths-none">{t(viaAll ? 'paths.none' : 'paths.noneDirect', { max: maxLength })}</p>
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
