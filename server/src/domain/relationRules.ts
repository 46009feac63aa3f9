/**
 * Which entity types a relationship type may connect. One table, used by the seed validator,
 * the curation mutations and the docs, so the graph cannot hold a BY edge from a person.
 * Together with ENTITY_LABELS (vocabulary.ts) it is the allow-list that keeps labels and
 * relationship types out of user input.
 */
import { CLIENT_TYPES, ENTITY_TYPES, PARTICIPATION_ROLES, type EntityType, type RelationType } from './vocabulary.js';

export interface RelationRule {
  from: readonly EntityType[];
  to: readonly EntityType[];
  /** A WORKED_ON edge needs a role; a RELATED_TO edge needs a kind; a SUCCEEDED_BY edge the year of the herindeling. */
  requires?: 'role' | 'kind' | 'year';
}

/** Everything but the thesaurus: what RELATED_TO may connect. */
const NOT_THEMES = ENTITY_TYPES.filter((t) => t !== 'THEME');

export const RELATION_RULES: Record<RelationType, RelationRule> = {
  FOR: { from: ['ENGAGEMENT'], to: CLIENT_TYPES },
  BY: { from: ['ENGAGEMENT'], to: ['CONSULTANCY'] },
  WORKED_ON: { from: ['PERSON'], to: ['ENGAGEMENT'], requires: 'role' },
  ABOUT: { from: ['ENGAGEMENT'], to: ['THEME'] },
  WORKS_AT: { from: ['PERSON'], to: ['CONSULTANCY', ...CLIENT_TYPES] },
  MEMBER_OF: { from: ['MUNICIPALITY', 'PERSON', 'ORGANIZATION'], to: ['REGION', 'ORGANIZATION'] },
  PART_OF: { from: ['ORGANIZATION'], to: CLIENT_TYPES },
  FOLLOWS: { from: ['ENGAGEMENT'], to: ['ENGAGEMENT'] },
  FACES: { from: CLIENT_TYPES, to: ['THEME'] },
  BROADER: { from: ['THEME'], to: ['THEME'] },
  RELATED_TO: { from: NOT_THEMES, to: NOT_THEMES, requires: 'kind' },
  // A herindeling: the dissolved gemeente → each gemeente it went into (reference data).
  SUCCEEDED_BY: { from: ['MUNICIPALITY'], to: ['MUNICIPALITY'], requires: 'year' },
};

/** Why a relationship between these types is not allowed, or null when it is. */
export function relationRuleViolation(
  type: RelationType,
  fromType: EntityType,
  toType: EntityType,
  props: { role?: string | null; kind?: string | null; year?: number | null },
): string | null {
  const rule = RELATION_RULES[type];
  if (!rule.from.includes(fromType) || !rule.to.includes(toType)) {
    return `${type} connects ${rule.from.join('|')} to ${rule.to.join('|')}, not ${fromType} to ${toType}`;
  }
  if (rule.requires === 'role' && !props.role) return `${type} needs a role (${PARTICIPATION_ROLES.join(', ')})`;
  if (rule.requires === 'kind' && !props.kind) return `${type} needs a kind that says what the association is`;
  if (rule.requires === 'year' && typeof props.year !== 'number') return `${type} needs the year of the herindeling (herindelingen come from the reference data)`;
  return null;
}

/** Stable id of a relationship: its endpoints and type. MERGE uses the same key. */
export function relationId(from: string, type: RelationType, to: string): string {
  return `${from}|${type}|${to}`;
}
