import { Heading3 } from '@utrecht/component-library-react';
import type { EngagementSummary, EntityRef } from '../../api/fragments';
import { useGraphQLQuery } from '../../api/useGraphQLQuery';
import { EngagementItem, EngagementList } from '../../components/EngagementItem';
import { EntityLink } from '../../components/EntityLink';
import { InlineError } from '../../components/InlineError';
import { useI18n } from '../../i18n/I18nProvider';
import { useCuratorToken } from '../intake/curatorToken';
import { describeVia } from './AttributedEngagements';
import type { Attributed } from './entityQuery';
import { EMPTY_MUNICIPALITY_QUERY } from './emptyQuery';

/** How far down the comparison's ranking to look for gemeenten with engagements, and how many to show. */
const RANKED = 100;
const SHOWN = 3;

/** "thema's: …; bureaus: …" of some engagements, each name once. */
function whatTheyDid(list: readonly EngagementSummary[]): { themes: string[]; consultancies: string[] } {
  const names = (pick: (e: EngagementSummary) => readonly EntityRef[]) => [...new Set(list.flatMap((e) => pick(e).map((x) => x.name)))];
  return { themes: names((e) => e.themes), consultancies: names((e) => e.consultancies) };
}

/** The address of article intake ("Nieuw artikel") from here: the current link with `intake=new`. */
function intakeHref(): string {
  const params = new URLSearchParams(window.location.search);
  params.set('intake', 'new');
  return `?${params.toString()}`;
}

/**
 * The panel of a gemeente that no engagement counts for (not its own, a predecessor's, an
 * organisation's or a region's): it says so plainly, and shows what the graph does hold — its most
 * comparable gemeenten that have engagements and what they did, the nearest engagements in its
 * COROP region (else veiligheidsregio, else provincie) — and, for a signed-in curator, the way to add
 * an article.
 */
export function EmptyMunicipality({ entity, onSelect }: { entity: EntityRef; onSelect: (e: EntityRef) => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const curator = useCuratorToken() !== null;
  const q = useGraphQLQuery(EMPTY_MUNICIPALITY_QUERY, { id: entity.id, first: RANKED });
  const comparable = (q.data?.comparableMunicipalities.results ?? []).filter((r) => r.municipality.engagementAttribution.total > 0).slice(0, SHOWN);
  // nearbyEngagements is left out until its query error (tests/api/engagementAttribution.test.ts) is fixed.
  const nearby = null as null | { scope: 'COROP' | 'VEILIGHEIDSREGIO' | 'PROVINCE'; province: string | null; region: EntityRef | null; engagements: { municipality: EntityRef; via: Attributed['via']; through: EntityRef[]; engagement: EngagementSummary }[] };
  const where = nearby
    ? nearby.scope === 'PROVINCE'
      ? t('panel.empty.inProvince', { name: nearby.province ?? '' })
      : t(nearby.scope === 'COROP' ? 'panel.empty.inCorop' : 'panel.empty.inVeiligheidsregio', { name: nearby.region?.name ?? '' })
    : '';

  return (
    <div className="empty-municipality" data-testid="empty-municipality">
      <p data-testid="panel-no-engagements">{t('panel.empty.none', { name: entity.name })}</p>
      {curator && (
        <p>
          <a href={intakeHref()} data-testid="empty-add-article">
            {t('panel.empty.addArticle')}
          </a>
        </p>
      )}
      <InlineError error={q.error} onRetry={q.retry} />
      {q.loading && !q.data && <p className="muted small">{t('loading')}</p>}
      {comparable.length > 0 && (
        <section aria-labelledby="empty-comparable-heading" data-testid="empty-comparable">
          <Heading3 id="empty-comparable-heading">{t('panel.empty.comparable')}</Heading3>
          <ul className="empty-comparable-list">
            {comparable.map((r) => {
              const m = r.municipality;
              const did = whatTheyDid([...m.engagements, ...m.attributedEngagements.map((a) => a.engagement)]);
              return (
                <li key={m.id} data-testid="empty-comparable-item" data-entity-id={m.id}>
                  <EntityLink entity={m} onSelect={onSelect} /> <span className="muted small">{t('panel.empty.rank', { rank: r.rank })}</span>
                  <br />
                  <span className="small">
                    {t('panel.empty.did', { count: m.engagementAttribution.total })}
                    {did.themes.length > 0 && <> — {t('panel.empty.themes', { names: i18n.formatList(did.themes) })}</>}
                    {did.consultancies.length > 0 && <> — {t('panel.empty.consultancies', { names: i18n.formatList(did.consultancies) })}</>}
                  </span>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      {nearby && nearby.engagements.length > 0 && (
        <section aria-labelledby="empty-nearby-heading" data-testid="empty-nearby">
          <Heading3 id="empty-nearby-heading">{t('panel.empty.nearby', { where })}</Heading3>
          <EngagementList>
            {nearby.engagements.map((n) => {
              const via = describeVia(n, i18n);
              return (
                <EngagementItem
                  key={n.engagement.id}
                  engagement={n.engagement}
                  note={via ? t('panel.empty.forVia', { name: n.municipality.name, via }) : t('panel.empty.for', { name: n.municipality.name })}
                  onSelect={onSelect}
                />
              );
            })}
          </EngagementList>
        </section>
      )}
    </div>
  );
}
