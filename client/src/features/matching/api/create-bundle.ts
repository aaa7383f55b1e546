import { ZDataOf, ZPlace, type TCreateBundle, type TPlace } from '@kansplek/api/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';

/** Combines the parts into one new place; each part then points to it (`bundledInto`). */
export async function createBundle(input: TCreateBundle): Promise<TPlace> {
  const body = await apiClient.post('/api/bundles', { body: input, schema: ZDataOf(ZPlace) });
  return body.data;
}

export function useCreateBundle() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createBundle,
    // New place, changed parts, fewer suggestions: all of it is read again.
    onSettled: () => queryClient.invalidateQueries(),
  });
}
