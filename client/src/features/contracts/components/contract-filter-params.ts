import { CONTRACT_SORTS, ZContractStatus, ZObjectId } from '@kansplek/api/contract';
import type { ContractListParams } from '../api/get-contracts';

/** The filter form's values: strings, with '' meaning "any". */
export interface ContractFilterValues {
  q: string;
  status: string;
  municipalityId: string;
  contractorId: string;
  sort: string;
}

export const DEFAULT_CONTRACT_SORT = 'title';
export const EMPTY_CONTRACT_FILTERS: ContractFilterValues = {
  q: '',
  status: '',
  municipalityId: '',
  contractorId: '',
  sort: DEFAULT_CONTRACT_SORT,
};

// Dutch parameter names, so a filtered list can be bookmarked or shared: ?status=active&zoek=riolering
const PARAM = {
  q: 'zoek',
  status: 'status',
  municipalityId: 'gemeente',
  contractorId: 'opdrachtnemer',
  sort: 'sorteer',
} as const satisfies Record<keyof ContractFilterValues, string>;

export function contractFiltersFromSearchParams(params: URLSearchParams): ContractFilterValues {
  return {
    q: params.get(PARAM.q) ?? '',
    status: params.get(PARAM.status) ?? '',
    municipalityId: params.get(PARAM.municipalityId) ?? '',
    contractorId: params.get(PARAM.contractorId) ?? '',
    sort: params.get(PARAM.sort) ?? DEFAULT_CONTRACT_SORT,
  };
}

/** Fresh search params (a new filter starts again at page 1); defaults are left out. */
export function searchParamsFromContractFilters(filters: ContractFilterValues): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of Object.keys(PARAM) as Array<keyof ContractFilterValues>) {
    const value = filters[key];
    if (value && !(key === 'sort' && value === DEFAULT_CONTRACT_SORT)) params.set(PARAM[key], value);
  }
  return params;
}

/** The API query; values a hand-edited address made up are dropped instead of causing an error. */
export function contractListParams(
  filters: ContractFilterValues,
  page: number,
  limit: number,
): ContractListParams {
  const status = ZContractStatus.safeParse(filters.status);
  const id = (value: string) => (ZObjectId.safeParse(value).success ? value : undefined);
  const sort = (CONTRACT_SORTS as readonly string[]).includes(filters.sort)
    ? (filters.sort as ContractListParams['sort'])
    : DEFAULT_CONTRACT_SORT;
  return {
    q: filters.q.trim().slice(0, 100) || undefined,
    status: status.success ? status.data : undefined,
    municipalityId: id(filters.municipalityId),
    contractorId: id(filters.contractorId),
    sort,
    page,
    limit,
  };
}
