import type { Core } from 'cytoscape';
import type { EntityType } from '../../api/generated/schema-enums';
import type { VisibleGraph } from '../../graph/knownGraph';
import { documentTokens } from '../../styles/tokens';

/** The words around the picture, already in the UI's language. */
export interface PngCaption {
  title: string;
  subtitle: string | null;
  filters: string;
  legend: { type: EntityType; label: string; count: number }[];
  date: string;
  source: string;
}

/** Width the graph is drawn at, at least: labels stay legible in a wide graph. */
const MIN_GRAPH_WIDTH = 1600;
const MAX_SCALE = 4;
const PAD = 32;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/** The scale at which the whole graph (labels included) is at least MIN_GRAPH_WIDTH wide, between 1 and 4. */
function exportScale(cy: Core): number {
  const bb = cy.elements().boundingBox({ includeLabels: true });
  if (!Number.isFinite(bb.w) || bb.w <= 0) return 2;
  return Math.min(MAX_SCALE, Math.max(1, MIN_GRAPH_WIDTH / bb.w));
}

/** Lines of at most `width` pixels in the context's current font. */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else {
      line = next;
    }
  }
  if (line) lines.push(line);
  return lines;
}

const TYPE_TOKEN: Record<EntityType, `--${string}`> = {
  MUNICIPALITY: '--type-municipality',
  REGION: '--type-region',
  ORGANIZATION: '--type-organization',
  CONSULTANCY: '--type-consultancy',
  PERSON: '--type-person',
  THEME: '--type-theme',
  ENGAGEMENT: '--type-engagement',
};

/** The classes that fade elements on screen (the selection's and a path's focus): not in an export. */
const FADING_CLASSES = 'dimmed';

/**
 * Draws with every element at full opacity: the screen fades what is outside the selection, but an
 * exported picture shows the whole graph. The fading classes come off (without their transition)
 * for the drawing and go back after it.
 */
async function drawAtFullOpacity<T>(cy: Core, draw: () => Promise<T>): Promise<T> {
  const faded = cy.elements(`.${FADING_CLASSES}`);
  if (faded.empty()) return draw();
  cy.batch(() => {
    faded.style('transition-duration', 0);
    faded.removeClass(FADING_CLASSES);
  });
  try {
    return await draw();
  } finally {
    if (!cy.destroyed()) {
      cy.batch(() => {
        faded.addClass(FADING_CLASSES);
        faded.removeStyle('transition-duration');
      });
    }
  }
}

/**
 * The PNG export: the whole graph (`cy.png({ full: true })`, labels included) at a scale where its
 * labels are legible, on a canvas with a header (title, what it is around, the active filters) and a
 * footer (legend, export date, "Bron: Kennisgraaf" with the number of sources behind what it shows).
 */
export async function composePng(cy: Core, caption: PngCaption): Promise<Blob> {
  const bg = documentTokens('--canvas-bg') || '#ffffff';
  const text = documentTokens('--color-text') || '#0f172a';
  const muted = documentTokens('--color-text-muted') || '#475569';
  const graphBlob = await drawAtFullOpacity(cy, () => cy.png({ output: 'blob-promise', full: true, scale: exportScale(cy), bg }));
  const bitmap = await createImageBitmap(graphBlob);
  const graph = { width: bitmap.width, height: bitmap.height };

  const width = Math.max(graph.width + 2 * PAD, 1200);
  const measure = document.createElement('canvas').getContext('2d')!;
  const inner = width - 2 * PAD;
  measure.font = `16px ${FONT}`;
  const filterLines = wrap(measure, caption.filters, inner);
  const header = PAD + 34 + (caption.subtitle ? 26 : 0) + filterLines.length * 22 + 16;
  measure.font = `15px ${FONT}`;
  const legendItems = caption.legend.filter((l) => l.count > 0);
  const legendWidths = legendItems.map((l) => 22 + measure.measureText(`${l.label} (${l.count})`).width + 24);
  let rows = 1;
  let x = 0;
  for (const w of legendWidths) {
    if (x + w > inner && x > 0) {
      rows += 1;
      x = 0;
    }
    x += w;
  }
  const footer = 16 + rows * 24 + 12 + 2 * 20 + PAD;
  const height = header + graph.height + footer;

  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = bg;
  ctx.fillRect(0, 0, width, height);
  ctx.textBaseline = 'top';

  // Header: title, subtitle, filters.
  let y = PAD;
  ctx.fillStyle = text;
  ctx.font = `bold 28px ${FONT}`;
  ctx.fillText(caption.title, PAD, y);
  y += 34;
  if (caption.subtitle) {
    ctx.font = `20px ${FONT}`;
    ctx.fillText(caption.subtitle, PAD, y);
    y += 26;
  }
  ctx.fillStyle = muted;
  ctx.font = `16px ${FONT}`;
  for (const line of filterLines) {
    ctx.fillText(line, PAD, y);
    y += 22;
  }

  // The graph, centred.
  ctx.drawImage(bitmap, Math.round((width - graph.width) / 2), header);
  bitmap.close();

  // Footer: legend, date and source.
  y = header + graph.height + 16;
  x = PAD;
  ctx.font = `15px ${FONT}`;
  legendItems.forEach((l, i) => {
    const w = legendWidths[i];
    if (x + w > PAD + inner && x > PAD) {
      x = PAD;
      y += 24;
    }
    ctx.fillStyle = documentTokens(TYPE_TOKEN[l.type]) || muted;
    ctx.beginPath();
    ctx.arc(x + 7, y + 8, 7, 0, 2 * Math.PI);
    ctx.fill();
    ctx.fillStyle = text;
    ctx.fillText(`${l.label} (${l.count})`, x + 22, y);
    x += w;
  });
  y += 24 + 12;
  ctx.fillStyle = muted;
  ctx.fillText(caption.date, PAD, y);
  ctx.fillText(caption.source, PAD, y + 20);

  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('canvas.toBlob gave nothing'))), 'image/png'));
}

/** How many of each type the export shows. */
export function typeCounts(graph: VisibleGraph): Map<EntityType, number> {
  const counts = new Map<EntityType, number>();
  for (const n of graph.nodes) counts.set(n.type, (counts.get(n.type) ?? 0) + 1);
  return counts;
}
