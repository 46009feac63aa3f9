import { QueryClient, queryOptions } from '@tanstack/react-query';
import { toApiError, type ApiError } from './ApiError';
import type { TypedDocumentString } from './generated/graphql';
import { graphqlRequest } from './graphqlRequest';

declare module '@tanstack/react-query' {
  /** Every query fails with an ApiError (`graphqlQuery` makes sure), so views read `error.code` without a cast. */
  interface Register {
    defaultError: ApiError;
  }
}

/** The query and variables of a request, as "Toon query" shows them and GraphiQL opens them. */
export interface GraphQLRequest {
  query: string;
  variables: Record<string, unknown>;
}

export function toRequest<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>, variables: TVariables): GraphQLRequest {
  return { query: document.toString(), variables: variables as Record<string, unknown> };
}

/** Codegen makes operation names unique, so name + variables identifies an answer in the cache. */
function operationName<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>): string {
  return /\b(?:query|mutation)\s+(\w+)/.exec(document.toString())?.[1] ?? document.toString();
}

/** A query function's request: whatever goes wrong is an ApiError, as `Register` promises. */
export async function fetchGraphQL<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  signal: AbortSignal,
): Promise<TResult> {
  try {
    return await graphqlRequest(document, variables, { signal });
  } catch (e) {
    throw toApiError(e);
  }
}

/**
 * One GraphQL operation as a TanStack query: cached under its name and variables, aborted through
 * the signal TanStack passes when nobody needs the answer any more.
 */
export function graphqlQuery<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>, variables: TVariables) {
  return queryOptions({
    queryKey: [operationName(document), variables] as const,
    queryFn: ({ signal }) => fetchGraphQL(document, variables, signal),
  });
}

/**
 * The app's cache. The graph changes only through curation, so answers stay fresh for minutes and a
 * view revisited (an entity selected again, a path asked again) shows at once. A network or database
 * blip gets one automatic retry; anything else (bad input, a timeout) would fail the same way again.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 5 * 60_000,
        refetchOnWindowFocus: false,
        retry: (failures, error) => failures < 1 && error.isTransient,
        retryDelay: 800,
      },
    },
  });
}
