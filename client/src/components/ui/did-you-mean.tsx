import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';

interface DidYouMeanProps {
  suggestions: string[];
  /** Searches a suggestion. */
  onChoose: (q: string) => void;
}

/** "Bedoelde u …?": each suggestion a button (looking like a link) that searches it. */
export function DidYouMean({ suggestions, onChoose }: DidYouMeanProps) {
  const { t } = useTranslation();
  return (
    <span className="kp-search__suggestions">
      {t('search.didYouMean')}{' '}
      {suggestions.map((suggestion, i) => (
        <Fragment key={suggestion}>
          {i > 0 && ` ${t('search.or')} `}
          <button
            type="button"
            className="utrecht-link-button utrecht-link-button--html-button utrecht-link-button--inline"
            onClick={() => onChoose(suggestion)}
          >
            {suggestion}
          </button>
        </Fragment>
      ))}
      ?
    </span>
  );
}
