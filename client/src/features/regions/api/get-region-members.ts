import {
  MAX_PAGE_SIZE,
  ZOrganisationSummary,
  ZPageOf,
  type TOrganisationSummary,
} from '@kansplek/api/contract';
import { useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';

/**
 * Every organisation of a kind, page by page (the Netherlands has over 300 municipalities, more than
 * one page of the API holds). Only admins, who see all organisations, build regions.
 */
export async function getAllOrganisationsOfKind(
  kind: 'municipality' | 'service_point',
): Promise<TOrganisationSummary[]> {
  const organisations: TOrganisationSummary[] = [];
  for (let page = 1; ; page += 1) {
    const answer = await apiClient.get('/api/organisations', {
      query: { kind, page, limit: MAX_PAGE_SIZE, sort: 'name' },
      schema: ZPageOf(ZOrganisationSummary),
    });
    organisations.push(...answer.data);
    if (page >= answer.page.pages) return organisations;
  }
}

export function useRegionMembers(kind: 'municipality' | 'service_point') {
  return useQuery({
    queryKey: ['organisations', 'all', kind],
    queryFn: () => getAllOrganisationsOfKind(kind),
    staleTime: 60_000,
  });
}
