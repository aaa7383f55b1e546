import { ZDataOf, ZSummaryReport, type TSummaryReport } from '@kansplek/api/contract';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { reportsQueryKey, type ReportScope } from './reports-query-key';

export async function getSummaryReport(scope: ReportScope): Promise<TSummaryReport> {
  const body = await apiClient.get('/api/reports/summary', {
    query: { ...scope },
    schema: ZDataOf(ZSummaryReport),
  });
  return body.data;
}

export const summaryReportQueryOptions = (scope: ReportScope) =>
  queryOptions({
    queryKey: [...reportsQueryKey, 'summary', scope],
    queryFn: () => getSummaryReport(scope),
    placeholderData: keepPreviousData,
  });

export function useSummaryReport(scope: ReportScope) {
  return useQuery(summaryReportQueryOptions(scope));
}
