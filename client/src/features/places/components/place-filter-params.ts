import { PLACE_SORTS, ZObjectId, ZPlaceKind, ZPlaceStatus } from '@kansplek/api/contract';
import type { PlaceListParams, PlaceSort } from '../api/get-places';

/** The filter form's values: strings, with '' meaning "any". */
export interface PlaceFilterValues {
  q: string;
  status: string;
  kind: string;
  contractorId: string;
  sort: string;
}

export const DEFAULT_PLACE_SORT: PlaceSort = '-createdAt';
export const EMPTY_PLACE_FILTERS: PlaceFilterValues = {
  q: '',
  status: '',
  kind: '',
  contractorId: '',
  sort: DEFAULT_PLACE_SORT,
};

// Dutch parameter names, so a filtered list can be bookmarked or shared: ?status=open&soort=internship
const PARAM = {
  q: 'zoek',
  status: 'status',
  kind: 'soort',
  contractorId: 'opdrachtnemer',
  sort: 'sorteer',
} as const;

export function filtersFromSearchParams(params: URLSearchParams): PlaceFilterValues {
  return {
    q: params.get(PARAM.q) ?? '',
    status: params.get(PARAM.status) ?? '',
    kind: params.get(PARAM.kind) ?? '',
    contractorId: params.get(PARAM.contractorId) ?? '',
    sort: params.get(PARAM.sort) ?? DEFAULT_PLACE_SORT,
  };
}

/** Fresh search params (a new filter starts again at page 1); defaults are left out of the address. */
export function searchParamsFromFilters(filters: PlaceFilterValues): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ['q', 'status', 'kind', 'contractorId'] as const)
    if (filters[key]) params.set(PARAM[key], filters[key]);
  if (filters.sort && filters.sort !== DEFAULT_PLACE_SORT) params.set(PARAM.sort, filters.sort);
  return params;
}

/** The API query; values a hand-edited address made up are dropped instead of causing an error. */
export function listParamsFromFilters(
  filters: PlaceFilterValues,
  page: number,
  limit: number,
): PlaceListParams {
  const status = ZPlaceStatus.safeParse(filters.status);
  const kind = ZPlaceKind.safeParse(filters.kind);
  const contractorId = ZObjectId.safeParse(filters.contractorId);
  const sort = (PLACE_SORTS as readonly string[]).includes(filters.sort)
    ? (filters.sort as PlaceSort)
    : DEFAULT_PLACE_SORT;
  return {
    q: filters.q.trim().slice(0, 100) || undefined,
    status: status.success ? status.data : undefined,
    kind: kind.success ? kind.data : undefined,
    contractorId: contractorId.success ? contractorId.data : undefined,
    sort,
    page,
    limit,
  };
}
