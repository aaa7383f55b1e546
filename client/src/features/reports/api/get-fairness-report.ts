import { ZDataOf, ZFairnessReport, type TFairnessReport } from '@kansplek/api/contract';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { reportsQueryKey } from './reports-query-key';

export interface FairnessParams {
  from?: string;
  to?: string;
}

export async function getFairnessReport(params: FairnessParams): Promise<TFairnessReport> {
  const body = await apiClient.get('/api/reports/fairness', {
    query: { ...params },
    schema: ZDataOf(ZFairnessReport),
  });
  return body.data;
}

export const fairnessReportQueryOptions = (params: FairnessParams) =>
  queryOptions({
    queryKey: [...reportsQueryKey, 'fairness', params],
    queryFn: () => getFairnessReport(params),
    placeholderData: keepPreviousData,
  });

export function useFairnessReport(params: FairnessParams) {
  return useQuery(fairnessReportQueryOptions(params));
}
