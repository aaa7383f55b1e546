import { ZDataOf, ZUser, type TUser } from '@kansplek/api/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { usersQueryKey } from './get-users';

export async function resetSecondFactor(userId: string): Promise<TUser> {
  const body = await apiClient.delete(`/api/users/${encodeURIComponent(userId)}/second-factor`, {
    schema: ZDataOf(ZUser),
  });
  return body.data;
}

export function useResetSecondFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resetSecondFactor,
    onSettled: () => queryClient.invalidateQueries({ queryKey: usersQueryKey }),
  });
}
