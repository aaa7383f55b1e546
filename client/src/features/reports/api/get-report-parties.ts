import { ZOrganisationSummary, ZPageOf } from '@kansplek/api/contract';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { getAllPages } from '@/lib/all-pages';

type PartyKind = 'municipality' | 'contractor';

/** The municipalities of the consultant's region, or its contractors, to narrow the reports to one. */
export function getReportParties(kind: PartyKind) {
  return getAllPages((page, limit) =>
    apiClient.get('/api/organisations', {
      query: { kind, page, limit, sort: 'name' },
      schema: ZPageOf(ZOrganisationSummary),
    }),
  );
}

export const reportPartiesQueryOptions = (kind: PartyKind) =>
  queryOptions({
    queryKey: ['organisations', 'report-parties', kind],
    queryFn: () => getReportParties(kind),
    staleTime: 5 * 60_000,
  });

export function useReportParties(kind: PartyKind) {
  return useQuery(reportPartiesQueryOptions(kind));
}
