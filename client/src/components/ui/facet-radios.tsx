import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useShownValue } from '@/hooks/use-shown-value';

export interface FacetOption {
  value: string;
  label: string;
  /** How many results this choice would give; left out when it is not known. */
  count?: number;
}

interface FacetRadiosProps {
  legend: string;
  /** The chosen value; '' is "any". */
  value: string;
  options: FacetOption[];
  /** Label of the "no filter" choice; defaults to "Alle". */
  anyLabel?: string;
  onChange: (value: string) => void;
}

/**
 * One search filter as radio buttons in a fieldset, each with its number of results. A choice applies
 * at once (the results below update and announce their number), so there is no submit button.
 */
export function FacetRadios({ legend, value, options, anyLabel, onChange }: FacetRadiosProps) {
  const { t } = useTranslation();
  const name = useId();
  const [shown, setShown] = useShownValue(value);
  const choices: FacetOption[] = [{ value: '', label: anyLabel ?? t('search.any') }, ...options];
  return (
    <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset kp-facet">
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
        {legend}
      </legend>
      {choices.map((option) => {
        const id = `${name}-${option.value || 'any'}`;
        return (
          <div className="kp-facet__option" key={option.value}>
            <input
              id={id}
              type="radio"
              name={name}
              className="utrecht-radio-button utrecht-radio-button--html-input"
              checked={shown === option.value}
              onChange={() => {
                setShown(option.value);
                onChange(option.value);
              }}
            />
            <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={id}>
              {option.label}
              {option.count !== undefined && (
                <span className="kp-facet__count"> {t('search.facetCount', { count: option.count })}</span>
              )}
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}
