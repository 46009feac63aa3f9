import { Fragment, type ReactNode } from 'react';
import type { EngagementSummary, EntityRef } from '../api/fragments';
import { useI18n } from '../i18n/I18nProvider';
import './EngagementItem.css';
import { EntityLink, EntityLinks } from './EntityLink';
import { formatPeriod } from './formatPeriod';

/** One engagement: title, period and status, client, consultancy and themes. */
export function EngagementItem({
  engagement: e,
  onSelect,
  role,
  note,
}: {
  engagement: EngagementSummary;
  onSelect: (e: EntityRef) => void;
  role?: string;
  /** Why it is listed here, when that is not plain (the client was a predecessor of this gemeente). */
  note?: string;
}) {
  const { t } = useI18n();
  const facts: [string, readonly EntityRef[]][] = [
    [t('panel.clients'), e.clients],
    [t('panel.consultancies'), e.consultancies],
    [t('panel.themes'), e.themes],
  ];
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
      {note && (
        <p className="engagement-note" data-testid="engagement-note">
          {note}
        </p>
      )}
      <dl className="engagement-facts">
        {facts
          .filter(([, list]) => list.length > 0)
          .map(([label, list]) => (
            <Fragment key={label}>
              <dt>{label}</dt>
              <dd>
                <EntityLinks entities={list} onSelect={onSelect} />
              </dd>
            </Fragment>
          ))}
      </dl>
    </article>
  );
}

/** Engagements one under the other. */
export function EngagementList({ children }: { children: ReactNode }) {
  return <div className="engagement-list">{children}</div>;
}
