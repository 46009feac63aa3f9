import { useId } from 'react';
import { Bar } from 'react-chartjs-2';
import '../../charts/charts.css';
import { chartTheme } from '../../charts/registerChartJs';
import { useI18n } from '../../i18n/I18nProvider';
import { documentTokens, type TokenName } from '../../styles/tokens';
import type { Bucket } from './statsQuery';

/**
 * A bar chart of counts, with the same figures as a table for screen readers and for pasting into a nota.
 */
export function BucketChart({
  title,
  buckets,
  horizontal = false,
  colorToken,
  testId,
}: {
  title: string;
  buckets: readonly Bucket[];
  horizontal?: boolean;
  /** The design token of the bars' colour. */
  colorToken: TokenName;
  testId: string;
}) {
  const { t, locale } = useI18n();
  const theme = chartTheme();
  const headingId = useId();
  const height = horizontal ? Math.max(140, buckets.length * 20 + 40) : 180;
  return (
    <figure className="chart-figure" data-testid={testId} aria-labelledby={headingId}>
      <figcaption id={headingId}>{title}</figcaption>
      <div className="chart-box" style={{ height }}>
        <Bar
          role="img"
          aria-label={`${title}: ${buckets.map((b) => `${b.label} ${b.count}`).join(', ')}`}
          data={{
            labels: buckets.map((b) => b.label),
            datasets: [{ label: t('overview.count'), data: buckets.map((b) => b.count), backgroundColor: documentTokens(colorToken), borderWidth: 0, maxBarThickness: 28 }],
          }}
          options={{
            indexAxis: horizontal ? 'y' : 'x',
            maintainAspectRatio: false,
            responsive: true,
            locale,
            color: theme.color,
            plugins: { legend: { display: false } },
            scales: {
              x: { beginAtZero: true, ticks: { precision: 0, color: theme.color, font: theme.font } },
              y: { beginAtZero: true, ticks: { precision: 0, color: theme.color, font: theme.font } },
            },
          }}
        />
      </div>
      <details className="chart-table">
        <summary>{t('overview.asTable')}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{title}</th>
              <th scope="col">{t('overview.count')}</th>
            </tr>
          </thead>
          <tbody>
            {buckets.map((b) => (
              <tr key={b.key}>
                <td>{b.label}</td>
                <td className="num">{b.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
