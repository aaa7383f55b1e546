import { ZDataOf, ZOwnCandidateProfile, type TOwnCandidateProfile } from '@kansplek/api/contract';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, isApiError } from '@/lib/api-client';

export const ownProfileQueryKey = ['me', 'candidate'] as const;

/** The candidate's own profile, or null while no consultant has linked one to the account. */
export async function getOwnProfile(): Promise<TOwnCandidateProfile | null> {
  try {
    const body = await apiClient.get('/api/me/candidate', { schema: ZDataOf(ZOwnCandidateProfile) });
    return body.data;
  } catch (error) {
    if (isApiError(error, 'not_found')) return null;
    throw error;
  }
}

export const ownProfileQueryOptions = () =>
  queryOptions({ queryKey: ownProfileQueryKey, queryFn: getOwnProfile });

export function useOwnProfile() {
  return useQuery(ownProfileQueryOptions());
}
