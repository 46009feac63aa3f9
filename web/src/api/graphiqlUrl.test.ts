import { describe, expect, it } from 'vitest';
import { graphiqlUrl, withVariableDefaults } from './graphiqlUrl';

describe('the GraphiQL link', () => {
  it('writes the variables into the query as defaults, so GraphiQL asks what the view asked', () => {
    const query = 'query FilteredEngagements($filter: EngagementFilter, $first: Int!, $after: String) {\n  engagements(filter: $filter, first: $first, after: $after) { totalCount }\n}';
    expect(withVariableDefaults(query, { filter: { themes: ['eigenKracht'], consultancies: null, from: 2015, to: undefined }, first: 20, after: null })).toBe(
      'query FilteredEngagements($filter: EngagementFilter = {themes: ["eigenKracht"], consultancies: null, from: 2015}, $first: Int! = 20, $after: String = null) {\n  engagements(filter: $filter, first: $first, after: $after) { totalCount }\n}',
    );
  });

  it('writes enum values unquoted, leaves variables without a value and own defaults alone, and queries without variables as they are', () => {
    expect(withVariableDefaults('query Search($query: String!, $types: [EntityType!], $first: Int = 5) { x }', { query: 'Kern "K"', types: ['MUNICIPALITY'] })).toBe(
      'query Search($query: String! = "Kern \\"K\\"", $types: [EntityType!] = [MUNICIPALITY], $first: Int = 5) { x }',
    );
    expect(withVariableDefaults('query Multi(\n  $id: ID!\n  $preset: ComparablePreset\n) { x }', { id: 'gemeente-ede', preset: 'BALANCED' })).toBe(
      'query Multi(\n  $id: ID! = "gemeente-ede"\n  $preset: ComparablePreset = BALANCED\n) { x }',
    );
    expect(withVariableDefaults('query Overview { stats { sourceCount } }', {})).toBe('query Overview { stats { sourceCount } }');
  });

  it('links to the endpoint with the query and the variables', () => {
    const url = new URL(graphiqlUrl('query Q($first: Int) { x(first: $first) }', { first: 3 }), 'http://localhost');
    expect(url.pathname).toBe('/graphql');
    expect(url.searchParams.get('query')).toBe('query Q($first: Int = 3) { x(first: $first) }');
    expect(url.searchParams.get('variables')).toContain('"first": 3');
  });
});
