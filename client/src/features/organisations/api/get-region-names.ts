import { MAX_PAGE_SIZE, ZPageOf, ZRegion } from '@kansplek/api/contract';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';

/** The regions the user may see (admins all, consultants their own), to name and choose them. */
export function getRegionNames() {
  return apiClient.get('/api/regions', {
    query: { page: 1, limit: MAX_PAGE_SIZE, sort: 'name' },
    schema: ZPageOf(ZRegion.pick({ id: true, name: true })),
  });
}

export const regionNamesQueryOptions = () =>
  queryOptions({ queryKey: ['regions', 'names'], queryFn: getRegionNames, staleTime: 5 * 60_000 });

export function useRegionNames() {
  return useQuery(regionNamesQueryOptions());
}
