import { ZDataOf, ZPlace, type TCreatePlace, type TPlace } from '@kansplek/api/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { placesQueryKey } from './get-places';

export async function createPlace(input: TCreatePlace): Promise<TPlace> {
  const body = await apiClient.post('/api/places', { body: input, schema: ZDataOf(ZPlace) });
  return body.data;
}

export function useCreatePlace() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPlace,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: placesQueryKey }),
  });
}
