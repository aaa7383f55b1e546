import { CANDIDATE_SORTS, CANDIDATE_STATUSES, LANGUAGE_LEVELS } from '@kansplek/api/contract';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { useConsultantOptions, useMunicipalityOptions } from '../api/get-filter-options';
import { NO_CANDIDATE_FILTERS, type CandidateFilterValues } from './candidate-filter-params';

interface CandidateFiltersProps {
  value: CandidateFilterValues;
  onApply: (filters: CandidateFilterValues) => void;
  onClear: () => void;
}

export function CandidateFilters({ value, onApply, onClear }: CandidateFiltersProps) {
  const { t } = useTranslation();
  const municipalities = useMunicipalityOptions();
  const consultants = useConsultantOptions();
  const [draft, setDraft] = useState(value);
  const set = (field: keyof CandidateFilterValues) => (event: { target: { value: string } }) =>
    setDraft((current) => ({ ...current, [field]: event.target.value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply({ ...draft, q: draft.q.trim() });
  };

  const select = (field: keyof CandidateFilterValues, label: string, options: ReactNode) => (
    <FormField id={`candidates-${field}`} label={label} kind="select">
      {(a11y) => (
        <select
          {...a11y}
          className="utrecht-select utrecht-select--html-select"
          value={draft[field]}
          onChange={set(field)}
        >
          {options}
        </select>
      )}
    </FormField>
  );

  return (
    <form
      className="kp-filters"
      role="search"
      aria-label={t('candidates.list.filtersLabel')}
      onSubmit={submit}
    >
      <FormField id="candidates-q" label={t('candidates.list.search')} kind="text">
        {(a11y) => (
          <input
            {...a11y}
            type="search"
            className="utrecht-textbox utrecht-textbox--html-input"
            value={draft.q}
            onChange={set('q')}
          />
        )}
      </FormField>
      {select(
        'status',
        t('candidates.fields.status'),
        <>
          <option value="">{t('candidates.list.any')}</option>
          {CANDIDATE_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`candidates.statuses.${status}`)}
            </option>
          ))}
        </>,
      )}
      {select(
        'municipalityCode',
        t('candidates.fields.municipality'),
        <>
          <option value="">{t('candidates.list.any')}</option>
          {(municipalities.data?.data ?? [])
            .filter((m) => m.municipalityCode)
            .map((m) => (
              <option key={m.id} value={m.municipalityCode!}>
                {m.name}
              </option>
            ))}
        </>,
      )}
      {select(
        'consultantId',
        t('candidates.fields.consultant'),
        <>
          <option value="">{t('candidates.list.any')}</option>
          {(consultants.data?.data ?? []).map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </>,
      )}
      {select(
        'drivingLicence',
        t('candidates.fields.drivingLicence'),
        <>
          <option value="">{t('candidates.list.any')}</option>
          <option value="true">{t('candidates.yes')}</option>
          <option value="false">{t('candidates.no')}</option>
        </>,
      )}
      {select(
        'dutchLevel',
        t('candidates.list.dutchAtLeast'),
        <>
          <option value="">{t('candidates.list.any')}</option>
          {LANGUAGE_LEVELS.map((level) => (
            <option key={level} value={level}>
              {level}
            </option>
          ))}
        </>,
      )}
      {select(
        'sort',
        t('candidates.list.sort'),
        CANDIDATE_SORTS.map((sort) => (
          <option key={sort} value={sort}>
            {t(`candidates.list.sorts.${sort}`)}
          </option>
        )),
      )}
      <div className="utrecht-button-group kp-filters__actions">
        <Button type="submit" appearance="primary-action">
          {t('candidates.list.applyFilters')}
        </Button>
        <Button
          appearance="subtle"
          onClick={() => {
            setDraft(NO_CANDIDATE_FILTERS);
            onClear();
          }}
        >
          {t('candidates.list.clearFilters')}
        </Button>
      </div>
    </form>
  );
}
