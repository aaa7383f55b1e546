import {
  ZDataOf,
  ZPageOf,
  ZRuleSet,
  ZRuleSetPresetInfo,
  type TCreateRuleSet,
  type TRuleSet,
  type TRuleSetListQuery,
} from '@kansplek/api/contract';
import { z } from 'zod';
import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';

export const ruleSetsQueryKey = ['rule-sets'] as const;

export type RuleSetListParams = Partial<Pick<TRuleSetListQuery, 'regionId'>> &
  Pick<TRuleSetListQuery, 'page' | 'limit'>;

export function useRuleSets(params: RuleSetListParams) {
  return useQuery({
    queryKey: [...ruleSetsQueryKey, 'list', params],
    queryFn: () =>
      apiClient.get('/api/rule-sets', { query: { ...params, sort: '-version' }, schema: ZPageOf(ZRuleSet) }),
    placeholderData: keepPreviousData,
  });
}

export const ruleSetQueryOptions = (id: string) =>
  queryOptions({
    queryKey: [...ruleSetsQueryKey, 'detail', id],
    queryFn: async () =>
      (await apiClient.get(`/api/rule-sets/${encodeURIComponent(id)}`, { schema: ZDataOf(ZRuleSet) })).data,
  });

export function useRuleSet(id: string | undefined) {
  return useQuery({ ...ruleSetQueryOptions(id ?? ''), enabled: Boolean(id) });
}

/** The published examples (admins only), to start a new version from. */
export function useRuleSetPresets(enabled: boolean) {
  return useQuery({
    queryKey: [...ruleSetsQueryKey, 'presets'],
    queryFn: async () =>
      (
        await apiClient.get('/api/rule-sets/presets', {
          schema: z.object({ data: z.array(ZRuleSetPresetInfo) }),
        })
      ).data,
    enabled,
    staleTime: Infinity,
  });
}

export async function createRuleSet(input: TCreateRuleSet): Promise<TRuleSet> {
  return (await apiClient.post('/api/rule-sets', { body: input, schema: ZDataOf(ZRuleSet) })).data;
}

export function useCreateRuleSet() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createRuleSet,
    onSuccess: async (created) => {
      queryClient.setQueryData(ruleSetQueryOptions(created.id).queryKey, created);
      await queryClient.invalidateQueries({ queryKey: [...ruleSetsQueryKey, 'list'] });
      // Every credit of the region was revalued.
      await queryClient.invalidateQueries({ queryKey: ['sroi'] });
    },
  });
}
