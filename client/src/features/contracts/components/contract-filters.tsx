import { CONTRACT_SORTS, CONTRACT_STATUSES } from '@kansplek/api/contract';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { useContractParties } from '../api/get-contract-parties';
import { EMPTY_CONTRACT_FILTERS, type ContractFilterValues } from './contract-filter-params';

interface ContractFiltersProps {
  value: ContractFilterValues;
  /** Consultants can filter on the parties; other roles only ever see one side of the contracts. */
  showParties: boolean;
  onApply: (filters: ContractFilterValues) => void;
  onClear: () => void;
}

const selectClass = 'utrecht-select utrecht-select--html-select';

export function ContractFilters({ value, showParties, onApply, onClear }: ContractFiltersProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(value);
  const set = (field: keyof ContractFilterValues) => (event: { target: { value: string } }) =>
    setDraft((current) => ({ ...current, [field]: event.target.value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply({ ...draft, q: draft.q.trim() });
  };

  return (
    <form
      className="kp-filters"
      role="search"
      aria-label={t('contracts.list.filtersLabel')}
      onSubmit={submit}
    >
      <FormField id="contracts-q" label={t('contracts.list.search')} kind="text">
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
      <FormField id="contracts-status" label={t('fields.status')} kind="select">
        {(a11y) => (
          <select {...a11y} className={selectClass} value={draft.status} onChange={set('status')}>
            <option value="">{t('contracts.list.anyStatus')}</option>
            {CONTRACT_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`contracts.statuses.${status}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      {showParties && (
        <>
          <PartyFilter kind="municipality" value={draft.municipalityId} onChange={set('municipalityId')} />
          <PartyFilter kind="contractor" value={draft.contractorId} onChange={set('contractorId')} />
        </>
      )}
      <FormField id="contracts-sort" label={t('contracts.list.sort')} kind="select">
        {(a11y) => (
          <select {...a11y} className={selectClass} value={draft.sort} onChange={set('sort')}>
            {CONTRACT_SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {t(`contracts.sorts.${sort}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <div className="utrecht-button-group kp-filters__actions">
        <Button type="submit" appearance="primary-action">
          {t('contracts.list.applyFilters')}
        </Button>
        <Button
          appearance="subtle"
          onClick={() => {
            setDraft(EMPTY_CONTRACT_FILTERS);
            onClear();
          }}
        >
          {t('contracts.list.clearFilters')}
        </Button>
      </div>
    </form>
  );
}

interface PartyFilterProps {
  kind: 'municipality' | 'contractor';
  value: string;
  onChange: (event: { target: { value: string } }) => void;
}

function PartyFilter({ kind, value, onChange }: PartyFilterProps) {
  const { t } = useTranslation();
  const parties = useContractParties(kind);
  return (
    <FormField id={`contracts-${kind}`} label={t(`contracts.fields.${kind}`)} kind="select">
      {(a11y) => (
        <select {...a11y} className={selectClass} value={value} onChange={onChange}>
          <option value="">
            {parties.isPending ? t('common.loading') : t(`contracts.list.any.${kind}`)}
          </option>
          {parties.data?.data.map((org) => (
            <option key={org.id} value={org.id}>
              {org.name}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
