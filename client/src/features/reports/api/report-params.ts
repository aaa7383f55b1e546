import { ZDate, ZObjectId } from '@kansplek/api/contract';
import { buildUrl } from '@/lib/api-client';

/** The filters of the reports page; undefined is "the caller's own scope" or "all time". */
export interface ReportFilters {
  municipalityId?: string;
  contractorId?: string;
  from?: string;
  to?: string;
}

// Dutch parameter names, so a filtered report can be bookmarked or shared: ?gemeente=…&van=2026-01-01
export const REPORT_PARAM = {
  municipalityId: 'gemeente',
  contractorId: 'opdrachtnemer',
  from: 'van',
  to: 'tot',
} as const satisfies Record<keyof ReportFilters, string>;

/** The filters from the address, dropping anything a hand-edited address holds that the API would refuse. */
export function reportFiltersFromSearchParams(params: URLSearchParams): ReportFilters {
  const id = (value: string | null) => (ZObjectId.safeParse(value).success ? (value as string) : undefined);
  const date = (value: string | null) => (ZDate.safeParse(value).success ? (value as string) : undefined);
  return {
    municipalityId: id(params.get(REPORT_PARAM.municipalityId)),
    contractorId: id(params.get(REPORT_PARAM.contractorId)),
    from: date(params.get(REPORT_PARAM.from)),
    to: date(params.get(REPORT_PARAM.to)),
  };
}

/** The scope part of the filters, which every report takes. */
export const scopeOf = ({ municipalityId, contractorId }: ReportFilters) => ({
  municipalityId,
  contractorId,
});

/** The address of a report table as a CSV download, with the same filters as the table on screen. */
export function csvUrl(path: string, query: Record<string, string | number | undefined>): string {
  return buildUrl(path, { ...query, format: 'csv' });
}
