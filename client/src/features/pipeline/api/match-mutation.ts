import { ZDataOf, ZMatch, type TMatch } from '@kansplek/api/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { matchingQueryKey } from '@/features/matching/api/matching-keys';
import { apiClient } from '@/lib/api-client';
import { matchQueryKey, pipelineQueryKey } from './pipeline-keys';

/** One step in a match's pipeline (`/api/matches/:id/<step>`); every step answers with the match as it is now. */
export async function postMatchStep(id: string, step: string, body: unknown): Promise<TMatch> {
  const answer = await apiClient.post(`/api/matches/${encodeURIComponent(id)}/${step}`, {
    body,
    schema: ZDataOf(ZMatch),
  });
  return answer.data;
}

/**
 * A step that changes a match: the answer shows at once, then the board, the match and the place's
 * matches refetch. A refused step (409, 422) refetches nothing, so the user reloads knowingly.
 */
export function useMatchMutation<Input>(send: (input: Input) => Promise<TMatch>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: async (match) => {
      queryClient.setQueryData(matchQueryKey(match.id), match);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: pipelineQueryKey }),
        queryClient.invalidateQueries({ queryKey: matchingQueryKey }),
      ]);
    },
  });
}
