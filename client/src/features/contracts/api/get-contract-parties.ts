import { MAX_PAGE_SIZE, ZOrganisationSummary, ZPageOf, type TOrganisationKind } from '@kansplek/api/contract';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';

/** The municipalities of the consultant's region, or the contractors, to choose from on the contract form. */
export function getContractParties(kind: Extract<TOrganisationKind, 'municipality' | 'contractor'>) {
  return apiClient.get('/api/organisations', {
    query: { kind, page: 1, limit: MAX_PAGE_SIZE, sort: 'name' },
    schema: ZPageOf(ZOrganisationSummary),
  });
}

export const contractPartiesQueryOptions = (kind: 'municipality' | 'contractor') =>
  queryOptions({
    queryKey: ['organisations', 'options', kind],
    queryFn: () => getContractParties(kind),
    staleTime: 5 * 60_000,
  });

export function useContractParties(kind: 'municipality' | 'contractor') {
  return useQuery(contractPartiesQueryOptions(kind));
}
