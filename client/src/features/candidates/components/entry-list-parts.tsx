import type { FormEvent, KeyboardEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { ErrorSummary } from '@/components/ui/error-summary';
import type { ZodForm } from '@/hooks/use-zod-form';

// A form cannot sit inside another form: a part of it is checked and added on its own, by its button.
const addEvent = { preventDefault: () => {} } as FormEvent<HTMLFormElement>;

interface EntryTableProps {
  id: string;
  caption: string;
  headers: string[];
  rows: Array<{ key: string; name: string; cells: ReactNode[] }>;
  onRemove: (index: number) => void;
}

/** The entries added so far (first cell is the row header), each with a button to remove it. */
export function EntryTable({ id, caption, headers, rows, onRemove }: EntryTableProps) {
  const { t } = useTranslation();
  if (rows.length === 0) return null;
  return (
    <div className="utrecht-table-container" role="region" tabIndex={0} aria-labelledby={id}>
      <table className="utrecht-table utrecht-table--html-table">
        <caption className="utrecht-table__caption" id={id}>
          {caption}
        </caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {[...headers, t('candidates.actions')].map((header) => (
              <th className="utrecht-table__header-cell" scope="col" key={header}>
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {rows.map((row, index) => (
            <tr className="utrecht-table__row" key={row.key}>
              <th className="utrecht-table__header-cell" scope="row">
                {row.cells[0]}
              </th>
              {row.cells.slice(1).map((cell, cellIndex) => (
                <td className="utrecht-table__cell" key={cellIndex}>
                  {cell}
                </td>
              ))}
              <td className="utrecht-table__cell">
                <Button onClick={() => onRemove(index)}>
                  {t('candidates.remove')}
                  <span className="kp-visually-hidden">: {row.name}</span>
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface SubformProps<Field extends string> {
  legend: string;
  addLabel: string;
  form: ZodForm<Field> & {
    handleSubmit: (event: FormEvent<HTMLFormElement>) => Promise<void>;
    isSubmitting: boolean;
  };
  labels: Partial<Record<Field, string>>;
  children: ReactNode;
}

/** The fields of one new entry, with their own error summary; Enter adds the entry. */
export function Subform<Field extends string>({
  legend,
  addLabel,
  form,
  labels,
  children,
}: SubformProps<Field>) {
  const add = () => void form.handleSubmit(addEvent);
  // Enter in a box adds the entry, instead of submitting the whole candidate form.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || !(event.target instanceof HTMLInputElement)) return;
    event.preventDefault();
    add();
  };
  return (
    <fieldset
      className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset kp-candidate-subform"
      onKeyDown={onKeyDown}
    >
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
        {legend}
      </legend>
      <ErrorSummary form={form} labels={labels} />
      {children}
      <div className="utrecht-button-group">
        <Button busy={form.isSubmitting} onClick={add}>
          {addLabel}
        </Button>
      </div>
    </fieldset>
  );
}
