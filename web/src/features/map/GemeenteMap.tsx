import { useId, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { EntityRef } from '../../api/fragments';
import { useI18n } from '../../i18n/I18nProvider';
import './GemeenteMap.css';
import { gemeenteLines } from './gemeenteDetails';
import { countClass, findByTyping, nextInDirection, scaleStep, type Direction, type GemeenteShape, type MapGeometry } from './mapGeometry';
import type { MunicipalityCount } from './mapQuery';

const ARROWS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };
/** Letters typed within this time form one name ("ams" → Amsterdam). */
const TYPE_AHEAD_MS = 800;

export interface GemeenteMapProps {
  geometry: MapGeometry;
  /** Figures per CBS code; a gemeente without them is drawn as "no data". */
  data: ReadonlyMap<string, MunicipalityCount>;
  breaks: readonly number[];
  /** CBS codes of the chosen gemeente (or a region's members) and of its comparable gemeenten, by rank. */
  subjects: ReadonlySet<string>;
  ranks: ReadonlyMap<string, number>;
  /** The counts are being (re)loaded. */
  loading: boolean;
  onOpen: (e: EntityRef) => void;
}

/**
 * The 342 gemeenten as one SVG choropleth. One tab stop: the arrow keys move to the gemeente in that
 * direction, letters jump to a name, Enter opens it; the mouse hovers and clicks. The active gemeente
 * is outlined, its figures shown beside it and announced.
 */
