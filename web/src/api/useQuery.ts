import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import { ApiError, isAbort } from './ApiError';
import { graphqlRequest } from './graphqlRequest';
import { clearOutage, reportOutage } from './outages';

export interface QueryRequest {
  query: string;
  variables: Record<string, unknown>;
}

export interface QueryState<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  retry: () => void;
  /** The query and variables of the latest request (for "Toon query"); null when skipped. */
  request: QueryRequest | null;
  /** The variables that produced `data` (it may be older than `request` while the next answer loads). */
  dataVariables: Record<string, unknown> | undefined;
}

/**
 * Runs a query whenever its variables change (null skips it), aborting the previous request.
 * Keeps the previous data while the next answer loads, so views do not flash empty.
 */
export function useQuery<T>(query: string, variables: Record<string, unknown> | null, label: string): QueryState<T> {
  const key = variables === null ? null : JSON.stringify(variables);
  const outageKey = useId();
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<{ data?: T; error?: ApiError; loading: boolean; key: string | null }>({
    loading: key !== null,
    key: null,
  });
  const retry = useCallback(() => setAttempt((a) => a + 1), []);

  useEffect(() => {
    if (key === null) {
      setState({ loading: false, key: null });
      return undefined;
    }
    const controller = new AbortController();
    const vars = JSON.parse(key) as Record<string, unknown>;
    setState((s) => ({ ...s, loading: true, error: undefined }));
    graphqlRequest<T>(query, vars, { signal: controller.signal, label })
      .then((data) => {
        clearOutage(outageKey);
        setState({ data, loading: false, key });
      })
      .catch((e: unknown) => {
        if (isAbort(e) || controller.signal.aborted) return;
        const error = e instanceof ApiError ? e : new ApiError('UNKNOWN', String(e));
        if (error.isOutage) reportOutage(outageKey, { error, retry });
        setState((s) => ({ ...s, error, loading: false }));
      });
    return () => controller.abort();
  }, [query, key, label, attempt, outageKey, retry]);

  useEffect(() => () => clearOutage(outageKey), [outageKey]);

  const request = useMemo(
    () => (key === null ? null : { query, variables: JSON.parse(key) as Record<string, unknown> }),
    [query, key],
  );
  const dataVariables = useMemo(
    () => (state.data !== undefined && state.key ? (JSON.parse(state.key) as Record<string, unknown>) : undefined),
    [state.data, state.key],
  );
  return { data: state.data, error: state.error, loading: state.loading, retry, request, dataVariables };
}
