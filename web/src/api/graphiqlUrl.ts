import { GRAPHQL_ENDPOINT } from './graphqlRequest';
import * as schemaEnums from './generated/schema-enums';

/** The schema's enum types: a variable of one of these takes its value unquoted. */
const ENUM_TYPES: ReadonlySet<string> = new Set(Object.keys(schemaEnums));

/** A JSON value as a GraphQL literal; with `asEnum`, strings as enum values. */
function literal(value: unknown, asEnum: boolean): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map((v) => literal(v, asEnum)).join(', ')}]`;
  if (typeof value === 'object') {
    const fields = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${fields.map(([k, v]) => `${k}: ${literal(v, false)}`).join(', ')}}`;
  }
  if (typeof value === 'string') return asEnum ? value : JSON.stringify(value);
  // Numbers and booleans are written as JSON writes them.
  return JSON.stringify(value) ?? 'null';
}

/**
 * The operation with each variable's value written in as its default (`$first: Int! = 20`), so that
 * the query alone asks what the view asked: yoga's GraphiQL takes `query` from the URL but not
 * `variables`. Variables with a default of their own keep it.
 */
export function withVariableDefaults(query: string, variables: Record<string, unknown>): string {
  return query.replace(/^(\s*(?:query|mutation)\b[^({]*\()([^)]*)\)/m, (_whole, head: string, definitions: string) => {
    const withDefaults = definitions.replace(/\$(\w+)\s*:\s*([\w![\]\s]+?)(?=\s*(?:,|\$|$))/g, (definition, name: string, type: string) =>
      name in variables ? `${definition} = ${literal(variables[name], ENUM_TYPES.has(type.replace(/[![\]\s]/g, '')))}` : definition,
    );
    return `${head}${withDefaults})`;
  });
}

/** A link that opens the query in the server's GraphiQL, its variables written into the query as defaults. */
export function graphiqlUrl(query: string, variables: Record<string, unknown>): string {
  const params = new URLSearchParams({ query: withVariableDefaults(query, variables), variables: JSON.stringify(variables, null, 2) });
  return `${GRAPHQL_ENDPOINT}?${params.toString()}`;
}
