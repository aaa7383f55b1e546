import {
  ZDataOf,
  ZEffort,
  ZOk,
  type TEffort,
  type TSubmitEffort,
  type TUpdateEffort,
} from '@kansplek/api/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { effortQueryOptions, effortsQueryKey } from './get-efforts';

const path = (id: string) => `/api/efforts/${encodeURIComponent(id)}`;

export async function submitEffort(input: TSubmitEffort): Promise<TEffort> {
  return (await apiClient.post('/api/efforts', { body: input, schema: ZDataOf(ZEffort) })).data;
}

export async function updateEffort({ id, ...changes }: TUpdateEffort & { id: string }): Promise<TEffort> {
  return (await apiClient.patch(path(id), { body: changes, schema: ZDataOf(ZEffort) })).data;
}

export async function withdrawEffort({ id, version }: { id: string; version: number }): Promise<void> {
  await apiClient.delete(path(id), { query: { version }, schema: ZOk });
}

export type EffortDecision =
  | { id: string; version: number; decision: 'accept'; note: string }
  | { id: string; version: number; decision: 'reject'; reason: string };

export async function decideEffort(input: EffortDecision): Promise<TEffort> {
  const { id, decision, ...body } = input;
  return (await apiClient.post(`${path(id)}/${decision}`, { body, schema: ZDataOf(ZEffort) })).data;
}

/** The evidence file is sent as the body itself, with its own content type. */
export async function uploadEvidence({ id, file }: { id: string; file: File }): Promise<TEffort> {
  return (
    await apiClient.put(`${path(id)}/evidence`, {
      query: { filename: file.name },
      body: file,
      schema: ZDataOf(ZEffort),
    })
  ).data;
}

/** After any change the lists are stale, and every effort page (and the contract's SROI figures) with them. */
function useRefresh() {
  const queryClient = useQueryClient();
  return async (effort?: TEffort) => {
    if (effort) queryClient.setQueryData(effortQueryOptions(effort.id).queryKey, effort);
    await queryClient.invalidateQueries({ queryKey: [...effortsQueryKey, 'list'] });
    await queryClient.invalidateQueries({ queryKey: ['sroi'] });
  };
}

export function useSubmitEffort() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: submitEffort, onSuccess: refresh });
}

export function useUpdateEffort() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: updateEffort, onSuccess: refresh });
}

export function useWithdrawEffort() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: withdrawEffort, onSuccess: () => refresh() });
}

export function useDecideEffort() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: decideEffort, onSuccess: refresh });
}

export function useUploadEvidence() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: uploadEvidence, onSuccess: refresh });
}
