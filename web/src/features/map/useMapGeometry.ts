import { useQuery } from '@tanstack/react-query';
import { ApiError } from '../../api/ApiError';
import { projectGemeenten, type MapGeometry, type Topology } from './mapGeometry';

/** The 2024 boundaries, served by the app itself from web/public/geo (no request leaves its origin). */
const BOUNDARIES_URL = '/geo/gemeente_2024.topojson';

async function loadGeometry(signal: AbortSignal): Promise<MapGeometry> {
  let response: Response;
  try {
    response = await fetch(BOUNDARIES_URL, { signal });
  } catch (e) {
    if (signal.aborted) throw new ApiError('ABORTED', 'Request aborted');
    throw new ApiError('NETWORK', e instanceof Error ? e.message : 'Network error');
  }
  if (!response.ok) throw new ApiError('HTTP', `HTTP ${response.status} for ${BOUNDARIES_URL}`, response.status);
  try {
    return projectGemeenten((await response.json()) as Topology);
  } catch (e) {
    throw new ApiError('UNKNOWN', e instanceof Error ? e.message : String(e));
  }
}

/** The gemeenten projected for the SVG, loaded once per session (the file does not change). */
export function useMapGeometry() {
  return useQuery({ queryKey: ['geo', BOUNDARIES_URL], queryFn: ({ signal }) => loadGeometry(signal), staleTime: Infinity, gcTime: Infinity });
}
