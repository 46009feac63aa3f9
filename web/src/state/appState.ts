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
  /** Paths may also run through themes and CBS regions (unticked: only through people, organisations and engagements). */
  pathVia: boolean;
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
  pathVia: false,
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
 * One URL field: its param, where it lives in the state, how it is read and written. The reader,
 * the writer and EXPLORER_PARAMS derive from FIELDS; a field is declared once.
 */
interface Field<T> {
  param: string;
  get(s: AppState): T;
  put(s: AppState, value: T): AppState;
  /** The value of a link; `p` holds the other params for fields that depend on them. */
  parse(value: string | null, p: URLSearchParams): T;
  /** The param's value, or null to leave it out (a default, or meaningless in this state). */
  serialise(value: T, s: AppState): string | null;
  /** Does the field carry explorer state: a link with it and no `view` opens the filters view. */
  explorer: boolean;
}

type Codec<T> = Pick<Field<T>, 'parse' | 'serialise'>;

/** A field stored at `key` of the state. */
function top<K extends Exclude<keyof AppState, 'filters'>>(param: string, key: K, codec: Codec<AppState[K]>, explorer = true): Field<AppState[K]> {
  return { param, get: (s) => s[key], put: (s, v) => ({ ...s, [key]: v }), explorer, ...codec };
}

/** A field stored at `key` of the filters. */
function filter<K extends keyof Filters>(param: string, key: K, codec: Codec<Filters[K]>): Field<Filters[K]> {
  return { param, get: (s) => s.filters[key], put: (s, v) => ({ ...s, filters: { ...s.filters, [key]: v } }), explorer: true, ...codec };
}

const text: Codec<string | null> = { parse: (v) => v || null, serialise: (v) => v };
const ids: Codec<string[]> = { parse: list, serialise: (v) => v.join(',') || null };
const year: Codec<number | null> = { parse: int, serialise: (v) => (v === null ? null : String(v)) };
/** One of `allowed`, the default left out of the link. */
function choice<T extends string>(allowed: readonly T[], fallback: T): Codec<T> {
  return { parse: (v) => oneOf(v, allowed, fallback), serialise: (v) => (v === fallback ? null : v) };
}
/** One of `allowed` or null (none). */
function optional<T extends string>(allowed: readonly T[]): Codec<T | null> {
  return { parse: (v) => (v !== null && (allowed as readonly string[]).includes(v) ? (v as T) : null), serialise: (v) => v };
}

/** Every URL field, in the order the link writes them. `view` is written only where the link would not open it anyway (implicitView). */
const FIELDS = [
  top('view', 'view', { parse: (v, p) => oneOf(v, VIEWS, implicitView(p)), serialise: (v) => v }, false),
  top('sel', 'sel', text),
  top('exp', 'exp', ids),
  top('pin', 'pin', ids),
  top('hide', 'hide', ids),
  top('layout', 'layout', choice(LAYOUTS, DEFAULT_STATE.layout)),
  top('table', 'table', { parse: (v) => v === '1', serialise: (v) => (v ? '1' : null) }),
  filter('ht', 'hiddenTypes', { parse: (v) => list(v).filter(isEntityType), serialise: (v) => v.join(',') || null }),
  filter('th', 'themes', ids),
  filter('from', 'from', year),
  filter('to', 'to', year),
  filter('co', 'consultancies', ids),
  top('pf', 'pathFrom', text),
  top('pt', 'pathTo', text),
  top('pm', 'pathMax', {
    parse: (v) => {
      const n = int(v);
      return n !== null && n >= 1 && n <= 6 ? n : DEFAULT_STATE.pathMax;
    },
    serialise: (v) => (v === DEFAULT_STATE.pathMax ? null : String(v)),
  }),
  top('pv', 'pathVia', { parse: (v) => v === '1', serialise: (v) => (v ? '1' : null) }),
  top('pi', 'pathIndex', { parse: (v) => int(v) ?? DEFAULT_STATE.pathIndex, serialise: (v, s) => (s.pathFrom && s.pathTo && v !== DEFAULT_STATE.pathIndex ? String(v) : null) }),
  top('cmp', 'cmp', text),
  top('cw', 'cmpWith', text),
  top('cp', 'cmpPreset', choice(PRESETS, DEFAULT_STATE.cmpPreset)),
  top('cwt', 'cmpWeights', { parse: parseWeights, serialise: serializeWeights }),
  top('intake', 'intake', optional(INTAKE_SCREENS), false),
  top('src', 'intakeSource', { parse: (v, p) => (p.get('intake') === 'review' ? v || null : null), serialise: (v, s) => (s.intake === 'review' ? v : null) }, false),
  top(
    'prop',
    'intakeProposal',
    { parse: (v, p) => (p.get('intake') === 'review' && p.get('src') ? v || null : null), serialise: (v, s) => (s.intake === 'review' && s.intakeSource ? v : null) },
    false,
  ),
  top('tl', 'timelineBy', choice(TIMELINE_GROUPINGS, DEFAULT_STATE.timelineBy), false),
  top('report', 'report', optional(REPORT_KINDS), false),
  top('source', 'source', text, false),
  top('lang', 'lang', { parse: (v) => (v === 'en' ? 'en' : 'nl'), serialise: (v) => (v === 'nl' ? null : v) }, false),
] as Field<unknown>[];

/** The params of FIELDS, for tests that check every field round-trips. */
export const FIELD_PARAMS = FIELDS.map((f) => f.param);

/**
 * Params that carry the explorer's state (and its test hooks, graph/debugOptions.ts): a link with any
 * of them and no `view` opens the filters view beside the graph, as links did before the start page.
 */
const EXPLORER_PARAMS = [...FIELDS.filter((f) => f.explorer).map((f) => f.param), 'groupAbove', 'groupPage', 'layoutWorkerAbove'];

/** The view of a link without `view`: the start page ("Overzicht") for a bare link (`/`, `?lang=en`), else the filters view. */
function implicitView(params: { has(key: string): boolean }): ViewName {
  return EXPLORER_PARAMS.some((k) => params.has(k)) ? 'filters' : 'overview';
}

export function parseAppState(search: string): AppState {
  const p = new URLSearchParams(search);
  return FIELDS.reduce((s, f) => f.put(s, f.parse(p.get(f.param), p)), DEFAULT_STATE);
}

/** Search string (with `?`, or empty) for a state; defaults are left out so links stay short, and `view` when the link opens it anyway (implicitView). */
export function serializeAppState(s: AppState): string {
  const pairs = FIELDS.map((f): [string, string | null] => [f.param, f.serialise(f.get(s), s)]);
  const view = pairs.find(([k]) => k === 'view')!;
  if (s.view === implicitView(new Set(pairs.filter(([k, v]) => k !== 'view' && v !== null).map(([k]) => k)))) view[1] = null;
  // Commas and pipes are left readable: ids never contain them except as separators.
  const query = pairs
    .filter((pair): pair is [string, string] => pair[1] !== null)
    .map(([k, v]) => `${k}=${encodeURIComponent(v).replace(/%2C/g, ',').replace(/%7C/g, '|').replace(/%3A/g, ':')}`)
    .join('&');
  return query ? `?${query}` : '';
}
