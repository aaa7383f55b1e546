import { ROLES, USER_STATUSES } from '@kansplek/api/contract';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { USER_SORTS, type UserFilterValues } from './user-filter-params';

interface UserFiltersProps {
  value: UserFilterValues;
  onApply: (filters: UserFilterValues) => void;
  onClear: () => void;
}

export function UserFilters({ value, onApply, onClear }: UserFiltersProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(value);
  const set = (field: keyof UserFilterValues) => (event: { target: { value: string } }) =>
    setDraft((current) => ({ ...current, [field]: event.target.value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply({ ...draft, q: draft.q.trim() });
  };

  return (
    <form className="kp-filters" role="search" aria-label={t('users.filtersLabel')} onSubmit={submit}>
      <FormField id="users-q" label={t('users.search')} kind="text">
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
      <FormField id="users-role" label={t('fields.role')} kind="select">
        {(a11y) => (
          <select
            {...a11y}
            className="utrecht-select utrecht-select--html-select"
            value={draft.role}
            onChange={set('role')}
          >
            <option value="">{t('users.anyRole')}</option>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`roles.${role}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField id="users-status" label={t('fields.status')} kind="select">
        {(a11y) => (
          <select
            {...a11y}
            className="utrecht-select utrecht-select--html-select"
            value={draft.status}
            onChange={set('status')}
          >
            <option value="">{t('users.anyStatus')}</option>
            {USER_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`userStatus.${status}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField id="users-sort" label={t('users.sort')} kind="select">
        {(a11y) => (
          <select
            {...a11y}
            className="utrecht-select utrecht-select--html-select"
            value={draft.sort}
            onChange={set('sort')}
          >
            {USER_SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {t(`users.sorts.${sort}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <div className="utrecht-button-group kp-filters__actions">
        <Button type="submit" appearance="primary-action">
          {t('users.applyFilters')}
        </Button>
        <Button
          appearance="subtle"
          onClick={() => {
            setDraft({ q: '', role: '', status: '', sort: 'name' });
            onClear();
          }}
        >
          {t('users.clearFilters')}
        </Button>
      </div>
    </form>
  );
}
