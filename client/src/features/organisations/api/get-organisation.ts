import { ZDataOf, ZOrganisation, type TOrganisation } from '@kansplek/api/contract';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { organisationsQueryKey } from './get-organisations';

export async function getOrganisation(id: string): Promise<TOrganisation> {
  const body = await apiClient.get(`/api/organisations/${encodeURIComponent(id)}`, {
    schema: ZDataOf(ZOrganisation),
  });
  return body.data;
}

export const organisationQueryOptions = (id: string) =>
  queryOptions({ queryKey: [...organisationsQueryKey, 'detail', id], queryFn: () => getOrganisation(id) });

export function useOrganisation(id: string) {
  return useQuery(organisationQueryOptions(id));
}
