import { ZDataOf, ZMe, type TAcceptInvite, type TMe } from '@kansplek/api/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { startSession } from './start-session';

export async function acceptInvitation(input: TAcceptInvite): Promise<TMe> {
  const body = await apiClient.post('/api/auth/invitations/accept', { body: input, schema: ZDataOf(ZMe) });
  return body.data;
}

/** Setting the password also signs the new user in. */
export function useAcceptInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: acceptInvitation,
    onSuccess: (me) => startSession(queryClient, me),
  });
}
