import { MAX_PAGE_SIZE, ZContract, ZOrganisationSummary, ZPageOf } from '@kansplek/api/contract';
import { useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';

/** The contracts an effort can be registered for: the user's own, running or settled but not closed. */
export function useCreditableContracts() {
  return useQuery({
    queryKey: ['efforts', 'options', 'contracts'],
    queryFn: async () => {
      const statuses = ['active', 'fulfilled', 'overdue'] as const;
      const pages = await Promise.all(
        statuses.map((status) =>
          apiClient.get('/api/contracts', {
            query: { status, page: 1, limit: MAX_PAGE_SIZE, sort: 'title' },
            schema: ZPageOf(ZContract),
          }),
        ),
      );
      return pages.flatMap((page) => page.data);
    },
    staleTime: 60_000,
  });
}

/** The social enterprises of the region, to buy from. */
export function useSocialEnterprises() {
  return useQuery({
    queryKey: ['efforts', 'options', 'social-enterprises'],
    queryFn: () =>
      apiClient.get('/api/efforts/social-enterprises', { schema: ZPageOf(ZOrganisationSummary) }),
    staleTime: 5 * 60_000,
  });
}
