import { useTranslation } from 'react-i18next';
import { useShownValue } from '@/hooks/use-shown-value';
import { FormField } from './form-field';

interface FilterSelectProps {
  id: string;
  label: string;
  description?: string;
  /** The chosen value; '' is "any". */
  value: string;
  options: Array<{ value: string; label: string }>;
  anyLabel?: string;
  onChange: (value: string) => void;
}

/** A search filter with many possible values (hours, distance) as one select that applies at once. */
export function FilterSelect({
  id,
  label,
  description,
  value,
  options,
  anyLabel,
  onChange,
}: FilterSelectProps) {
  const { t } = useTranslation();
  const [shown, setShown] = useShownValue(value);
  return (
    <FormField id={id} label={label} kind="select" description={description}>
      {(a11y) => (
        <select
          {...a11y}
          className="utrecht-select utrecht-select--html-select"
          value={shown}
          onChange={(event) => {
            setShown(event.target.value);
            onChange(event.target.value);
          }}
        >
          <option value="">{anyLabel ?? t('search.any')}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
