import { Bar } from 'react-chartjs-2';
import '../../charts/charts.css';
import { chartTheme } from '../../charts/registerChartJs';
import { useI18n } from '../../i18n/I18nProvider';
import { documentTokens } from '../../styles/tokens';
import { SCORE_PART_KINDS } from '../../api/entityTypes';
import { partColorToken, type Comparable } from './comparableQuery';

/** Axis labels stay short in the narrow column; the list below has the full names. */
function shorten(label: string): string {
  return label.length > 20 ? `${label.slice(0, 19)}…` : label;
}

/** A small horizontal stacked bar per result: how much each part contributes to the score, structural parts first. */
export function ScoreChart({ results }: { results: readonly Comparable[] }) {
  const { t, formatNumber, locale } = useI18n();
  const theme = chartTheme();
  const data = {
    labels: results.map((r) => shorten(`${r.rank}. ${r.municipality.name}`)),
    // Only the parts that carried weight (the explanation leaves the others out), structure first.
    datasets: SCORE_PART_KINDS.filter((kind) => results.some((r) => r.explanation.some((p) => p.kind === kind))).map((kind) => ({
      label: t(`part.${kind}`),
      data: results.map((r) => r.explanation.find((p) => p.kind === kind)?.contribution ?? 0),
      backgroundColor: documentTokens(partColorToken(kind)),
      borderWidth: 0,
      barThickness: 12,
    })),
  };
  const summary = results
    .map((r) => `${r.municipality.name}: ${formatNumber(r.score, { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`)
    .join('; ');
  return (
    <figure className="chart-figure" data-testid="comparable-chart">
      <figcaption>{t('comparable.chart')}</figcaption>
      <div className="chart-box" style={{ height: Math.max(120, results.length * 24 + 60) }}>
        <Bar
          role="img"
          aria-label={`${t('comparable.chart')}. ${summary}`}
          data={data}
          options={{
            indexAxis: 'y',
            maintainAspectRatio: false,
            responsive: true,
            locale,
            color: theme.color,
            scales: {
              x: { stacked: true, beginAtZero: true, ticks: { color: theme.color, font: theme.font } },
              y: { stacked: true, ticks: { color: theme.color, font: theme.font } },
            },
            plugins: { legend: { position: 'bottom', labels: { boxWidth: 10, color: theme.color, font: theme.font } } },
          }}
        />
      </div>
    </figure>
  );
}
