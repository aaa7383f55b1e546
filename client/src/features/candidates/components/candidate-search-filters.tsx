import { CANDIDATE_STATUSES, LANGUAGE_LEVELS, TARGET_GROUPS } from '@kansplek/api/contract';
import { useTranslation } from 'react-i18next';
import { FacetRadios } from '@/components/ui/facet-radios';
import { facetOptions } from '@/components/ui/facet-options';
import { FilterSelect } from '@/components/ui/filter-select';
import { FormField } from '@/components/ui/form-field';
import { useMunicipalityNames } from '../api/get-filter-options';
import {
  atLeastLevelCounts,
  defaultCandidateSort,
  otherCandidateSorts,
  type CandidateFilter,
  type ChosenCandidateFilters,
} from './candidate-search-params';

const HOUR_CHOICES = [8, 16, 24, 32, 36];

interface CandidateSearchFiltersProps {
  chosen: ChosenCandidateFilters;
  /** The search words: only with them can the results come by relevance. */
  q: string | undefined;
  /** Counts per facet value of the current results (the API's `facets`). */
  facets: Record<string, Record<string, number>> | undefined;
  onChange: (filter: CandidateFilter, value: string) => void;
}

/** The consultant's facet filters, each with the number of candidates a choice would leave. */
export function CandidateSearchFilters({ chosen, q, facets, onChange }: CandidateSearchFiltersProps) {
  const { t } = useTranslation();
  const names = useMunicipalityNames();
  const radios = (
    filter: CandidateFilter,
    legend: string,
    values: readonly string[],
    label: (v: string) => string,
    counts = facets?.[filter],
  ) => (
    <FacetRadios
      legend={legend}
      value={chosen[filter]}
      options={facetOptions(values, label, counts, chosen[filter])}
      onChange={(value) => onChange(filter, value)}
    />
  );

  return (
    <>
      <FilterSelect
        id="candidate-search-sort"
        label={t('candidates.search.sort')}
        value={chosen.sort}
        anyLabel={t(`candidates.search.sorts.${defaultCandidateSort(q)}`)}
        options={otherCandidateSorts(q).map((sort) => ({
          value: sort,
          label: t(`candidates.search.sorts.${sort}`),
        }))}
        onChange={(value) => onChange('sort', value)}
      />
      <FacetRadios
        legend={t('candidates.search.responsible')}
        value={chosen.mine}
        anyLabel={t('candidates.search.allOfRegion')}
        options={[{ value: 'true', label: t('candidates.search.mine') }]}
        onChange={(value) => onChange('mine', value)}
      />
      {radios('status', t('candidates.fields.status'), CANDIDATE_STATUSES, (s) =>
        t(`candidates.statuses.${s}`),
      )}
      {radios(
        'municipalityCode',
        t('candidates.fields.municipality'),
        [...names.keys()],
        (code) => names.get(code) ?? code,
      )}
      {radios('drivingLicence', t('candidates.fields.drivingLicence'), ['true', 'false'], (v) =>
        t(v === 'true' ? 'candidates.yes' : 'candidates.no'),
      )}
      {radios(
        'minDutchLevel',
        t('candidates.list.dutchAtLeast'),
        LANGUAGE_LEVELS,
        (level) => t(`candidates.languageLevels.${level}`),
        atLeastLevelCounts(facets?.dutchLevelRank),
      )}
      {radios(
        'targetGroup',
        t('candidates.search.targetGroup'),
        TARGET_GROUPS,
        (group) => t(`candidates.targetGroups.${group}`),
        facets?.targetGroups,
      )}
      <FilterSelect
        id="candidate-search-hours"
        label={t('candidates.search.minHours')}
        value={chosen.minHours}
        options={HOUR_CHOICES.map((hours) => ({
          value: String(hours),
          label: t('candidates.search.hours', { count: hours }),
        }))}
        onChange={(value) => onChange('minHours', value)}
      />
      <FormField
        id="candidate-search-available"
        label={t('candidates.search.availableBy')}
        description={t('candidates.search.availableByHint')}
        kind="text"
      >
        {(a11y) => (
          <input
            {...a11y}
            type="date"
            className="utrecht-textbox utrecht-textbox--html-input"
            value={chosen.availableBy}
            onChange={(event) => onChange('availableBy', event.target.value)}
          />
        )}
      </FormField>
    </>
  );
}
