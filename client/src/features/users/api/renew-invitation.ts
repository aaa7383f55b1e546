import { ZDataOf, ZInvitation, type TInvitation } from '@kansplek/api/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { usersQueryKey } from './get-users';

/** A new one-time link for a user who has not set a password yet; the old link stops working. */
export async function renewInvitation(userId: string): Promise<TInvitation> {
  const body = await apiClient.post(`/api/users/${encodeURIComponent(userId)}/invitations`, {
    schema: ZDataOf(ZInvitation),
  });
  return body.data;
}

export function useRenewInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: renewInvitation,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKey }),
  });
}
