import { ZDataOf, ZSignInResult, type TAcceptInvite, type TSignInResult } from '@kansplek/api/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, resetCsrfToken } from '@/lib/api-client';
import { isSignedIn } from './sign-in-result';
import { startSession } from './start-session';

export async function acceptInvitation(input: TAcceptInvite): Promise<TSignInResult> {
  const body = await apiClient.post('/api/auth/invitations/accept', {
    body: input,
    schema: ZDataOf(ZSignInResult),
  });
  return body.data;
}

/** Setting the password also signs the new user in (staff set up a second factor first). */
export function useAcceptInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: acceptInvitation,
    onSuccess: (result) => (isSignedIn(result) ? startSession(queryClient, result) : resetCsrfToken()),
  });
}
