import { MAX_PAGE_SIZE, ZPageOf, ZRegion, type TRegion, type TRegionListQuery } from '@kansplek/api/contract';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';

export const regionsQueryKey = ['regions'] as const;

export type RegionListParams = Partial<Pick<TRegionListQuery, 'q'>> &
  Pick<TRegionListQuery, 'sort' | 'page' | 'limit'>;

export function getRegions(params: RegionListParams) {
  return apiClient.get('/api/regions', { query: { ...params }, schema: ZPageOf(ZRegion) });
}

export const regionsQueryOptions = (params: RegionListParams) =>
  queryOptions({
    queryKey: [...regionsQueryKey, 'list', params],
    queryFn: () => getRegions(params),
    placeholderData: keepPreviousData,
  });

export function useRegions(params: RegionListParams) {
  return useQuery(regionsQueryOptions(params));
}

/** Every region, page by page: the region form marks municipalities that another region already serves. */
export async function getAllRegions(): Promise<TRegion[]> {
  const regions: TRegion[] = [];
  for (let page = 1; ; page += 1) {
    const answer = await getRegions({ page, limit: MAX_PAGE_SIZE, sort: 'name' });
    regions.push(...answer.data);
    if (page >= answer.page.pages) return regions;
  }
}

export function useAllRegions() {
  return useQuery({ queryKey: [...regionsQueryKey, 'all'], queryFn: getAllRegions });
}
