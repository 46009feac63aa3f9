import { SourceLink } from '../../components/SourceLink';
import { Button, ButtonLink, Heading2, Heading3, Heading4, Paragraph } from '@utrecht/component-library-react';
import { useMemo } from 'react';
import type { EntityRef } from '../../api/fragments';
import { graphiqlUrl } from '../../api/graphiqlUrl';
import { useGraphQLQuery } from '../../api/useGraphQLQuery';
import { EntityCombobox } from '../../components/EntityCombobox';
import { InlineError } from '../../components/InlineError';
import { SourceFacts } from '../../components/QuoteList';
import { ShowQuery } from '../../components/ShowQuery';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/nl';
import { EMPTY_FILTERS, VIEWS, type Filters, type ViewName } from '../../state/appState';
import { toEngagementFilter } from '../filters/filterQueries';
import '../map/MapView.css';
import { MapFigure } from '../map/MapFigure';
import { classBreaks } from '../map/mapGeometry';
import { MapLegend } from '../map/MapLegend';
import { MAP_COUNTS_QUERY } from '../map/mapQuery';
import { MapTable } from '../map/MapTable';
import { useMapGeometry } from '../map/useMapGeometry';
import { BucketChart } from './BucketChart';
import './OverviewView.css';
import { STATS_QUERY, type Bucket } from './statsQuery';

/** Themes shown in the chart; the table beneath lists the same top. */
const TOP_THEMES = 15;
/** Articles listed under "Nieuwste artikelen". */
const RECENT_ARTICLES = 5;
const MUNICIPALITY = ['MUNICIPALITY'] as const;
const NO_CODES: ReadonlySet<string> = new Set();
const NO_RANKS: ReadonlyMap<string, number> = new Map();
const ALL_ENGAGEMENTS = toEngagementFilter(EMPTY_FILTERS);

/** What GraphiQL opens with from the start page: a question an analyst would ask first. */
const ANALYST_QUERY = `query WhoWorkedInWestland {
  municipality(id: "gemeente-westland") {
    name
    engagements(first: 10) {
      title
      startYear
      consultancies { name }
      themes { name }
    }
  }
}
`;

/**
 * The start page ("Overzicht"): the first thing a user sees on `/`. The three users' questions as
 * entry points, the map of gemeenten coloured by their engagements, the graph in figures, charts per
 * theme, year and provincie that open a filtered view, the newest articles, and a way into every view.
 */
