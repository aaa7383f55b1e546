import { ZDataOf, ZUser, type TUpdateUser, type TUser } from '@kansplek/api/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { usersQueryKey } from './get-users';

export async function updateUser({ id, ...changes }: TUpdateUser & { id: string }): Promise<TUser> {
  const body = await apiClient.patch(`/api/users/${encodeURIComponent(id)}`, {
    body: changes,
    schema: ZDataOf(ZUser),
  });
  return body.data;
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateUser,
    // Also after a conflict (stale_version): the list must show the version someone else saved.
    onSettled: () => queryClient.invalidateQueries({ queryKey: usersQueryKey }),
  });
}
