import { ZDataOf, ZFunnelReport, type TFunnelReport } from '@kansplek/api/contract';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { reportsQueryKey, type ReportScope } from './reports-query-key';

export type FunnelParams = ReportScope & { from?: string; to?: string };

export async function getFunnelReport(params: FunnelParams): Promise<TFunnelReport> {
  const body = await apiClient.get('/api/reports/funnel', {
    query: { ...params },
    schema: ZDataOf(ZFunnelReport),
  });
  return body.data;
}

export const funnelReportQueryOptions = (params: FunnelParams) =>
  queryOptions({
    queryKey: [...reportsQueryKey, 'funnel', params],
    queryFn: () => getFunnelReport(params),
    placeholderData: keepPreviousData,
  });

export function useFunnelReport(params: FunnelParams) {
  return useQuery(funnelReportQueryOptions(params));
}
