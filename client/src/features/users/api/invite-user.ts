import { ZDataOf, ZInvitation, type TInvitation, type TInviteUser } from '@kansplek/api/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { usersQueryKey } from './get-users';

export async function inviteUser(input: TInviteUser): Promise<TInvitation> {
  const body = await apiClient.post('/api/users/invitations', { body: input, schema: ZDataOf(ZInvitation) });
  return body.data;
}

export function useInviteUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: inviteUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKey }),
  });
}
