import { ZDataOf, ZMatch, type TMatch } from '@kansplek/api/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { myMatchesQueryKey } from './portal-keys';

export interface ConsentAnswer {
  matchId: string;
  version: number;
  given: boolean;
  note?: string;
}

/**
 * The candidate's own answer to an introduction, in the portal (so never "in person"). Yes: the employer
 * now sees their name and CV summary; no: the match is declined and the employer sees nothing.
 */
export async function decideConsent({ matchId, version, given, note }: ConsentAnswer): Promise<TMatch> {
  const body = await apiClient.post(`/api/matches/${encodeURIComponent(matchId)}/consent`, {
    body: { version, given, inPerson: false, ...(note ? { note } : {}) },
    schema: ZDataOf(ZMatch),
  });
  return body.data;
}

export function useDecideConsent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: decideConsent,
    onSettled: () => queryClient.invalidateQueries({ queryKey: myMatchesQueryKey }),
  });
}
