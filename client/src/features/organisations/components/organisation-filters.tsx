import { ORGANISATION_KINDS } from '@kansplek/api/contract';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import {
  EMPTY_ORGANISATION_FILTERS,
  ORGANISATION_SORTS,
  type OrganisationFilterValues,
} from './organisation-filter-params';

interface OrganisationFiltersProps {
  value: OrganisationFilterValues;
  onApply: (filters: OrganisationFilterValues) => void;
  onClear: () => void;
}

const selectClass = 'utrecht-select utrecht-select--html-select';

export function OrganisationFilters({ value, onApply, onClear }: OrganisationFiltersProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(value);
  const set = (field: keyof OrganisationFilterValues) => (event: { target: { value: string } }) =>
    setDraft((current) => ({ ...current, [field]: event.target.value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply({ ...draft, q: draft.q.trim() });
  };

  return (
    <form
      className="kp-filters"
      role="search"
      aria-label={t('organisations.list.filtersLabel')}
      onSubmit={submit}
    >
      <FormField id="organisations-q" label={t('organisations.list.search')} kind="text">
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
      <FormField id="organisations-kind" label={t('organisations.fields.kind')} kind="select">
        {(a11y) => (
          <select {...a11y} className={selectClass} value={draft.kind} onChange={set('kind')}>
            <option value="">{t('organisations.list.anyKind')}</option>
            {ORGANISATION_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`organisationKinds.${kind}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField id="organisations-displaced" label={t('organisations.list.displaced')} kind="select">
        {(a11y) => (
          <select {...a11y} className={selectClass} value={draft.displaced} onChange={set('displaced')}>
            <option value="">{t('organisations.list.displacedAny')}</option>
            <option value="ja">{t('organisations.list.displacedYes')}</option>
            <option value="nee">{t('organisations.list.displacedNo')}</option>
          </select>
        )}
      </FormField>
      <FormField id="organisations-sort" label={t('organisations.list.sort')} kind="select">
        {(a11y) => (
          <select {...a11y} className={selectClass} value={draft.sort} onChange={set('sort')}>
            {ORGANISATION_SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {t(`organisations.sorts.${sort}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <div className="utrecht-button-group kp-filters__actions">
        <Button type="submit" appearance="primary-action">
          {t('organisations.list.applyFilters')}
        </Button>
        <Button
          appearance="subtle"
          onClick={() => {
            setDraft(EMPTY_ORGANISATION_FILTERS);
            onClear();
          }}
        >
          {t('organisations.list.clearFilters')}
        </Button>
      </div>
    </form>
  );
}
