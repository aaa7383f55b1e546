import { ZCandidate, ZDataOf, type TCandidate, type TRecordCandidateConsent } from '@kansplek/api/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { candidateQueryKey } from './get-candidate';
import { candidatesQueryKey } from './get-candidates';

/** The consultant records consent the candidate gave (or withdrew) in person. */
export async function recordCandidateConsent({
  id,
  ...input
}: TRecordCandidateConsent & { id: string }): Promise<TCandidate> {
  const body = await apiClient.put(`/api/candidates/${encodeURIComponent(id)}/consent`, {
    body: input,
    schema: ZDataOf(ZCandidate),
  });
  return body.data;
}

export function useRecordCandidateConsent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: recordCandidateConsent,
    onSuccess: (candidate) => {
      queryClient.setQueryData(candidateQueryKey(candidate.id), candidate);
      void queryClient.invalidateQueries({ queryKey: [...candidatesQueryKey, 'list'] });
    },
  });
}
