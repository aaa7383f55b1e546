import { MAX_PAGE_SIZE, ZOrganisationSummary, ZPageOf } from '@kansplek/api/contract';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';

/** Organisations to choose from when inviting a user (a region has tens, not thousands). */
export function getOrganisationOptions() {
  return apiClient.get('/api/organisations', {
    query: { page: 1, limit: MAX_PAGE_SIZE },
    schema: ZPageOf(ZOrganisationSummary),
  });
}

export const organisationOptionsQueryOptions = () =>
  queryOptions({
    queryKey: ['organisations', 'options'],
    queryFn: getOrganisationOptions,
    staleTime: 5 * 60_000,
  });

export function useOrganisationOptions() {
  return useQuery(organisationOptionsQueryOptions());
}
