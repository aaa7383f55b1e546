import { CANDIDATE_SORTS, ZCandidateStatus, ZLanguageLevel, ZObjectId } from '@kansplek/api/contract';
import type { CandidateListParams } from '../api/get-candidates';

export type CandidateSort = (typeof CANDIDATE_SORTS)[number];

/** The filter form's values: strings, with '' meaning "any". */
export interface CandidateFilterValues {
  q: string;
  status: string;
  municipalityCode: string;
  consultantId: string;
  drivingLicence: string;
  dutchLevel: string;
  sort: string;
}

export const NO_CANDIDATE_FILTERS: CandidateFilterValues = {
  q: '',
  status: '',
  municipalityCode: '',
  consultantId: '',
  drivingLicence: '',
  dutchLevel: '',
  sort: 'name',
};

// Dutch parameter names, so a filtered list can be bookmarked or shared: ?status=active&rijbewijs=ja
const PARAM: Record<keyof CandidateFilterValues, string> = {
  q: 'zoek',
  status: 'status',
  municipalityCode: 'gemeente',
  consultantId: 'consulent',
  drivingLicence: 'rijbewijs',
  dutchLevel: 'nederlands',
  sort: 'sorteer',
};

const LICENCE_PARAM = { true: 'ja', false: 'nee' } as const;

export function filtersFromSearchParams(params: URLSearchParams): CandidateFilterValues {
  const licence = params.get(PARAM.drivingLicence);
  return {
    q: params.get(PARAM.q) ?? '',
    status: params.get(PARAM.status) ?? '',
    municipalityCode: params.get(PARAM.municipalityCode) ?? '',
    consultantId: params.get(PARAM.consultantId) ?? '',
    drivingLicence: licence === 'ja' ? 'true' : licence === 'nee' ? 'false' : '',
    dutchLevel: params.get(PARAM.dutchLevel) ?? '',
    sort: params.get(PARAM.sort) ?? 'name',
  };
}

/** Fresh search params (a new filter starts again at page 1); defaults are left out. */
export function searchParamsFromFilters(filters: CandidateFilterValues): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of Object.keys(PARAM) as Array<keyof CandidateFilterValues>) {
    const value = filters[key];
    if (!value || (key === 'sort' && value === 'name')) continue;
    params.set(PARAM[key], key === 'drivingLicence' ? LICENCE_PARAM[value as 'true' | 'false'] : value);
  }
  return params;
}

/** Query for the API; values a hand-edited address made up are dropped instead of causing an error. */
export function listParamsFromFilters(
  filters: CandidateFilterValues,
  page: number,
  limit: number,
): CandidateListParams {
  const status = ZCandidateStatus.safeParse(filters.status);
  const dutchLevel = ZLanguageLevel.safeParse(filters.dutchLevel);
  const consultantId = ZObjectId.safeParse(filters.consultantId);
  const sort = (CANDIDATE_SORTS as readonly string[]).includes(filters.sort)
    ? (filters.sort as CandidateSort)
    : 'name';
  return {
    q: filters.q.trim().slice(0, 100) || undefined,
    status: status.success ? status.data : undefined,
    municipalityCode: /^GM\d{4}$/.test(filters.municipalityCode) ? filters.municipalityCode : undefined,
    consultantId: consultantId.success ? consultantId.data : undefined,
    drivingLicence: filters.drivingLicence === '' ? undefined : filters.drivingLicence === 'true',
    dutchLevel: dutchLevel.success ? dutchLevel.data : undefined,
    sort,
    page,
    limit,
  };
}