export function OverviewView({
  onOpenGemeente,
  onCompare,
  onFilters,
  onView,
}: {
  /** A gemeente opened in the explorer: the graph of its neighbourhood, the panel with who worked there. */
  onOpenGemeente: (e: EntityRef) => void;
  /** Comparable gemeenten of this one. */
  onCompare: (e: EntityRef) => void;
  /** The explorer's filters view with these filters. */
  onFilters: (filters: Filters) => void;
  onView: (view: ViewName) => void;
}) {
  const { t } = useI18n();
  const q = useGraphQLQuery(STATS_QUERY, { recent: RECENT_ARTICLES });
  const stats = q.data?.stats;
  const recent = q.data?.recentSources;
  const count = (type: string) => stats?.nodesByType.find((b) => b.key === type)?.count;

  const themes = useMemo(() => [...(stats?.engagementsPerTheme ?? [])].sort((a, b) => b.count - a.count).slice(0, TOP_THEMES), [stats]);
  const years = useMemo(() => [...(stats?.engagementsPerYear ?? [])].sort((a, b) => a.key.localeCompare(b.key)), [stats]);
  const provinces = stats?.engagementsPerProvince ?? [];

  return (
    <main className="start-page" id="start" data-testid="overview-view" aria-labelledby="start-heading">
      <div className="start-intro">
        <Heading2 id="start-heading">{t('nav.overview')}</Heading2>
        <Paragraph appearance="lead" className="start-lead">
          {t('start.lead')}
        </Paragraph>
      </div>

      <section className="start-entries" aria-labelledby="start-entries-heading">
        <Heading3 id="start-entries-heading" className="visually-hidden">
          {t('start.entries')}
        </Heading3>
        <section className="start-card" data-testid="entry-advisor" aria-labelledby="entry-advisor-heading">
          <Heading4 id="entry-advisor-heading">{t('start.advisor.title')}</Heading4>
          <Paragraph>{t('start.advisor.text')}</Paragraph>
          <EntityCombobox label={t('start.chooseGemeente')} types={MUNICIPALITY} onChoose={onOpenGemeente} testId="entry-advisor-gemeente" />
        </section>
        <section className="start-card" data-testid="entry-comparable" aria-labelledby="entry-comparable-heading">
          <Heading4 id="entry-comparable-heading">{t('start.comparable.title')}</Heading4>
          <Paragraph>{t('start.comparable.text')}</Paragraph>
          <EntityCombobox label={t('start.chooseGemeente')} types={MUNICIPALITY} onChoose={onCompare} testId="entry-comparable-gemeente" />
        </section>
        <section className="start-card" aria-labelledby="entry-analyst-heading">
          <Heading4 id="entry-analyst-heading">{t('start.analyst.title')}</Heading4>
          <Paragraph>{t('start.analyst.text')}</Paragraph>
          <ButtonLink
            appearance="primary-action-button"
            className="start-link"
            href={graphiqlUrl(ANALYST_QUERY, {})}
            target="_blank"
            rel="noopener noreferrer"
            data-testid="entry-analyst"
          >
            {t('start.analyst.link')}
            <span className="visually-hidden"> {t('source.newWindow')}</span>
          </ButtonLink>
        </section>
      </section>

      <InlineError error={q.error} onRetry={q.retry} />

      <section className="start-figures" aria-labelledby="start-figures-heading" data-testid="start-figures">
        <Heading3 id="start-figures-heading">{t('start.figures')}</Heading3>
        <Figures
          municipalities={count('MUNICIPALITY')}
          consultancies={count('CONSULTANCY')}
          engagements={count('ENGAGEMENT')}
          articles={recent?.totalCount}
          sources={stats?.sourceCount}
        />
      </section>

      <div className="start-columns">
        <StartMap onOpen={onOpenGemeente} />

        <section className="start-recent" aria-labelledby="start-recent-heading" data-testid="start-recent">
          <Heading3 id="start-recent-heading">{t('start.recent')}</Heading3>
          {recent && recent.sources.length === 0 && <p className="muted">{t('start.recentNone')}</p>}
          <ol className="start-recent-list">
            {recent?.sources.map((s) => (
              <li key={s.id} data-testid="recent-article" data-source-id={s.id}>
                <cite className="source-title">
                  <SourceLink id={s.id}>{s.title}</SourceLink>
                </cite>
                <span className="start-kind">{t(`start.kind.${s.kind}` as MessageKey)}</span>
                <SourceFacts source={s} />
              </li>
            ))}
          </ol>
        </section>
      </div>

      <section className="start-charts" aria-labelledby="start-charts-heading">
        <Heading3 id="start-charts-heading">{t('start.charts')}</Heading3>
        {q.loading && !stats && <p className="muted">{t('loading')}</p>}
        {stats && (
          <div className="start-chart-grid">
            <BucketChart
              title={t('overview.perTheme')}
              buckets={themes}
              horizontal
              colorToken="--type-theme"
              testId="chart-per-theme"
              hint={t('start.themeHint')}
              onSelect={(b: Bucket) => onFilters({ ...EMPTY_FILTERS, themes: [b.key] })}
            />
            <BucketChart
              title={t('overview.perYear')}
              buckets={years}
              colorToken="--type-municipality"
              testId="chart-per-year"
              hint={t('start.yearHint')}
              onSelect={(b: Bucket) => {
                const year = Number(b.key);
                if (Number.isInteger(year)) onFilters({ ...EMPTY_FILTERS, from: year, to: year });
              }}
            />
            <BucketChart
              title={t('start.perProvince')}
              buckets={provinces}
              horizontal
              colorToken="--type-region"
              testId="chart-per-province"
              hint={t('start.provinceHint')}
              onSelect={() => onView('map')}
            />
          </div>
        )}
        <ShowQuery request={q.request} />
      </section>

      <nav className="start-views" aria-labelledby="start-views-heading">
        <Heading3 id="start-views-heading">{t('start.views')}</Heading3>
        <Paragraph className="muted">{t('start.viewsText')}</Paragraph>
        <ul>
          {VIEWS.filter((v) => v !== 'overview').map((v) => (
            <li key={v}>
              <Button appearance="secondary-action-button" data-testid={`start-nav-${v}`} onClick={() => onView(v)}>
                {t(`nav.${v}` as MessageKey)}
              </Button>
            </li>
          ))}
        </ul>
      </nav>
    </main>
  );
}

