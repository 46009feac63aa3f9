import type { EntityRef } from '../../api/fragments';
import { EngagementItem, EngagementList } from '../../components/EngagementItem';
import { useI18n, type I18n } from '../../i18n/I18nProvider';
import type { Attributed, Attribution } from './entityQuery';

/** "via regio Drechtsteden (Sociale Dienst Drechtsteden)": the way an engagement counts for the entity, in words. */
export function describeVia(a: Pick<Attributed, 'via' | 'through'>, { t }: Pick<I18n, 't'>): string {
  const [first, second] = a.through;
  if (a.via === 'REGION' && first) {
    return second ? t('panel.viaRegionOrganization', { region: first.name, organization: second.name }) : t('panel.viaRegion', { region: first.name });
  }
  if (a.via === 'MEMBER_ORGANIZATION' && first) return t('panel.viaMemberOrganization', { name: first.name });
  if (a.via === 'PREDECESSOR' && first) return t('panel.engagementViaPredecessor', { name: first.name });
  return '';
}

/** The line under the engagements' heading: how many count, and by which way (only the ways that give some). */
export function AttributionLine({ attribution }: { attribution: Attribution }) {
  const i18n = useI18n();
  const { t } = i18n;
  const parts = [
    [attribution.own, 'panel.attributionOwn'],
    [attribution.viaPredecessor, 'panel.attributionPredecessor'],
    [attribution.viaMemberOrganization, 'panel.attributionMemberOrganization'],
    [attribution.viaRegion, 'panel.attributionRegion'],
  ] as const;
  const shown = parts.filter(([n]) => n > 0);
  // Only own engagements (or none): the heading says it all.
  if (shown.length === 0 || (shown.length === 1 && shown[0][1] === 'panel.attributionOwn')) return null;
  return (
    <p className="muted small" data-testid="panel-attribution">
      {t('panel.attributionCounted', { parts: i18n.formatList(shown.map(([n, key]) => t(key, { count: n }))) })}
    </p>
  );
}

/**
 * The engagements that count for the entity through others — an organisation part of it, a region
 * it is a member of — grouped by that way ("Via regio Drechtsteden (Sociale Dienst Drechtsteden)"),
 * as the map and the comparison count them.
 */
export function AttributedEngagements({ items, onSelect }: { items: readonly Attributed[]; onSelect: (e: EntityRef) => void }) {
  const i18n = useI18n();
  if (items.length === 0) return null;
  const groups = new Map<string, Attributed[]>();
  for (const a of items) {
    const key = describeVia(a, i18n);
    groups.set(key, [...(groups.get(key) ?? []), a]);
  }
  return (
    <div className="attributed-engagements" data-testid="attributed-engagements">
      {[...groups].map(([via, list]) => (
        <section key={via} aria-label={via}>
          <h4 className="attributed-via" data-testid="attributed-via">
            {via.charAt(0).toUpperCase() + via.slice(1)}
          </h4>
          <EngagementList>
            {list.map((a) => (
              <EngagementItem key={a.engagement.id} engagement={a.engagement} onSelect={onSelect} />
            ))}
          </EngagementList>
        </section>
      ))}
    </div>
  );
}
