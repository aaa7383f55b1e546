import { ZContractReportRow, ZPageOf } from '@kansplek/api/contract';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { reportsQueryKey, type ReportScope } from './reports-query-key';

export type ContractReportParams = ReportScope & { page: number; limit: number };

/** Obligation, realised credit and forecast per contract in the caller's scope. */
export function getContractReport(params: ContractReportParams) {
  return apiClient.get('/api/reports/contracts', {
    query: { ...params },
    schema: ZPageOf(ZContractReportRow),
  });
}

export const contractReportQueryOptions = (params: ContractReportParams) =>
  queryOptions({
    queryKey: [...reportsQueryKey, 'contracts', params],
    queryFn: () => getContractReport(params),
    placeholderData: keepPreviousData,
  });

export function useContractReport(params: ContractReportParams) {
  return useQuery(contractReportQueryOptions(params));
}
