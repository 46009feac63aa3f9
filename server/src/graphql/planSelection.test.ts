import { getNamedType, isLeafType, isObjectType, Kind, parse, type FieldNode, type GraphQLResolveInfo, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ENTITY_LABELS } from '../domain/vocabulary.js';
import { buildSchema } from './schema.js';
import { FIELD_PROPERTIES, NESTED_FIELDS, planEntity, selectedFields } from './planSelection.js';

const schema = buildSchema();

/** Just enough of a resolve info for the planner: the schema, the fragments, the variables. */
function infoFor(document: string, variables: Record<string, unknown> = {}): { info: GraphQLResolveInfo; root: FieldNode } {
  const doc = parse(document);
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(doc.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d]] : [])));
  const root = op.selectionSet.selections[0] as FieldNode;
  return { info: { schema, fragments, variableValues: variables, fieldNodes: [root] } as unknown as GraphQLResolveInfo, root };
}

const page = (args: Record<string, unknown>) => ({ first: (args.first as number | undefined) ?? 50, after: (args.after as string | null | undefined) ?? null });

describe('planSelection', () => {
  it('knows the stored properties of every scalar field of every entity type (a field it missed would read as null)', () => {
    const missing: string[] = [];
    for (const typeName of Object.values(ENTITY_LABELS)) {
      const type = schema.getType(typeName);
      if (!isObjectType(type)) throw new Error(typeName);
      for (const field of Object.values(type.getFields())) {
        if (!isLeafType(getNamedType(field.type))) continue; // objects are resolved by id, through the loaders
        if (FIELD_PROPERTIES[field.name] || NESTED_FIELDS[typeName]?.[field.name]) continue;
        missing.push(`${typeName}.${field.name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('plans a gemeente with a page of engagements, their bureaus and participants, through fragments, aliases and @include', () => {
    const { info, root } = infoFor(
      `query($more: Boolean!) { municipality(id: "x") { ...M name
        eerste: engagements(first: 2, after: "eng-a") { title startYear consultancies { name } participants { role person { name } } }
        engagementCount regions { name } aliases @include(if: $more) } }
       fragment M on Municipality { population ... on Entity { provenance { quote } } }`,
      { more: false },
    );
    const plan = planEntity(info, 'Municipality', selectedFields(info, [root], ['Municipality']), 2, page);
    expect(new Set(plan.props)).toEqual(new Set(['population', 'provSources', 'provQuotes', 'name']));
    expect(plan.nested.map((n) => [n.key, n.field, n.source])).toEqual([
      ['eerste', 'engagements', 'MUNICIPALITY'],
      ['engagementCount', 'engagementCount', 'MUNICIPALITY'],
    ]);
    const engagements = plan.nested[0]!;
    expect(engagements.page).toEqual({ first: 2, after: 'eng-a' });
    expect(new Set(engagements.plan!.props)).toEqual(new Set(['name', 'startYear']));
    expect(engagements.plan!.nested.map((n) => n.field)).toEqual(['consultancies', 'participants']);
    expect(engagements.plan!.nested[1]!.plan!.props).toEqual(['name']);
    // Two levels only: the bureaus' own relationship fields would be left to the loaders.
    expect(engagements.plan!.nested[0]!.plan!.nested).toEqual([]);
  });

  it('leaves a participant\'s engagement, and relationship fields under an interface, to the loaders', () => {
    const { info, root } = infoFor(`{ engagement(id: "x") { participants { role engagement { title } } clients { name ... on Municipality { engagements { title } } } } }`);
    const plan = planEntity(info, 'Engagement', selectedFields(info, [root], ['Engagement']), 2, page);
    expect(plan.nested.map((n) => n.field)).toEqual(['clients']);
    expect(plan.nested[0]!.plan!.nested).toEqual([]);
  });
});
