import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { documentTokens } from '../styles/tokens';

/** Only the parts of Chart.js the app uses (bar charts), registered once. */
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

// Charts are redrawn often while filtering; skip the entry animation.
Chart.defaults.animation = false;

/**
 * Text colour and font for a chart, from the design tokens (Chart.js draws on a canvas, so it cannot
 * use CSS variables). Read when a chart renders, when the stylesheet is certainly applied.
 */
export function chartTheme(size = 10): { color: string; font: { family: string; size: number } } {
  return { color: documentTokens('--color-text-subtle'), font: { family: documentTokens('--font-family'), size } };
}
