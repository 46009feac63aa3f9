import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ApiError } from './ApiError';
import type { TypedDocumentString } from './generated/graphql';
import { graphqlQuery, toRequest, type GraphQLRequest } from './queryClient';

export interface GraphQLQueryState<TResult> {
  /** The answer; while the next one loads, the previous one (see `isCurrent`), so views do not flash empty. */
  data: TResult | undefined;
  /** `data` answers the current variables. */
  isCurrent: boolean;
  error: ApiError | null;
  /** A request for the current variables is running. */
  loading: boolean;
  retry: () => void;
  /** The query and variables this view runs (for "Toon query"); null when skipped. */
  request: GraphQLRequest | null;
}

/** Runs a typed operation whenever its variables change; `null` variables skip it. */
export function useGraphQLQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables | null,
): GraphQLQueryState<TResult> {
  const enabled = variables !== null;
  const q = useQuery({
    ...graphqlQuery(document, variables as TVariables),
    enabled,
    placeholderData: keepPreviousData,
  });
  return {
    data: enabled ? q.data : undefined,
    isCurrent: enabled && q.data !== undefined && !q.isPlaceholderData,
    error: enabled ? q.error : null,
    loading: enabled && q.isFetching,
    retry: () => void q.refetch(),
    request: enabled ? toRequest(document, variables) : null,
  };
}
