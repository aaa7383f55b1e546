import {
  ZDataOf,
  ZOwnCandidateProfile,
  type TOwnCandidateProfile,
  type TUpdateOwnCandidateProfile,
} from '@kansplek/api/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { ownProfileQueryKey } from './get-own-profile';

/** Only preferences, availability and hours: the API refuses any other field. */
export async function updateOwnProfile(changes: TUpdateOwnCandidateProfile): Promise<TOwnCandidateProfile> {
  const body = await apiClient.patch('/api/me/candidate', {
    body: changes,
    schema: ZDataOf(ZOwnCandidateProfile),
  });
  return body.data;
}

export function useUpdateOwnProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateOwnProfile,
    onSuccess: (profile) => queryClient.setQueryData(ownProfileQueryKey, profile),
    // After a conflict the form keeps what was typed and gets the version saved meanwhile.
    onError: () => queryClient.invalidateQueries({ queryKey: ownProfileQueryKey }),
  });
}
