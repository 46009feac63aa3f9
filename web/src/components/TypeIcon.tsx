import type { EntityType } from '../api/generated/schema-enums';
import { TYPE_STYLES, typeColorToken, type TypeStyle } from '../graph/entityTypeStyle';
import { useI18n } from '../i18n/I18nProvider';
import './TypeIcon.css';

/** SVG outlines of the canvas shapes, in a 16×16 box. */
const SHAPE_PATHS: Record<TypeStyle['shape'], string> = {
  'round-rectangle': 'M4 2h8a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2z',
  hexagon: 'M4.5 2h7L15 8l-3.5 6h-7L1 8z',
  barrel: 'M3 2h10q2 6 0 12H3q-2-6 0-12z',
  diamond: 'M8 1l7 7-7 7-7-7z',
  ellipse: 'M8 2a6 6 0 1 1 0 12A6 6 0 0 1 8 2z',
  tag: 'M2 3h9l4 5-4 5H2z',
  rectangle: 'M3 3h10v10H3z',
};

/** The type's shape in its colour; decorative (the type name is always given as text beside it). */
export function TypeIcon({ type, size = 16 }: { type: EntityType; size?: number }) {
  return (
    <svg className="type-icon" width={size} height={size} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={SHAPE_PATHS[TYPE_STYLES[type].shape]} style={{ fill: `var(${typeColorToken(type)})` }} />
    </svg>
  );
}

/** The type's name in its colour, optionally with its icon. */
export function TypeBadge({ type, icon = false }: { type: EntityType; icon?: boolean }) {
  const { t } = useI18n();
  return (
    <span className={`type-badge type-${type.toLowerCase()}`}>
      {icon && <TypeIcon type={type} size={12} />} {t(`type.${type}`)}
    </span>
  );
}
