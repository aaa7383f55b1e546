import {
  ZDataOf,
  ZEnrolmentConfirmed,
  ZSecondFactorEnrolment,
  type TEnrolmentConfirmed,
  type TSecondFactorEnrolment,
} from '@kansplek/api/contract';
import { useMutation, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';

export async function startEnrolment(): Promise<TSecondFactorEnrolment> {
  const body = await apiClient.post('/api/auth/second-factor/enrolment', {
    schema: ZDataOf(ZSecondFactorEnrolment),
  });
  return body.data;
}

/**
 * The new secret, asked for once per screen: as a query, so that two renders (React's strict mode)
 * share one request instead of making two secrets of which the server keeps only the last.
 */
export function useEnrolmentSecret() {
  return useQuery({
    queryKey: ['second-factor-enrolment'],
    queryFn: startEnrolment,
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
    refetchOnWindowFocus: false,
  });
}

export async function confirmEnrolment(code: string): Promise<TEnrolmentConfirmed> {
  const body = await apiClient.post('/api/auth/second-factor/enrolment/confirm', {
    body: { code },
    schema: ZDataOf(ZEnrolmentConfirmed),
  });
  return body.data;
}

export function useConfirmEnrolment() {
  return useMutation({ mutationFn: confirmEnrolment });
}
