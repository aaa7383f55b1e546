import { PLACE_KINDS, PLACE_SORTS, PLACE_STATUSES } from '@kansplek/api/contract';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { useContractorOptions } from '../api/get-place-options';
import { EMPTY_PLACE_FILTERS, type PlaceFilterValues } from './place-filter-params';

interface PlaceFiltersProps {
  value: PlaceFilterValues;
  /** Consultants filter on contractor and kind too; a contractor has only their own places. */
  forConsultant: boolean;
  onApply: (filters: PlaceFilterValues) => void;
  onClear: () => void;
}

export function PlaceFilters({ value, forConsultant, onApply, onClear }: PlaceFiltersProps) {
  const { t } = useTranslation();
  const contractors = useContractorOptions(forConsultant);
  const [draft, setDraft] = useState(value);
  const set = (field: keyof PlaceFilterValues) => (event: { target: { value: string } }) =>
    setDraft((current) => ({ ...current, [field]: event.target.value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply({ ...draft, q: draft.q.trim() });
  };
  const select = 'utrecht-select utrecht-select--html-select';

  return (
    <form className="kp-filters" role="search" aria-label={t('places.filters.label')} onSubmit={submit}>
      <FormField id="places-q" label={t('places.filters.search')} kind="text">
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
      {forConsultant && (
        <FormField id="places-contractor" label={t('places.fields.contractor')} kind="select">
          {(a11y) => (
            <select {...a11y} className={select} value={draft.contractorId} onChange={set('contractorId')}>
              <option value="">{t('places.filters.anyContractor')}</option>
              {(contractors.data?.data ?? []).map((org) => (
                <option key={org.id} value={org.id}>
                  {org.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
      )}
      <FormField id="places-status" label={t('places.fields.status')} kind="select">
        {(a11y) => (
          <select {...a11y} className={select} value={draft.status} onChange={set('status')}>
            <option value="">{t('places.filters.anyStatus')}</option>
            {PLACE_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`places.statuses.${status}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      {forConsultant && (
        <FormField id="places-kind" label={t('places.fields.kind')} kind="select">
          {(a11y) => (
            <select {...a11y} className={select} value={draft.kind} onChange={set('kind')}>
              <option value="">{t('places.filters.anyKind')}</option>
              {PLACE_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`places.kinds.${kind}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
      )}
      <FormField id="places-sort" label={t('places.filters.sort')} kind="select">
        {(a11y) => (
          <select {...a11y} className={select} value={draft.sort} onChange={set('sort')}>
            {PLACE_SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {t(`places.sorts.${sort}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <div className="utrecht-button-group kp-filters__actions">
        <Button type="submit" appearance="primary-action">
          {t('places.filters.apply')}
        </Button>
        <Button
          appearance="subtle"
          onClick={() => {
            setDraft(EMPTY_PLACE_FILTERS);
            onClear();
          }}
        >
          {t('places.filters.clear')}
        </Button>
      </div>
    </form>
  );
}
