import { useVirtualizer } from '@tanstack/react-virtual';
import { Fragment, useEffect, useRef, type ReactNode } from 'react';
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

/** Estimated height of an engagement card; each card is measured as it renders. */
const CARD_HEIGHT = 120;

/**
 * A long list of engagements in its own scroll area, with only the cards in and near view in the
 * DOM (TanStack Virtual). `onNearEnd` is called when the last cards come into view, to load the
 * next page where the list is paged.
 */
export function VirtualEngagementList<T extends { id: string }>({
  items,
  label,
  renderItem,
  onNearEnd,
}: {
  items: readonly T[];
  label: string;
  renderItem: (item: T) => ReactNode;
  onNearEnd?: () => void;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual's instance is read in render, as documented
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => CARD_HEIGHT,
    overscan: 4,
    getItemKey: (i) => items[i]?.id ?? i,
  });
  const virtualItems = virtualizer.getVirtualItems();
  const lastIndex = virtualItems.length > 0 ? virtualItems[virtualItems.length - 1].index : -1;
  useEffect(() => {
    if (onNearEnd && lastIndex >= items.length - 3) onNearEnd();
  }, [lastIndex, items.length, onNearEnd]);

  return (
    <div ref={scrollRef} className="engagement-scroll" tabIndex={0} role="region" aria-label={label} data-testid="engagement-scroll">
      <div className="engagement-scroll-inner" style={{ height: virtualizer.getTotalSize() }}>
        {virtualItems.map((v) => (
          <div key={v.key} ref={virtualizer.measureElement} data-index={v.index} className="engagement-slot" style={{ transform: `translateY(${v.start}px)` }}>
            {renderItem(items[v.index])}
          </div>
        ))}
      </div>
    </div>
  );
}
