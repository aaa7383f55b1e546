import { MAX_PAGE_SIZE, ZContract, ZOrganisationSummary, ZPageOf } from '@kansplek/api/contract';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';

// Only what a select needs; the rest of a contract (its value, its obligation) is not shown here.
const ZContractOption = ZContract.pick({ id: true, title: true, reference: true, status: true });

/** The active contracts of a contractor: the only ones a place may count for. */
export function getActiveContracts(contractorId: string | undefined) {
  return apiClient.get('/api/contracts', {
    query: { status: 'active', contractorId, limit: MAX_PAGE_SIZE, sort: 'title' },
    schema: ZPageOf(ZContractOption),
  });
}

export const activeContractsQueryOptions = (contractorId: string | undefined) =>
  queryOptions({
    queryKey: ['contracts', 'active-options', contractorId ?? 'own'],
    queryFn: () => getActiveContracts(contractorId),
    staleTime: 60_000,
  });

/** `enabled` is false while a consultant has not chosen the contractor yet. */
export function useActiveContracts(contractorId: string | undefined, enabled = true) {
  return useQuery({ ...activeContractsQueryOptions(contractorId), enabled });
}

/** The contractors of a consultant's region (a region has tens, not thousands). */
export function getContractorOptions() {
  return apiClient.get('/api/organisations', {
    query: { kind: 'contractor', sort: 'name', page: 1, limit: MAX_PAGE_SIZE },
    schema: ZPageOf(ZOrganisationSummary),
  });
}

export function useContractorOptions(enabled = true) {
  return useQuery({
    queryKey: ['organisations', 'contractor-options'],
    queryFn: getContractorOptions,
    staleTime: 5 * 60_000,
    enabled,
  });
}
