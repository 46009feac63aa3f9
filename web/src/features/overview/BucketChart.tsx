import '../../charts/registerChartJs';
import { useId } from 'react';
import { Bar } from 'react-chartjs-2';
import { useI18n } from '../../i18n/I18nProvider';
import type { Bucket } from './statsQuery';

/**
 * A bar chart of counts, with the same figures as a table for screen readers and for pasting into a nota.
 */
export function BucketChart({
  title,
  buckets,
  horizontal = false,
  color,
  testId,
}: {
  title: string;
  buckets: Bucket[];
  horizontal?: boolean;
  color: string;
  testId: string;
}) {
  const { t } = useI18n();
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
            datasets: [{ label: t('overview.count'), data: buckets.map((b) => b.count), backgroundColor: color, borderWidth: 0, maxBarThickness: 28 }],
          }}
          options={{
            indexAxis: horizontal ? 'y' : 'x',
            maintainAspectRatio: false,
            responsive: true,
            plugins: { legend: { display: false } },
            scales: {
              x: { beginAtZero: true, ticks: { precision: 0, font: { size: 10 } } },
              y: { beginAtZero: true, ticks: { precision: 0, font: { size: 10 } } },
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
