import type { EngagementSummary, EntityRef } from '../../api/types';
import { useI18n } from '../../i18n/I18nProvider';
import { EntityLink } from './EntityLink';
import { formatPeriod } from './formatPeriod';

/** One engagement: title, period and status, client, consultancy and themes. */
export function EngagementItem({
  engagement,
  onSelect,
  role,
}: {
  engagement: EngagementSummary;
  onSelect: (e: EntityRef) => void;
  role?: string;
}) {
  const { t } = useI18n();
  const e = engagement;
  return (
    <article className="engagement-item" data-testid="engagement-item" data-entity-id={e.id}>
      <h4>
        <EntityLink entity={{ id: e.id, name: e.name, type: 'ENGAGEMENT' }} onSelect={onSelect} />
      </h4>
      <p className="engagement-meta">
        <span>{formatPeriod(e.start, e.end) ?? t('panel.periodUnknown')}</span>
        <span className={`status status-${e.status.toLowerCase()}`}>{t(`status.${e.status}`)}</span>
        {role && <span className="muted">{role}</span>}
      </p>
      <dl className="engagement-facts">
        {e.clients.length > 0 && (
          <>
            <dt>{t('panel.clients')}</dt>
            <dd>
              {e.clients.map((c) => (
                <EntityLink key={c.id} entity={c} onSelect={onSelect} />
              ))}
            </dd>
          </>
        )}
        {e.consultancies.length > 0 && (
          <>
            <dt>{t('panel.consultancies')}</dt>
            <dd>
              {e.consultancies.map((c) => (
                <EntityLink key={c.id} entity={c} onSelect={onSelect} />
              ))}
            </dd>
          </>
        )}
        {e.themes.length > 0 && (
          <>
            <dt>{t('panel.themes')}</dt>
            <dd>
              {e.themes.map((c) => (
                <EntityLink key={c.id} entity={c} onSelect={onSelect} />
              ))}
            </dd>
          </>
        )}
      </dl>
    </article>
  );
}
