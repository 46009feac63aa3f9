/**
 * From a GraphQL selection to the plan of one Cypher query (db/projection.ts): which stored
 * properties each entity's fields read, and which relationship fields can be read in the same
 * query. Fields the plan does not cover (a gemeente's regions, relations, herindelingen, …) are
 * left to their resolvers and the per-request loaders, which need only the entity's id.
 *
 * Fragments (named and inline) are merged, `@include`/`@skip` are honoured, and a field selected
 * twice under the same response key has its selections merged, as GraphQL executes them.
 */
import {
  getArgumentValues,
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  getNamedType,
  isAbstractType,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';
import type { EngagementSource, EntityPlan, NestedField, NestedPlan } from '../db/projection.js';

/** One field of a selection, with its arguments and the fields selected under it. */
export interface SelectedField {
  key: string;
  name: string;
  args: Record<string, unknown>;
  /** The named type of the field's value. */
  type: GraphQLNamedType;
  nodes: FieldNode[];
}

/** The fields selected under `nodes` on a value of (possible) type `typeName`, merged by response key. */
export function selectedFields(info: GraphQLResolveInfo, nodes: readonly FieldNode[], typeNames: readonly string[]): SelectedField[] {
  const out = new Map<string, SelectedField>();
  const visit = (set: SelectionSetNode | undefined, visited: Set<string>) => {
    for (const sel of set?.selections ?? []) {
      if (!included(info, sel)) continue;
      if (sel.kind === Kind.FIELD) {
        const name = sel.name.value;
        if (name.startsWith('__')) continue;
        const key = sel.alias?.value ?? name;
        const def = fieldDef(info, typeNames, name);
        if (!def) continue;
        const existing = out.get(key);
        if (existing) existing.nodes.push(sel);
        else out.set(key, { key, name, args: getArgumentValues(def, sel, info.variableValues), type: getNamedType(def.type), nodes: [sel] });
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        if (!sel.typeCondition || applies(info, sel.typeCondition.name.value, typeNames)) visit(sel.selectionSet, visited);
      } else {
        const name = sel.name.value;
        const frag = info.fragments[name];
        if (!frag || visited.has(name) || !applies(info, frag.typeCondition.name.value, typeNames)) continue;
        visit(frag.selectionSet, new Set([...visited, name]));
      }
    }
  };
  for (const node of nodes) visit(node.selectionSet, new Set());
  return [...out.values()];
}

function included(info: GraphQLResolveInfo, node: { directives?: readonly import('graphql').DirectiveNode[] }): boolean {
  const skip = getDirectiveValues(GraphQLSkipDirective, node, info.variableValues);
  if (skip?.if === true) return false;
  const include = getDirectiveValues(GraphQLIncludeDirective, node, info.variableValues);
  return include?.if !== false;
}

/** Does a fragment on `condition` apply to a value of one of `typeNames`? */
function applies(info: GraphQLResolveInfo, condition: string, typeNames: readonly string[]): boolean {
  if (typeNames.includes(condition)) return true;
  const t = info.schema.getType(condition);
  return !!t && isAbstractType(t) && typeNames.some((n) => info.schema.getPossibleTypes(t).some((p) => p.name === n));
}

function fieldDef(info: GraphQLResolveInfo, typeNames: readonly string[], name: string): GraphQLField<unknown, unknown> | undefined {
  for (const typeName of typeNames) {
    const t = info.schema.getType(typeName);
    if (isObjectType(t) && t.getFields()[name]) return t.getFields()[name];
  }
  return undefined;
}

/** The children of a field: the fields selected under every node of it. */
export function childFields(info: GraphQLResolveInfo, field: SelectedField, typeNames: readonly string[]): SelectedField[] {
  return selectedFields(info, field.nodes, typeNames);
}

// ---------------------------------------------------------------------------------------------
// What each field of an entity type reads.

/** Scalar fields and the stored properties their resolvers read (the same for every entity type). */
export const FIELD_PROPERTIES: Readonly<Record<string, readonly string[]>> = {
  id: ['id'],
  name: ['name'],
  type: ['type'],
  aliases: ['aliases'],
  provenance: ['provSources', 'provQuotes'],
  title: ['name'],
  // Engagement
  summary: ['summary'],
  start: ['start'],
  end: ['end'],
  startYear: ['startYear'],
  status: ['status'],
  // Municipality
  cbsCode: ['cbsCode'],
  province: ['province'],
  provinceCode: ['provinceCode'],
  population: ['population'],
  populationDate: ['populationDate'],
  populationYear: ['populationYear'],
  men: ['men'],
  women: ['women'],
  areaTotalHa: ['areaTotalHa'],
  areaLandHa: ['areaLandHa'],
  areaWaterHa: ['areaWaterHa'],
  density: ['density'],
  stedelijkheid: ['stedelijkheid'],
  arbeidsmarktregio: ['arbeidsmarktregio'],
  jeugdzorgregio: ['jeugdzorgregio'],
  dissolved: ['dissolved'],
  dissolvedYear: ['dissolvedYear'],
  // Region, Organization, Consultancy, Theme
  kind: ['kind'],
  code: ['code'],
  website: ['website'],
  description: ['description'],
};

/** An entity's `engagements` page and `engagementCount`, both read from the same side (`source`). */
type NestedSpec = { field: NestedField; type: string; source?: EngagementSource };
const engagementsOf = (source: EngagementSource): Record<'engagements' | 'engagementCount', NestedSpec> => ({
  engagements: { field: 'engagements', type: 'Engagement', source },
  engagementCount: { field: 'engagementCount', type: 'Int', source },
});
const PEOPLE: NestedSpec = { field: 'people', type: 'Person' };

/** The relationship fields read in the same query, per entity type, with where they lead. */
export const NESTED_FIELDS: Readonly<Record<string, Readonly<Record<string, NestedSpec>>>> = {
  Engagement: {
    clients: { field: 'clients', type: 'Entity' },
    consultancies: { field: 'consultancies', type: 'Consultancy' },
    themes: { field: 'themes', type: 'Theme' },
    follows: { field: 'follows', type: 'Engagement' },
    followedBy: { field: 'followedBy', type: 'Engagement' },
    participants: { field: 'participants', type: 'Participation' },
  },
  Municipality: { ...engagementsOf('MUNICIPALITY'), people: PEOPLE },
  Region: engagementsOf('CLIENT'),
  Organization: { ...engagementsOf('CLIENT'), people: PEOPLE },
  Consultancy: { ...engagementsOf('CONSULTANCY'), people: PEOPLE },
  Theme: engagementsOf('THEME'),
};

/** The entity types behind an interface or object type name. */
function concreteTypes(info: GraphQLResolveInfo, typeName: string): string[] {
  const t = info.schema.getType(typeName);
  if (t && isAbstractType(t)) return info.schema.getPossibleTypes(t).map((p) => p.name);
  return [typeName];
}

/** Validates a nested page's `first` and `after` (throwing the API's errors) and returns the page. */
export type PageCheck = (args: Record<string, unknown>) => { first: number; after: string | null };

/**
 * The plan for entities of `typeName` (an entity type or `Entity`) with these selected fields.
 * `checkPage` validates a nested page's `first` and `after`.
 */
export function planEntity(
  info: GraphQLResolveInfo,
  typeName: string,
  fields: readonly SelectedField[],
  /** Levels of relationship fields read in this query; deeper ones are left to the loaders. */
  depth: number,
  checkPage: PageCheck,
): EntityPlan {
  const types = concreteTypes(info, typeName);
  const props = new Set<string>();
  const nested: NestedPlan[] = [];
  for (const f of fields) {
    for (const p of FIELD_PROPERTIES[f.name] ?? []) props.add(p);
    // Relationship fields only where the type is known (not under an interface) and within depth.
    const spec = types.length === 1 && depth > 0 ? NESTED_FIELDS[types[0]!]?.[f.name] : undefined;
    if (!spec) continue;
    if (spec.field === 'engagementCount') {
      nested.push({ key: f.key, field: spec.field, source: spec.source });
      continue;
    }
    const childTypes = concreteTypes(info, spec.type);
    const children = childFields(info, f, childTypes);
    if (spec.field === 'participants') {
      // Participation: role, person and evidence only; its `engagement` is the parent, left to the loaders.
      if (children.some((c) => !['role', 'person', 'provenance'].includes(c.name))) continue;
      const person = children.filter((c) => c.name === 'person').flatMap((c) => childFields(info, c, ['Person']));
      nested.push({
        key: f.key,
        field: 'participants',
        relProps: children.some((c) => c.name === 'provenance') ? ['provSources', 'provQuotes'] : [],
        plan: planEntity(info, 'Person', person, depth - 1, checkPage),
      });
      continue;
    }
    const entry: NestedPlan = { key: f.key, field: spec.field, source: spec.source, plan: planEntity(info, spec.type, children, depth - 1, checkPage) };
    if (spec.field === 'engagements') entry.page = checkPage(f.args);
    nested.push(entry);
  }
  return { props: [...props], abstract: types.length > 1, nested };
}
