import { ZDataOf, ZMe, type TMe, type TUpdateMe } from '@kansplek/api/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { meQueryKey } from '@/features/auth/api/get-me';

export async function updateMe(changes: TUpdateMe): Promise<TMe> {
  const body = await apiClient.patch('/api/me', { body: changes, schema: ZDataOf(ZMe) });
  return body.data;
}

export function useUpdateMe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateMe,
    onSuccess: (me) => queryClient.setQueryData(meQueryKey, me),
  });
}
