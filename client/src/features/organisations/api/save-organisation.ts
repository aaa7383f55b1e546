import {
  ZDataOf,
  ZOrganisation,
  type TCreateOrganisation,
  type TOrganisation,
  type TSetDisplacement,
  type TUpdateOrganisation,
} from '@kansplek/api/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { organisationQueryOptions } from './get-organisation';
import { organisationsQueryKey } from './get-organisations';

const path = (id: string) => `/api/organisations/${encodeURIComponent(id)}`;
const schema = ZDataOf(ZOrganisation);

export async function createOrganisation(input: TCreateOrganisation): Promise<TOrganisation> {
  return (await apiClient.post('/api/organisations', { body: input, schema })).data;
}

export async function updateOrganisation({ id, ...changes }: TUpdateOrganisation & { id: string }) {
  return (await apiClient.patch(path(id), { body: changes, schema })).data;
}

/** Flags a recent collective dismissal (verdringingsrisico), with date and note. */
export async function setDisplacement({ id, ...input }: TSetDisplacement & { id: string }) {
  return (await apiClient.put(`${path(id)}/displacement`, { body: input, schema })).data;
}

export async function clearDisplacement({ id, version }: { id: string; version: number }) {
  return (await apiClient.delete(`${path(id)}/displacement`, { body: { version }, schema })).data;
}

/**
 * Every change answers with the saved organisation: the detail page shows it at once, lists refetch.
 * After an error (e.g. stale_version) the detail is fetched again, so the page shows what is stored.
 */
function useOrganisationMutation<Input extends object>(mutationFn: (input: Input) => Promise<TOrganisation>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (organisation) => {
      queryClient.setQueryData(organisationQueryOptions(organisation.id).queryKey, organisation);
      return queryClient.invalidateQueries({ queryKey: [...organisationsQueryKey, 'list'] });
    },
    onError: (_error, input) => {
      const id = (input as { id?: string }).id;
      return id
        ? queryClient.invalidateQueries({ queryKey: organisationQueryOptions(id).queryKey })
        : undefined;
    },
  });
}

export const useCreateOrganisation = () => useOrganisationMutation(createOrganisation);
export const useUpdateOrganisation = () => useOrganisationMutation(updateOrganisation);
export const useSetDisplacement = () => useOrganisationMutation(setDisplacement);
export const useClearDisplacement = () => useOrganisationMutation(clearDisplacement);
