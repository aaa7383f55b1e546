import { ZDataOf, ZInvitation, type TCreateCandidateAccount, type TInvitation } from '@kansplek/api/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { candidateQueryKey } from './get-candidate';

/** Invites the candidate to an account linked to the profile; the answer carries the one-time link. */
export async function createCandidateAccount({
  id,
  ...input
}: TCreateCandidateAccount & { id: string }): Promise<TInvitation> {
  const body = await apiClient.post(`/api/candidates/${encodeURIComponent(id)}/account`, {
    body: input,
    schema: ZDataOf(ZInvitation),
  });
  return body.data;
}

export function useCreateCandidateAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCandidateAccount,
    // Also after a conflict: the profile shows the account (and version) that exists now.
    onSettled: (_data, _error, { id }) => queryClient.invalidateQueries({ queryKey: candidateQueryKey(id) }),
  });
}
