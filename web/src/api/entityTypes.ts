import { ClientType, type EntityType, type ScorePartKind } from './generated/schema-enums';

/**
 * A list in display order of every value of a generated enum: `listOf<EntityType>()([…])` does not
 * compile when schema.graphql gains a value that the list leaves out.
 */
function listOf<T extends string>() {
  return <const L extends readonly T[]>(list: L & ([Exclude<T, L[number]>] extends [never] ? unknown : { missing: Exclude<T, L[number]> })): L =>
    list;
}

/** Display order of the entity types (legend, filters, counts): places, bureaus, people, then what. */
export const ENTITY_TYPES = listOf<EntityType>()(['MUNICIPALITY', 'REGION', 'ORGANIZATION', 'CONSULTANCY', 'PERSON', 'THEME', 'ENGAGEMENT']);

/** The types that can be a client, and so the subject of "comparable gemeenten": schema.graphql's `ClientType`. */
export const CLIENT_TYPES: readonly EntityType[] = Object.values(ClientType);

export function isEntityType(value: string): value is EntityType {
  return (ENTITY_TYPES as readonly string[]).includes(value);
}

/**
 * The parts of a comparable gemeente's score in display order: structure (CBS) first, then
 * experience (the graph). The chart's stacking order, the legend and the weights editor follow it.
 */
export const SCORE_PART_KINDS = listOf<ScorePartKind>()(['SIZE', 'DENSITY', 'STEDELIJKHEID', 'PROVINCE', 'COROP', 'THEMES', 'CONSULTANCIES', 'REGION']);