export function GemeenteMap({ geometry, data, breaks, subjects, ranks, loading, onOpen }: GemeenteMapProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const baseId = useId();
  const hatchId = `${baseId}-hatch`;
  const helpId = `${baseId}-help`;
  const [hovered, setHovered] = useState<string | null>(null);
  const [focused, setFocused] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const typed = useRef({ text: '', at: 0 });

  const byCode = useMemo(() => new Map(geometry.shapes.map((s) => [s.code, s])), [geometry]);
  const nameOf = (s: GemeenteShape) => data.get(s.code)?.municipality.name ?? s.name;
  const sortedByName = useMemo(
    () => geometry.shapes.map((s) => ({ shape: s, name: data.get(s.code)?.municipality.name ?? s.name })).sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    [geometry, data],
  );

  const active = hovered ?? focused;
  const activeShape = active ? byCode.get(active) : undefined;
  const facts = (code: string) => ({ datum: data.get(code), rank: ranks.get(code), subject: subjects.has(code) });

  const open = (code: string) => {
    const m = data.get(code)?.municipality;
    if (m) onOpen({ id: m.id, name: m.name, type: m.type });
  };

  const focusOn = (s: GemeenteShape) => {
    setHovered(null);
    setFocused(s.code);
    setAnnouncement(t('map.announce', { name: nameOf(s), details: gemeenteLines(i18n, facts(s.code)).join(', ') }));
  };

  /** Where keyboard travel starts: the chosen gemeente, else the one nearest the middle of the map. */
  const startShape = (): GemeenteShape | undefined => {
    const first = [...subjects].map((c) => byCode.get(c)).find(Boolean);
    if (first) return first;
    const [mx, my] = [geometry.width / 2, geometry.height / 2];
    return geometry.shapes.reduce<GemeenteShape | undefined>(
      (best, s) => (!best || Math.hypot(s.centroid[0] - mx, s.centroid[1] - my) < Math.hypot(best.centroid[0] - mx, best.centroid[1] - my) ? s : best),
      undefined,
    );
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const current = focused ? byCode.get(focused) : undefined;
    const direction = ARROWS[e.key];
    // A space is part of a name while typing one ("aa en hunze"), otherwise it opens like Enter.
    const typing = e.timeStamp - typed.current.at < TYPE_AHEAD_MS;
    if (direction) {
      const next = current ? nextInDirection(geometry.shapes, current, direction) : startShape();
      if (next) focusOn(next);
    } else if ((e.key === 'Enter' || (e.key === ' ' && !typing)) && current) {
      open(current.code);
    } else if (e.key === 'Escape' && (focused || hovered)) {
      setFocused(null);
      setHovered(null);
      setAnnouncement('');
    } else if (e.key.length === 1 && /\p{L}|[-' ]/u.test(e.key) && !e.ctrlKey && !e.metaKey && !e.altKey) {
      const now = e.timeStamp;
      typed.current = { text: now - typed.current.at < TYPE_AHEAD_MS ? typed.current.text + e.key : e.key, at: now };
      const currentEntry = sortedByName.find((x) => x.shape.code === focused) ?? null;
      const hit = findByTyping(sortedByName, typed.current.text, currentEntry);
      if (hit) focusOn(hit.shape);
    } else return;
    e.preventDefault();
  };

  const codeAt = (e: MouseEvent) => (e.target as Element).closest<SVGElement>('[data-code]')?.dataset.code ?? null;

  const lines = active ? gemeenteLines(i18n, facts(active)) : [];
  const tooltipBelow = activeShape ? activeShape.centroid[1] < geometry.height * 0.25 : false;

  return (
    <div
      className="gemeente-map"
      tabIndex={0}
      role="application"
      aria-roledescription={t('map.roledescription')}
      aria-label={t('map.label')}
      aria-describedby={helpId}
      aria-busy={loading}
      data-testid="map-canvas"
      data-state={data.size > 0 && !loading ? 'ready' : 'loading'}
      data-active={active ?? ''}
      onKeyDown={onKeyDown}
      onBlur={() => setFocused(null)}
    >
      <svg
        viewBox={`0 0 ${geometry.width} ${geometry.height}`}
        className="gemeente-map-svg"
        aria-hidden="true"
        focusable="false"
        data-testid="gemeente-map"
        onMouseMove={(e) => {
          const code = codeAt(e);
          if (code !== hovered) setHovered(code);
        }}
        onMouseLeave={() => setHovered(null)}
        onClick={(e) => {
          const code = codeAt(e);
          if (code) open(code);
        }}
      >
        <defs>
          <pattern id={hatchId} patternUnits="userSpaceOnUse" width="4" height="4" patternTransform="rotate(45)">
            <rect className="map-hatch-bg" width="4" height="4" />
            <line className="map-hatch-line" x1="1" y1="0" x2="1" y2="4" />
          </pattern>
        </defs>
        <g className="map-gemeenten">
          {geometry.shapes.map((s) => {
            const datum = data.get(s.code);
            const cls = datum ? countClass(datum.count, breaks) : null;
            const viaOnly = datum !== undefined && datum.count === 0 && datum.viaRegion > 0;
            return (
              <path
                key={s.code}
                d={s.d}
                className={datum === undefined ? 'gemeente nodata' : viaOnly ? 'gemeente via-region' : `gemeente c${scaleStep(cls ?? 0, breaks.length)}`}
                style={viaOnly ? { fill: `url(#${hatchId})` } : undefined}
                data-code={s.code}
                data-count={datum?.count ?? ''}
                data-via-region={datum?.viaRegion ?? ''}
              />
            );
          })}
        </g>
        <g className="map-outlines">
          {[...ranks.keys()].map((code) => {
            const s = byCode.get(code);
            return s ? <path key={code} d={s.d} className="map-comparable" data-comparable={code} /> : null;
          })}
          {[...subjects].map((code) => {
            const s = byCode.get(code);
            return s ? <path key={code} d={s.d} className="map-subject" data-subject={code} /> : null;
          })}
          {activeShape && (
            <>
              <path d={activeShape.d} className="map-active-halo" />
              <path d={activeShape.d} className="map-active" />
            </>
          )}
        </g>
        <g className="map-ranks">
          {[...ranks.entries()].map(([code, rank]) => {
            const s = byCode.get(code);
            return s ? (
              <g key={code} className="map-rank" transform={`translate(${s.centroid[0]} ${s.centroid[1]})`} data-rank={rank} data-rank-of={code}>
                <circle r="8.5" />
                <text dy="0.35em">{rank}</text>
              </g>
            ) : null;
          })}
        </g>
      </svg>
      {activeShape && (
        <div
          className={tooltipBelow ? 'map-tooltip below' : 'map-tooltip'}
          style={{ left: `${(activeShape.centroid[0] / geometry.width) * 100}%`, top: `${(activeShape.centroid[1] / geometry.height) * 100}%` }}
          data-testid="map-tooltip"
          aria-hidden="true"
        >
          <strong>{nameOf(activeShape)}</strong>
          {lines.map((line) => (
            <span key={line}>{line}</span>
          ))}
        </div>
      )}
      <p id={helpId} className="map-help">
        {t('map.help')}
      </p>
      <p className="visually-hidden" aria-live="polite" data-testid="map-announcement">
        {announcement}
      </p>
    </div>
  );
}
