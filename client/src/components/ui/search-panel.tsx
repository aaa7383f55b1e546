import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './button';
import { FormField } from './form-field';
import './search.css';

interface SearchPanelProps {
  /** Accessible name of the search landmark. */
  label: string;
  children: ReactNode;
  onClear: () => void;
}

/**
 * The filter side of a search page: a search landmark whose fields apply as they change (no submit
 * button; Enter does nothing harmful), with one button to start again.
 */
export function SearchPanel({ label, children, onClear }: SearchPanelProps) {
  const { t } = useTranslation();
  return (
    <form
      className="kp-search__filters"
      role="search"
      aria-label={label}
      onSubmit={(event) => event.preventDefault()}
    >
      {children}
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
