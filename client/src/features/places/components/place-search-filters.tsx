import { PLACE_KINDS, SECTORS } from '@kansplek/api/contract';
import { useTranslation } from 'react-i18next';
import { FacetRadios } from '@/components/ui/facet-radios';
import { facetOptions } from '@/components/ui/facet-options';
import { FilterSelect } from '@/components/ui/filter-select';
import {
  DISTANCE_CHOICES,
  HOUR_CHOICES,
  type ChosenPlaceFilters,
  type PlaceFilter,
} from './place-search-params';

interface PlaceSearchFiltersProps {
  chosen: ChosenPlaceFilters;
  /** Counts per kind and sector of the current results (the API's `facets`). */
  facets: Record<string, Record<string, number>> | undefined;
  /** Consultants measure from a chosen candidate's home (and only once one is chosen) and see paused places. */
  forConsultant: boolean;
  onChange: (filter: PlaceFilter, value: string) => void;
}

export function PlaceSearchFilters({ chosen, facets, forConsultant, onChange }: PlaceSearchFiltersProps) {
  const { t } = useTranslation();
  const hours = (filter: 'minHours' | 'maxHours') => (
    <FilterSelect
      id={`place-search-${filter}`}
      label={t(`places.search.${filter}`)}
      value={chosen[filter]}
      options={HOUR_CHOICES.map((count) => ({
        value: String(count),
        label: t('places.text.hoursExact', { count }),
      }))}
      onChange={(value) => onChange(filter, value)}
    />
  );
  const canMeasure = !forConsultant || chosen.candidateId !== '';

  return (
    <>
      {canMeasure && (
        <FacetRadios
          legend={t(forConsultant ? 'places.search.distanceFromCandidate' : 'places.search.distance')}
          value={chosen.maxKm}
          anyLabel={t('places.search.anyDistance')}
          options={DISTANCE_CHOICES.map((km) => ({
            value: String(km),
            label: t(forConsultant ? 'places.search.withinKm' : 'places.search.withinKmOfHome', { km }),
          }))}
          onChange={(value) => onChange('maxKm', value)}
        />
      )}
      <FacetRadios
        legend={t('places.fields.kind')}
        value={chosen.kind}
        options={facetOptions(PLACE_KINDS, (k) => t(`places.kindsPlain.${k}`), facets?.kind, chosen.kind)}
        onChange={(value) => onChange('kind', value)}
      />
      {hours('minHours')}
      {hours('maxHours')}
      <FacetRadios
        legend={t('places.fields.sector')}
        value={chosen.sector}
        options={facetOptions(SECTORS, (s) => t(`places.sectors.${s}`), facets?.sector, chosen.sector)}
        onChange={(value) => onChange('sector', value)}
      />
      {forConsultant && (
        <FacetRadios
          legend={t('places.fields.status')}
          value={chosen.status}
          anyLabel={t('places.statuses.open')}
          options={[{ value: 'paused', label: t('places.statuses.paused') }]}
          onChange={(value) => onChange('status', value)}
        />
      )}
    </>
  );
}
