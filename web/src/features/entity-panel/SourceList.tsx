import type { Provenance } from '../../api/fragments';
import { SourceFacts } from '../../components/QuoteList';
import { SourceLink } from '../../components/SourceLink';
import { useI18n } from '../../i18n/I18nProvider';

/** The distinct articles behind everything the panel shows — each with publisher, date and original — and how many of its facts each supports. */
export function SourceList({ provenance }: { provenance: readonly Provenance[] }) {
  const { t } = useI18n();
  const bySource = new Map<string, { source: Provenance['source']; count: number }>();
  for (const p of provenance) {
    const entry = bySource.get(p.source.id) ?? { source: p.source, count: 0 };
    entry.count += 1;
    bySource.set(p.source.id, entry);
  }
  const sources = [...bySource.values()].sort((a, b) => b.count - a.count);
  if (sources.length === 0) return null;
  return (
    <section className="panel-section" aria-labelledby="panel-sources-heading">
      <h3 id="panel-sources-heading">
        {t('panel.sources')} <span className="count">{sources.length}</span>
      </h3>
      <ul className="source-list" data-testid="source-list">
        {sources.map(({ source, count }) => (
          <li key={source.id}>
            <cite className="source-title"><SourceLink id={source.id}>{source.title}</SourceLink></cite> — <SourceFacts source={source} /> <span className="muted">· {count}×</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
