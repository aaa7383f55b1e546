import { ZDataOf, ZRegion, type TRegion } from '@kansplek/api/contract';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { regionsQueryKey } from './get-regions';

export async function getRegion(id: string): Promise<TRegion> {
  return (await apiClient.get(`/api/regions/${encodeURIComponent(id)}`, { schema: ZDataOf(ZRegion) })).data;
}

export const regionQueryOptions = (id: string) =>
  queryOptions({ queryKey: [...regionsQueryKey, 'detail', id], queryFn: () => getRegion(id) });

export function useRegion(id: string) {
  return useQuery(regionQueryOptions(id));
}
