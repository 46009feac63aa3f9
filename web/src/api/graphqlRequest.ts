import { ApiError, toApiErrorCode } from './ApiError';
import { recordQuery } from './lastQuery';
import { requestEnded, requestStarted } from './requestActivity';

/** Same origin only: the app talks to nothing but the GraphQL endpoint it was served with. */
export const GRAPHQL_ENDPOINT = '/graphql';

export interface RequestOptions {
  signal?: AbortSignal;
  /** Name of the view that sends it; the query is recorded under it for "Toon query". */
  label?: string;
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: unknown } }[];
}

/** Sends one GraphQL operation and returns its data, or throws an ApiError. */
export async function graphqlRequest<T>(
  query: string,
  variables: Record<string, unknown> = {},
  options: RequestOptions = {},
): Promise<T> {
  if (options.label) recordQuery(options.label, query, variables);
  requestStarted();
  try {
    let response: Response;
    try {
      response = await fetch(GRAPHQL_ENDPOINT, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
        body: JSON.stringify({ query, variables }),
        signal: options.signal,
      });
    } catch (e) {
      if (options.signal?.aborted) throw new ApiError('ABORTED', 'Request aborted');
      throw new ApiError('NETWORK', e instanceof Error ? e.message : 'Network error');
    }
    let body: GraphQLResponse<T> | undefined;
    try {
      body = (await response.json()) as GraphQLResponse<T>;
    } catch (e) {
      if (options.signal?.aborted) throw new ApiError('ABORTED', 'Request aborted');
      throw new ApiError('HTTP', `HTTP ${response.status}: the answer was not JSON`, response.status);
    }
    const first = body.errors?.[0];
    if (first) throw new ApiError(toApiErrorCode(first.extensions?.code), first.message, response.status);
    if (!response.ok || body.data == null) {
      throw new ApiError('HTTP', `HTTP ${response.status}`, response.status);
    }
    return body.data;
  } finally {
    requestEnded();
  }
}
