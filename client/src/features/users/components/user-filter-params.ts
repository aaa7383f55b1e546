import { ZRole, ZUserListQuery, ZUserStatus } from '@kansplek/api/contract';
import type { UserListParams, UserSort } from '../api/get-users';

export const USER_SORTS = ZUserListQuery.shape.sort.unwrap().options;

/** The filter form's values: strings, with '' meaning "any". */
export interface UserFilterValues {
  q: string;
  role: string;
  status: string;
  sort: string;
}

// Dutch parameter names, so a filtered list can be bookmarked or shared: ?rol=consultant&zoek=jan
const PARAM = { q: 'zoek', role: 'rol', status: 'status', sort: 'sorteer' } as const;

/** Links made by the API (e.g. in an "account activated" notification) use its own name for the search. */
const API_SEARCH_PARAM = 'q';

export function filtersFromSearchParams(params: URLSearchParams): UserFilterValues {
  return {
    q: params.get(PARAM.q) ?? params.get(API_SEARCH_PARAM) ?? '',
    role: params.get(PARAM.role) ?? '',
    status: params.get(PARAM.status) ?? '',
    sort: params.get(PARAM.sort) ?? 'name',
  };
}

/** Builds fresh search params (a new filter starts again at page 1). */
export function searchParamsFromFilters(filters: UserFilterValues): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q) params.set(PARAM.q, filters.q);
  if (filters.role) params.set(PARAM.role, filters.role);
  if (filters.status) params.set(PARAM.status, filters.status);
  if (filters.sort && filters.sort !== 'name') params.set(PARAM.sort, filters.sort);
  return params;
}

/** Query for the API; unknown values from a hand-edited URL are dropped instead of causing an error. */
export function listParamsFromFilters(
  filters: UserFilterValues,
  page: number,
  limit: number,
): UserListParams {
  const role = ZRole.safeParse(filters.role);
  const status = ZUserStatus.safeParse(filters.status);
  const sort = (USER_SORTS as readonly string[]).includes(filters.sort) ? (filters.sort as UserSort) : 'name';
  return {
    q: filters.q.trim().slice(0, 100) || undefined,
    role: role.success ? role.data : undefined,
    status: status.success ? status.data : undefined,
    sort,
    page,
    limit,
  };
}
