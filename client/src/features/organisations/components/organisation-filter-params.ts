import { ZOrganisationKind, ZOrganisationListQuery } from '@kansplek/api/contract';
import type { OrganisationListParams } from '../api/get-organisations';

export const ORGANISATION_SORTS = ZOrganisationListQuery.shape.sort.unwrap().options;

/** The filter form's values: strings, with '' meaning "any". */
export interface OrganisationFilterValues {
  q: string;
  kind: string;
  /** 'ja' (flagged for displacement), 'nee' (not flagged) or '' (either). */
  displaced: string;
  sort: string;
}

export const EMPTY_ORGANISATION_FILTERS: OrganisationFilterValues = {
  q: '',
  kind: '',
  displaced: '',
  sort: 'name',
};

// Dutch parameter names, so a filtered list can be shared: ?soort=contractor&verdringing=ja
const PARAM = { q: 'zoek', kind: 'soort', displaced: 'verdringing', sort: 'sorteer' } as const;

export function organisationFiltersFromSearchParams(params: URLSearchParams): OrganisationFilterValues {
  return {
    q: params.get(PARAM.q) ?? '',
    kind: params.get(PARAM.kind) ?? '',
    displaced: params.get(PARAM.displaced) ?? '',
    sort: params.get(PARAM.sort) ?? 'name',
  };
}

export function searchParamsFromOrganisationFilters(filters: OrganisationFilterValues): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of Object.keys(PARAM) as Array<keyof OrganisationFilterValues>) {
    const value = filters[key];
    if (value && !(key === 'sort' && value === 'name')) params.set(PARAM[key], value);
  }
  return params;
}

/** The API query; unknown values from a hand-edited address are dropped. */
export function organisationListParams(
  filters: OrganisationFilterValues,
  page: number,
  limit: number,
): OrganisationListParams {
  const kind = ZOrganisationKind.safeParse(filters.kind);
  const sort = (ORGANISATION_SORTS as readonly string[]).includes(filters.sort)
    ? (filters.sort as OrganisationListParams['sort'])
    : 'name';
  return {
    q: filters.q.trim().slice(0, 100) || undefined,
    kind: kind.success ? kind.data : undefined,
    displaced: filters.displaced === 'ja' ? true : filters.displaced === 'nee' ? false : undefined,
    sort,
    page,
    limit,
  };
}
