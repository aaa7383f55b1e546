import { ZMatch, ZPageOf, type TMatchStage, type TMyMatchesQuery } from '@kansplek/api/contract';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { liveMatchMeta, stageMatchesKey } from './pipeline-keys';

/** Cards per column and per "meer laden". */
export const BOARD_PAGE_SIZE = 10;

/** A page of the matches the user takes part in (the API decides which: region, organisation, own). */
export function getMatches(query: Partial<TMyMatchesQuery>) {
  return apiClient.get('/api/matches', { query, schema: ZPageOf(ZMatch) });
}

/** The matches the user takes part in at one stage (of one place, when given). */
export function getStageMatches(stage: TMatchStage, page: number, placeId?: string) {
  return getMatches({ stage, page, limit: BOARD_PAGE_SIZE, ...(placeId ? { placeId } : {}) });
}

export const stageMatchesQueryOptions = (stage: TMatchStage, placeId?: string) =>
  infiniteQueryOptions({
    queryKey: stageMatchesKey(stage, placeId),
    queryFn: ({ pageParam }) => getStageMatches(stage, pageParam, placeId),
    initialPageParam: 1,
    getNextPageParam: (last) => (last.page.page < last.page.pages ? last.page.page + 1 : undefined),
    meta: liveMatchMeta,
  });

/** One column of the board, a page at a time. */
export function useStageMatches(stage: TMatchStage, placeId?: string) {
  return useInfiniteQuery(stageMatchesQueryOptions(stage, placeId));
}
