import {
  ZDataOf,
  ZOwnCandidateProfile,
  type TOwnCandidateProfile,
  type TRecordCandidateConsent,
} from '@kansplek/api/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { ownProfileQueryKey } from './get-own-profile';

/** The candidate gives or withdraws a consent; a withdrawal counts from this moment. */
export async function recordOwnConsent(input: TRecordCandidateConsent): Promise<TOwnCandidateProfile> {
  const body = await apiClient.put('/api/me/candidate/consent', {
    body: input,
    schema: ZDataOf(ZOwnCandidateProfile),
  });
  return body.data;
}

export function useRecordOwnConsent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: recordOwnConsent,
    onSuccess: (profile) => queryClient.setQueryData(ownProfileQueryKey, profile),
    onError: () => queryClient.invalidateQueries({ queryKey: ownProfileQueryKey }),
  });
}
