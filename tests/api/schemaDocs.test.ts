/**
 * GraphiQL's Docs panel is the analyst's manual: every type, field, argument, input field and enum
 * value the API shows has a description, read here through introspection as GraphiQL reads it
 * (also the fields an interface declares, repeated on the types that implement it).
 */
import { describe, expect, it } from 'vitest';
import { getIntrospectionQuery, type IntrospectionQuery } from 'graphql';
import { useTestApp } from '../support/testServer.js';
import { query } from './apiHelpers.js';

describe('schema documentation', () => {
  const ctx = useTestApp();

  it('describes every type, field, argument, input field and enum value in introspection', async () => {
    const { __schema } = (await query(ctx.app, getIntrospectionQuery())) as IntrospectionQuery;
    const undescribed: string[] = [];
    const check = (where: string, description: string | null | undefined) => {
      if (!description?.trim()) undescribed.push(where);
    };
    const ours = __schema.types.filter((t) => !t.name.startsWith('__'));
    for (const type of ours) {
      check(type.name, type.description);
      if (type.kind === 'OBJECT' || type.kind === 'INTERFACE') {
        for (const field of type.fields) {
          check(`${type.name}.${field.name}`, field.description);
          for (const arg of field.args) check(`${type.name}.${field.name}(${arg.name})`, arg.description);
        }
      }
      if (type.kind === 'INPUT_OBJECT') for (const field of type.inputFields) check(`${type.name}.${field.name}`, field.description);
      if (type.kind === 'ENUM') for (const value of type.enumValues) check(`${type.name}.${value.name}`, value.description);
    }
    expect(undescribed).toEqual([]);
    // The interface's words on the implementing type: what GraphiQL shows on Municipality.name.
    const municipality = ours.find((t) => t.name === 'Municipality');
    const entity = ours.find((t) => t.name === 'Entity');
    const fieldOf = (t: typeof municipality, name: string) => (t && 'fields' in t ? t.fields.find((f) => f.name === name) : undefined);
    expect(fieldOf(municipality, 'name')?.description).toBe(fieldOf(entity, 'name')?.description);
  });
});
