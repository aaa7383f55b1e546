import { ZDataOf, ZMatch, type TExitReason, type TMatch } from '@kansplek/api/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { myMatchesQueryKey } from './portal-keys';

export interface Withdrawal {
  matchId: string;
  version: number;
  reason: TExitReason;
  note: string;
}

/** The candidate no longer wants the place: the match ends as withdrawn, with their reason. */
export async function withdrawMatch({ matchId, version, reason, note }: Withdrawal): Promise<TMatch> {
  const body = await apiClient.post(`/api/matches/${encodeURIComponent(matchId)}/transitions`, {
    body: { to: 'withdrawn', version, reason, note },
    schema: ZDataOf(ZMatch),
  });
  return body.data;
}

export function useWithdrawMatch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: withdrawMatch,
    onSettled: () => queryClient.invalidateQueries({ queryKey: myMatchesQueryKey }),
  });
}
