import { useId } from 'react';
import { Bar } from 'react-chartjs-2';
import '../../charts/charts.css';
import { chartTheme } from '../../charts/registerChartJs';
import { useI18n } from '../../i18n/I18nProvider';
import { documentTokens, type TokenName } from '../../styles/tokens';
import type { Bucket } from './statsQuery';

/**
 * A bar chart of counts, with the same figures as a table for screen readers and for pasting into a
 * nota. With `onSelect`, a bar opens what it counts; so does its row in the table, a button there, so
 * the keyboard reaches everything the mouse does.
 */
export function BucketChart({
  title,
  buckets,
  horizontal = false,
  colorToken,
  testId,
  onSelect,
  hint,
}: {
  title: string;
  buckets: readonly Bucket[];
  horizontal?: boolean;
  /** The design token of the bars' colour. */
  colorToken: TokenName;
  testId: string;
  /** What a bar or its row opens. */
  onSelect?: (bucket: Bucket) => void;
  /** What choosing a bar does, in words, under the chart. */
  hint?: string;
}) {
  const { t, locale, formatNumber } = useI18n();
  const theme = chartTheme();
  const headingId = useId();
  const hintId = useId();
  const height = horizontal ? Math.max(140, buckets.length * 22 + 40) : 200;
  return (
    <figure className="chart-figure" data-testid={testId} aria-labelledby={headingId}>
      <figcaption id={headingId}>{title}</figcaption>
      <div className={onSelect ? 'chart-box clickable' : 'chart-box'} style={{ height }}>
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
            onClick: onSelect
              ? (_event, elements) => {
                  const bucket = elements[0] ? buckets[elements[0].index] : undefined;
                  if (bucket) onSelect(bucket);
                }
              : undefined,
            onHover: onSelect
              ? (event, elements) => {
                  const canvas = event.native?.target;
                  if (canvas instanceof HTMLElement) canvas.style.cursor = elements.length ? 'pointer' : 'default';
                }
              : undefined,
          }}
        />
      </div>
      {hint && (
        <p className="muted small chart-hint" id={hintId}>
          {hint}
        </p>
      )}
      <details className="chart-table" data-testid={`${testId}-table`}>
        <summary>{t('overview.asTable')}</summary>
        <table aria-describedby={hint ? hintId : undefined}>
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{title}</th>
              <th scope="col" className="num">
                {t('overview.count')}
              </th>
            </tr>
          </thead>
          <tbody>
            {buckets.map((b) => (
              <tr key={b.key} data-testid={`${testId}-row`} data-key={b.key}>
                <th scope="row">
                  {onSelect ? (
                    <button type="button" className="row-button" onClick={() => onSelect(b)}>
                      {b.label}
                    </button>
                  ) : (
                    b.label
                  )}
                </th>
                <td className="num">{formatNumber(b.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
