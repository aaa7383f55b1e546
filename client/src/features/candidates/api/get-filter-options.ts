import { MAX_PAGE_SIZE, ZConsultantOption, ZOrganisation, ZPageOf } from '@kansplek/api/contract';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';

/** Consultants of the own service point (a handful), to filter on or to make responsible. */
export function getConsultantOptions() {
  return apiClient.get('/api/candidates/consultants', {
    query: { page: 1, limit: MAX_PAGE_SIZE },
    schema: ZPageOf(ZConsultantOption),
  });
}

export const consultantOptionsQueryOptions = () =>
  queryOptions({
    queryKey: ['candidates', 'consultants'],
    queryFn: getConsultantOptions,
    staleTime: 5 * 60_000,
  });

export function useConsultantOptions() {
  return useQuery(consultantOptionsQueryOptions());
}

/** The municipalities of the consultant's region, with their CBS codes, to filter on. */
export function getMunicipalityOptions() {
  return apiClient.get('/api/organisations', {
    query: { page: 1, limit: MAX_PAGE_SIZE, kind: 'municipality', sort: 'name' },
    schema: ZPageOf(ZOrganisation),
  });
}

export const municipalityOptionsQueryOptions = () =>
  queryOptions({
    queryKey: ['organisations', 'municipalities'],
    queryFn: getMunicipalityOptions,
    staleTime: 5 * 60_000,
  });

export function useMunicipalityOptions() {
  return useQuery(municipalityOptionsQueryOptions());
}

/** Municipality names by CBS code (`GM0202` → Arnhem), empty until loaded. */
export function useMunicipalityNames(): Map<string, string> {
  const municipalities = useMunicipalityOptions();
  return new Map(
    (municipalities.data?.data ?? []).flatMap((m) =>
      m.municipalityCode ? [[m.municipalityCode, m.name] as const] : [],
    ),
  );
}
