import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterSelect } from '@/components/ui/filter-select';
import { SearchTextField } from '@/components/ui/search-panel';
import { useDebouncedValue } from '@/hooks/use-debounced-value';
import { useCandidateOptions } from '../api/get-candidate-options';

interface CandidatePickerProps {
  /** The chosen candidate's id; '' for none. */
  value: string;
  onChange: (candidateId: string) => void;
}

/**
 * Consultants pick one of their candidates to measure distances from: type part of a name, then
 * choose from the list (a plain select, which every keyboard and screen reader handles).
 */
export function CandidatePicker({ value, onChange }: CandidatePickerProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const q = useDebouncedValue(text.trim());
  const options = useCandidateOptions(q);
  // The name of the chosen candidate, also once a new search no longer lists them.
  const [chosenName, setChosenName] = useState<{ id: string; name: string } | null>(null);
  const listed = (options.data ?? []).map((o) => ({ value: o.id, label: o.name }));
  if (value && !listed.some((o) => o.value === value)) {
    const name = chosenName?.id === value ? chosenName.name : t('places.search.chosenCandidate');
    listed.unshift({ value, label: name });
  }

  return (
    <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset kp-search__group">
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
        {t('places.search.fromCandidate')}
      </legend>
      <SearchTextField
        id="place-search-candidate-q"
        label={t('places.search.findCandidate')}
        value={text}
        onChange={setText}
      />
      <FilterSelect
        id="place-search-candidate"
        label={t('places.search.candidate')}
        description={t('places.search.candidateHint')}
        value={value}
        anyLabel={t('places.search.noCandidate')}
        options={listed}
        onChange={(id) => {
          const option = listed.find((o) => o.value === id);
          if (option) setChosenName({ id, name: option.label });
          onChange(id);
        }}
      />
    </fieldset>
  );
}
