import { ZDataOf, ZMatch, type TMatch } from '@kansplek/api/contract';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { liveMatchMeta, matchQueryKey } from './pipeline-keys';

/** One match with its timeline, trial, employment and the stages this user may move it to. */
export async function getMatch(id: string): Promise<TMatch> {
  const body = await apiClient.get(`/api/matches/${encodeURIComponent(id)}`, { schema: ZDataOf(ZMatch) });
  return body.data;
}

export const matchQueryOptions = (id: string) =>
  queryOptions({ queryKey: matchQueryKey(id), queryFn: () => getMatch(id), meta: liveMatchMeta });

export function useMatch(id: string) {
  return useQuery(matchQueryOptions(id));
}