/** The four figures that matter, large, each with what it counts. */
function Figures({
  municipalities,
  consultancies,
  engagements,
  articles,
  sources,
}: {
  municipalities: number | undefined;
  consultancies: number | undefined;
  engagements: number | undefined;
  articles: number | undefined;
  sources: number | undefined;
}) {
  const { t, formatNumber } = useI18n();
  const counts = useGraphQLQuery(MAP_COUNTS_QUERY, { filter: ALL_ENGAGEMENTS });
  const rows = counts.data?.municipalityEngagementCounts;
  const current = rows?.length;
  const withEngagements = rows?.filter((r) => r.count > 0).length;
  const figure = (key: string, value: number | undefined, label: string, note?: string) => (
    <div className="start-figure" data-testid={`figure-${key}`}>
      <dt>{label}</dt>
      <dd className="start-figure-value" data-value={value ?? ''}>
        {value === undefined ? '…' : formatNumber(value)}
      </dd>
      {note && <dd className="start-figure-note">{note}</dd>}
    </div>
  );
  return (
    <dl className="start-figure-list">
      {figure(
        'municipalities',
        current ?? municipalities,
        t('start.figure.municipalities'),
        withEngagements === undefined ? undefined : t('start.figure.municipalitiesWith', { count: withEngagements }),
      )}
      {figure('consultancies', consultancies, t('start.figure.consultancies'))}
      {figure('engagements', engagements, t('start.figure.engagements'))}
      {figure('articles', articles, t('start.figure.articles'), sources === undefined ? undefined : t('start.figure.sources', { count: sources }))}
    </dl>
  );
}

/** Every current gemeente coloured by all its engagements; a click, Enter or a row of its table opens it. */
function StartMap({ onOpen }: { onOpen: (e: EntityRef) => void }) {
  const { t } = useI18n();
  const geometry = useMapGeometry();
  const counts = useGraphQLQuery(MAP_COUNTS_QUERY, { filter: ALL_ENGAGEMENTS });
  const rows = useMemo(() => counts.data?.municipalityEngagementCounts ?? [], [counts.data]);
  const data = useMemo(() => new Map(rows.filter((r) => r.municipality.cbsCode).map((r) => [r.municipality.cbsCode!, r])), [rows]);
  const breaks = useMemo(() => classBreaks(Math.max(0, ...rows.map((r) => r.count))), [rows]);
  return (
    <section className="start-map" aria-labelledby="start-map-heading" data-testid="start-map">
      <Heading3 id="start-map-heading">{t('start.map')}</Heading3>
      <Paragraph className="muted">{t('start.mapHelp')}</Paragraph>
      <MapFigure geometry={geometry} counts={counts} data={data} breaks={breaks} subjects={NO_CODES} ranks={NO_RANKS} onOpen={onOpen} />
      <MapLegend
        breaks={breaks}
        counted={[]}
        showViaRegion={rows.some((r) => r.count === 0 && r.viaRegion > 0)}
        showNoData={geometry.data !== undefined && counts.data !== undefined && geometry.data.shapes.some((s) => !data.has(s.code))}
        showOutlines={false}
      />
      <MapTable rows={rows} ranks={NO_RANKS} onOpen={onOpen} />
    </section>
  );
}
