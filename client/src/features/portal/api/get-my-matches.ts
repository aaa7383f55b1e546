import { MAX_PAGE_SIZE, ZMatch, ZPageOf, type TMatch } from '@kansplek/api/contract';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { refreshOnNotifications } from '@/lib/live-queries';
import { MATCH_NOTIFICATION_KINDS, myMatchesQueryKey } from './portal-keys';

export const MY_MATCHES_PAGE_SIZE = 10;

/** The signed-in candidate's matches: those they were asked about and those they showed interest in. */
export function getMyMatches(query: { page: number; limit: number; stage?: TMatch['stage'] }) {
  return apiClient.get('/api/matches', { query, schema: ZPageOf(ZMatch) });
}

/** An introduction the candidate has not answered yet (the employer knows nothing of them until yes). */
export function isWaitingForAnswer(match: TMatch): boolean {
  return (
    match.introduction !== null &&
    match.introduction.consent === null &&
    match.nextStages.includes('introduced')
  );
}

/**
 * The introductions waiting for the candidate's answer. They are shortlisted matches; a candidate has a
 * handful at most, so one page of the largest size holds them all.
 */
export function useWaitingIntroductions() {
  return useQuery({
    queryKey: [...myMatchesQueryKey, 'waiting'],
    queryFn: () => getMyMatches({ stage: 'shortlisted', page: 1, limit: MAX_PAGE_SIZE }),
    select: (result) => result.data.filter(isWaitingForAnswer),
    meta: refreshOnNotifications(MATCH_NOTIFICATION_KINDS),
  });
}

/** One page of all the candidate's matches, the most recently changed first. */
export function useMyMatches(page: number) {
  return useQuery({
    queryKey: [...myMatchesQueryKey, 'list', page],
    queryFn: () => getMyMatches({ page, limit: MY_MATCHES_PAGE_SIZE }),
    placeholderData: keepPreviousData,
    meta: refreshOnNotifications(MATCH_NOTIFICATION_KINDS),
  });
}
