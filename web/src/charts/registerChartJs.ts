import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';

/** Only the parts of Chart.js the app uses (bar charts), registered once. */
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

Chart.defaults.font.family = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
Chart.defaults.color = '#334155';
// Charts are redrawn often while filtering; skip the entry animation.
Chart.defaults.animation = false;
