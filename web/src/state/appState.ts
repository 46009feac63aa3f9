import { isEntityType, SCORE_PART_KINDS } from '../api/entityTypes';
import { ComparablePreset, type EntityType, type ScorePartKind, type TimelineGroupBy } from '../api/generated/schema-enums';
import type { Language } from '../i18n/I18nProvider';

/**
 * Everything a shared link must restore: selection, what is expanded, filters, the active view and layout.
 * Parsed from and written to the URL's search params (pure functions, no I/O).
 */
export const VIEWS = ['filters', 'map', 'paths', 'comparable', 'overview', 'timeline'] as const;
export type ViewName = (typeof VIEWS)[number];

/** The curator's screens of article intake (issue 10); null is the explorer. */
const INTAKE_SCREENS = ['new', 'queue', 'review'] as const;
export type IntakeScreen = (typeof INTAKE_SCREENS)[number];

/** The printable report for a memo (issue 13): of the comparison, the selected entity, or the graph shown; null is none. */
const REPORT_KINDS = ['comparable', 'entity', 'graph'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** How the timeline groups its engagements (issue 13, the timeline view): the API's `TimelineGroupBy`. */
export const TIMELINE_GROUPINGS = ['CLIENT', 'CONSULTANCY', 'THEME'] as const satisfies readonly TimelineGroupBy[];

export const LAYOUTS = ['fcose', 'concentric', 'breadthfirst'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

/** A part's weight as `SimilarityWeights` keys it: the score part kind in lower case. */
export type WeightKey = Lowercase<ScorePartKind>;
export type CustomWeights = Partial<Record<WeightKey, number>>;
export const WEIGHT_KEYS = SCORE_PART_KINDS.map((k) => k.toLowerCase() as WeightKey);
const PRESETS = Object.values(ComparablePreset);

export interface Filters {
  /** Entity types hidden from the graph. */
  hiddenTypes: EntityType[];
  /** Theme ids; narrower themes are included when matching. */
  themes: string[];
  from: number | null;
  to: number | null;
  consultancies: string[];
}

export interface AppState {
  /** Selected node id or relation id (`from|TYPE|to`). */
  sel: string | null;
  /** Nodes whose neighbourhood is shown. */
  exp: string[];
  /** Nodes shown on their own (from a path, an interlock, a list), without their neighbourhood. */
  pin: string[];
  /** Nodes the user hid. */
  hide: string[];
  view: ViewName;
  layout: LayoutName;
  table: boolean;
  lang: Language;
  filters: Filters;
  pathFrom: string | null;
  pathTo: string | null;
  pathMax: number;
  /** Index of the highlighted path in the list, or -1. */
  pathIndex: number;
  /** Subject of comparable municipalities. */
  cmp: string | null;
  /** The result whose interlock with the subject is shown in the graph. */
  cmpWith: string | null;
  /** The weighting of comparable municipalities (the server's default is BALANCED). */
  cmpPreset: ComparablePreset;
  /** Custom weights (0–10) that override the preset's; null for the preset alone. */
  cmpWeights: CustomWeights | null;
  /** Article intake instead of the explorer: a new article, the review queue, or one source's review. */
  intake: IntakeScreen | null;
  /** The source under review. */
  intakeSource: string | null;
  /** The selected proposal in the review. */
  intakeProposal: string | null;
  /** The timeline's grouping (issue 13, the timeline view). */
  timelineBy: TimelineGroupBy;
  /** The printable report over the explorer (the explorer stays as it was under it). */
  report: ReportKind | null;
  /** A source's public page (issue 19) over the explorer, by source id; null is none. */
  source: string | null;
}

export const EMPTY_FILTERS: Filters = { hiddenTypes: [], themes: [], from: null, to: null, consultancies: [] };

export const DEFAULT_STATE: AppState = {
  sel: null,
  exp: [],
  pin: [],
  hide: [],
  view: 'overview',
  layout: 'fcose',
  table: false,
  lang: 'nl',
  filters: EMPTY_FILTERS,
  pathFrom: null,
  pathTo: null,
  pathMax: 4,
  pathIndex: 0,
  cmp: null,
  cmpWith: null,
  cmpPreset: 'BALANCED',
  cmpWeights: null,
  intake: null,
  intakeSource: null,
  intakeProposal: null,
  timelineBy: 'CLIENT',
  report: null,
  source: null,
};

function list(v: string | null): string[] {
  return v ? v.split(',').filter(Boolean) : [];
}

function int(v: string | null): number | null {
  if (v === null || v.trim() === '') return null;
  const n = Number(v);
  return Number.isInteger(n) ? n : null;
}

function oneOf<T extends string>(v: string | null, allowed: readonly T[], fallback: T): T {
  return v !== null && (allowed as readonly string[]).includes(v) ? (v as T) : fallback;
}

/** `size:2,themes:0.5`: the weights the user set, each 0–10; anything else is left out. */
function parseWeights(v: string | null): CustomWeights | null {
  if (!v) return null;
  const weights: CustomWeights = {};
  for (const pair of v.split(',')) {
    const [key, value] = pair.split(':');
    const n = Number(value);
    if ((WEIGHT_KEYS as readonly string[]).includes(key) && value !== undefined && value.trim() !== '' && n >= 0 && n <= 10) weights[key as WeightKey] = n;
  }
  return Object.keys(weights).length ? weights : null;
}

function serializeWeights(w: CustomWeights | null): string | null {
  if (!w) return null;
  const pairs = WEIGHT_KEYS.filter((k) => w[k] !== undefined).map((k) => `${k}:${w[k]}`);
  return pairs.length ? pairs.join(',') : null;
}

/**
 * Params that carry the explorer's state (and its test hooks, graph/debugOptions.ts): a link with any
 * of them and no `view` opens the filters view beside the graph, as links did before the start page.
 */
const EXPLORER_PARAMS = ['sel', 'exp', 'pin', 'hide', 'layout', 'table', 'ht', 'th', 'from', 'to', 'co', 'pf', 'pt', 'pm', 'pi', 'cmp', 'cw', 'cp', 'cwt', 'groupAbove', 'groupPage', 'layoutWorkerAbove'];

/** The view of a link without `view`: the start page ("Overzicht") for a bare link (`/`, `?lang=en`), else the filters view. */
function implicitView(params: { has(key: string): boolean }): ViewName {
  return EXPLORER_PARAMS.some((k) => params.has(k)) ? 'filters' : 'overview';
}

export function parseAppState(search: string): AppState {
  const p = new URLSearchParams(search);
  const pathMax = int(p.get('pm'));
  const intake = oneOf<IntakeScreen | 'none'>(p.get('intake'), INTAKE_SCREENS, 'none');
  const report = oneOf<ReportKind | 'none'>(p.get('report'), REPORT_KINDS, 'none');
  return {
    sel: p.get('sel') || null,
    exp: list(p.get('exp')),
    pin: list(p.get('pin')),
    hide: list(p.get('hide')),
    view: oneOf(p.get('view'), VIEWS, implicitView(p)),
    layout: oneOf(p.get('layout'), LAYOUTS, DEFAULT_STATE.layout),
    table: p.get('table') === '1',
    lang: p.get('lang') === 'en' ? 'en' : 'nl',
    filters: {
      hiddenTypes: list(p.get('ht')).filter(isEntityType),
      themes: list(p.get('th')),
      from: int(p.get('from')),
      to: int(p.get('to')),
      consultancies: list(p.get('co')),
    },
    pathFrom: p.get('pf') || null,
    pathTo: p.get('pt') || null,
    pathMax: pathMax !== null && pathMax >= 1 && pathMax <= 6 ? pathMax : DEFAULT_STATE.pathMax,
    pathIndex: int(p.get('pi')) ?? DEFAULT_STATE.pathIndex,
    cmp: p.get('cmp') || null,
    cmpWith: p.get('cw') || null,
    cmpPreset: oneOf(p.get('cp'), PRESETS, DEFAULT_STATE.cmpPreset),
    cmpWeights: parseWeights(p.get('cwt')),
    intake: intake === 'none' ? null : intake,
    intakeSource: intake === 'review' ? p.get('src') || null : null,
    intakeProposal: intake === 'review' && p.get('src') ? p.get('prop') || null : null,
    timelineBy: oneOf(p.get('tl'), TIMELINE_GROUPINGS, DEFAULT_STATE.timelineBy),
    report: report === 'none' ? null : report,
    source: p.get('source') || null,
  };
}

/** Search string (with `?`, or empty) for a state; defaults are left out so links stay short, and `view` when the link opens it anyway (implicitView). */
export function serializeAppState(s: AppState): string {
  const pairs: [string, string | null][] = [
    ['view', s.view],
    ['sel', s.sel],
    ['exp', s.exp.join(',') || null],
    ['pin', s.pin.join(',') || null],
    ['hide', s.hide.join(',') || null],
    ['layout', s.layout === DEFAULT_STATE.layout ? null : s.layout],
    ['table', s.table ? '1' : null],
    ['ht', s.filters.hiddenTypes.join(',') || null],
    ['th', s.filters.themes.join(',') || null],
    ['from', s.filters.from === null ? null : String(s.filters.from)],
    ['to', s.filters.to === null ? null : String(s.filters.to)],
    ['co', s.filters.consultancies.join(',') || null],
    ['pf', s.pathFrom],
    ['pt', s.pathTo],
    ['pm', s.pathMax === DEFAULT_STATE.pathMax ? null : String(s.pathMax)],
    ['pi', s.pathFrom && s.pathTo && s.pathIndex !== DEFAULT_STATE.pathIndex ? String(s.pathIndex) : null],
    ['cmp', s.cmp],
    ['cw', s.cmpWith],
    ['cp', s.cmpPreset === DEFAULT_STATE.cmpPreset ? null : s.cmpPreset],
    ['cwt', serializeWeights(s.cmpWeights)],
    ['intake', s.intake],
    ['src', s.intake === 'review' ? s.intakeSource : null],
    ['prop', s.intake === 'review' && s.intakeSource ? s.intakeProposal : null],
    ['tl', s.timelineBy === DEFAULT_STATE.timelineBy ? null : s.timelineBy],
    ['report', s.report],
    ['source', s.source],
    ['lang', s.lang === 'nl' ? null : s.lang],
  ];
  const view = pairs.find(([k]) => k === 'view')!;
  if (s.view === implicitView(new Set(pairs.filter(([k, v]) => k !== 'view' && v !== null).map(([k]) => k)))) view[1] = null;
  // Commas and pipes are left readable: ids never contain them except as separators.
  const query = pairs
    .filter((pair): pair is [string, string] => pair[1] !== null)
    .map(([k, v]) => `${k}=${encodeURIComponent(v).replace(/%2C/g, ',').replace(/%7C/g, '|').replace(/%3A/g, ':')}`)
    .join('&');
  return query ? `?${query}` : '';
}
