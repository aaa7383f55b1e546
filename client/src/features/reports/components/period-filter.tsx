import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';

interface Period {
  from?: string;
  to?: string;
}

/** From and to dates of a report; applied on submit, so a half-typed date does not reload anything. */
export function PeriodFilter({
  value,
  onApply,
  idPrefix = 'funnel',
  label,
}: {
  value: Period;
  onApply: (period: Period) => void;
  idPrefix?: string;
  /** The form's accessible name; the funnel's period unless given. */
  label?: string;
}) {
  const { t } = useTranslation();
  const [from, setFrom] = useState(value.from ?? '');
  const [to, setTo] = useState(value.to ?? '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply({ from: from || undefined, to: to || undefined });
  };
  const dateInput = (id: string, label: string, date: string, set: (value: string) => void) => (
    <FormField id={id} label={label} kind="text">
      {(a11y) => (
        <input
          {...a11y}
          type="date"
          className="utrecht-textbox utrecht-textbox--html-input"
          value={date}
          min={id === `${idPrefix}-to` ? from || undefined : undefined}
          onChange={(event) => set(event.target.value)}
        />
      )}
    </FormField>
  );

  return (
    <form className="kp-filters" aria-label={label ?? t('reports.funnel.periodLabel')} onSubmit={submit}>
      {dateInput(`${idPrefix}-from`, t('reports.funnel.from'), from, setFrom)}
      {dateInput(`${idPrefix}-to`, t('reports.funnel.to'), to, setTo)}
      <Button type="submit">{t('reports.funnel.apply')}</Button>
    </form>
  );
}
