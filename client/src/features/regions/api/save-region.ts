import {
  ZDataOf,
  ZRegion,
  type TCreateRegion,
  type TRegion,
  type TUpdateRegion,
} from '@kansplek/api/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { regionQueryOptions } from './get-region';
import { regionsQueryKey } from './get-regions';

export async function createRegion(input: TCreateRegion): Promise<TRegion> {
  return (await apiClient.post('/api/regions', { body: input, schema: ZDataOf(ZRegion) })).data;
}

export async function updateRegion({ id, ...changes }: TUpdateRegion & { id: string }): Promise<TRegion> {
  return (
    await apiClient.patch(`/api/regions/${encodeURIComponent(id)}`, {
      body: changes,
      schema: ZDataOf(ZRegion),
    })
  ).data;
}

function useRegionMutation<Input extends object>(mutationFn: (input: Input) => Promise<TRegion>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (region) => {
      queryClient.setQueryData(regionQueryOptions(region.id).queryKey, region);
      // Lists, and the region names shown with organisations, change with it.
      return queryClient.invalidateQueries({ queryKey: regionsQueryKey });
    },
    onError: (_error, input) => {
      const id = (input as { id?: string }).id;
      return id ? queryClient.invalidateQueries({ queryKey: regionQueryOptions(id).queryKey }) : undefined;
    },
  });
}

export const useCreateRegion = () => useRegionMutation(createRegion);
export const useUpdateRegion = () => useRegionMutation(updateRegion);
