import { ZOrganisation, ZPageOf, type TOrganisationListQuery } from '@kansplek/api/contract';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';

export const organisationsQueryKey = ['organisations'] as const;

export type OrganisationListParams = Partial<Pick<TOrganisationListQuery, 'kind' | 'q' | 'displaced'>> &
  Pick<TOrganisationListQuery, 'sort' | 'page' | 'limit'>;

export function getOrganisations({ displaced, ...params }: OrganisationListParams) {
  return apiClient.get('/api/organisations', {
    // The API reads the flag as the words true/false.
    query: { ...params, displaced: displaced === undefined ? undefined : String(displaced) },
    schema: ZPageOf(ZOrganisation),
  });
}

export const organisationsQueryOptions = (params: OrganisationListParams) =>
  queryOptions({
    queryKey: [...organisationsQueryKey, 'list', params],
    queryFn: () => getOrganisations(params),
    placeholderData: keepPreviousData,
  });

export function useOrganisations(params: OrganisationListParams) {
  return useQuery(organisationsQueryOptions(params));
}
