import { MAX_PAGE_SIZE, type TMatch } from '@kansplek/api/contract';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getMatches } from '@/features/pipeline/api/get-matches';
import { liveMatchMeta } from '@/features/pipeline/api/pipeline-keys';
import { myMatchesQueryKey } from './portal-keys';

export const MY_MATCHES_PAGE_SIZE = 10;

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
    queryFn: () => getMatches({ stage: 'shortlisted', page: 1, limit: MAX_PAGE_SIZE }),
    select: (result) => result.data.filter(isWaitingForAnswer),
    meta: liveMatchMeta,
  });
}

/** One page of all the candidate's matches, the most recently changed first. */
export function useMyMatches(page: number) {
  return useQuery({
    queryKey: [...myMatchesQueryKey, 'list', page],
    queryFn: () => getMatches({ page, limit: MY_MATCHES_PAGE_SIZE }),
    placeholderData: keepPreviousData,
    meta: liveMatchMeta,
  });
}
