import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SearchTextField } from '@/components/ui/search-panel';
import { useDebouncedValue } from '@/hooks/use-debounced-value';
import { useErrorMessage } from '@/hooks/use-error-message';
import { useFindCandidates } from '../api/find-candidates';

export interface PickedCandidate {
  id: string;
  fullName: string;
}

const TYPING_PAUSE_MS = 250;

/**
 * Find a candidate as you type: the number of results is announced politely and each result is a
 * button, so the list works the same with keyboard, mouse and screen reader (no custom combobox).
 */
export function CandidatePicker({ onPick }: { onPick: (candidate: PickedCandidate) => void }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [text, setText] = useState('');
  const query = useDebouncedValue(text, TYPING_PAUSE_MS);
  const found = useFindCandidates(query);
  const result = query.trim().length >= 2 ? found.data : undefined;
  const hits = result?.data;

  return (
    <div className="kp-candidate-picker">
      <SearchTextField
        id="matching-find-candidate"
        label={t('matching.manual.search')}
        description={t('matching.manual.searchHint')}
        value={text}
        onChange={setText}
      />
      <p className="utrecht-paragraph" role="status">
        {result &&
          (result.page.total > 0
            ? t('matching.manual.results', { count: result.page.total })
            : t('matching.manual.noResults'))}
      </p>
      {found.isError && (
        <Alert type="error">
          <p className="utrecht-paragraph">{errorMessage(found.error)}</p>
        </Alert>
      )}
      {hits && hits.length > 0 && (
        <ul className="kp-picker-list">
          {hits.map((hit) => (
            <li key={hit.id} className="kp-picker-list__item">
              <span>
                <strong>{hit.fullName}</strong>
                {hit.skills.length > 0 && (
                  <span className="kp-muted"> · {hit.skills.slice(0, 4).join(', ')}</span>
                )}
              </span>
              <Button onClick={() => onPick({ id: hit.id, fullName: hit.fullName })}>
                {t('matching.manual.choose')}
                <span className="kp-visually-hidden"> {hit.fullName}</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
