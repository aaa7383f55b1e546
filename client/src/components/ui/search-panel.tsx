import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './button';
import { FormField } from './form-field';
import './search.css';

interface SearchPanelProps {
  /** Accessible name of the search landmark. */
  label: string;
  /** The search box, always in view. */
  searchBox: ReactNode;
  /** How many filters are chosen, shown on the (folded) filters. */
  chosenCount: number;
  /** The filters. */
  children: ReactNode;
  onClear: () => void;
}

// As wide as where the filters stand beside the results (search.css).
const WIDE = '(min-width: 56em)';

/**
 * The filter side of a search page: a search landmark whose fields apply as they change (no submit
 * button; Enter does nothing harmful), with one button to start again. On a narrow screen the filters
 * start folded, so the results are not pushed below dozens of choices.
 */
export function SearchPanel({ label, searchBox, chosenCount, children, onClear }: SearchPanelProps) {
  const { t } = useTranslation();
  // Only the first state is set; after that the user opens and closes the filters.
  const [openAtStart] = useState(
    () => typeof window.matchMedia !== 'function' || window.matchMedia(WIDE).matches,
  );
  return (
    <form
      className="kp-search__filters"
      role="search"
      aria-label={label}
      onSubmit={(event) => event.preventDefault()}
    >
      {searchBox}
      <details className="kp-search__more" open={openAtStart}>
        <summary className="kp-search__summary">{t('search.filters', { count: chosenCount })}</summary>
        <div className="kp-search__more-body">{children}</div>
      </details>
      <div>
        <Button appearance="subtle" onClick={onClear}>
          {t('search.clear')}
        </Button>
      </div>
    </form>
  );
}

interface SearchTextFieldProps {
  id: string;
  label: string;
  description?: string;
  value: string;
  onChange: (value: string) => void;
}

/** The search box: results follow as the user types. */
export function SearchTextField({ id, label, description, value, onChange }: SearchTextFieldProps) {
  return (
    <FormField id={id} label={label} kind="text" description={description}>
      {(a11y) => (
        <input
          {...a11y}
          type="search"
          autoComplete="off"
          spellCheck={false}
          className="utrecht-textbox utrecht-textbox--html-input"
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FormField>
  );
}

/** Filters beside the results on a wide screen, above them on a narrow one. */
export function SearchLayout({ children }: { children: ReactNode }) {
  return <div className="kp-search">{children}</div>;
}
