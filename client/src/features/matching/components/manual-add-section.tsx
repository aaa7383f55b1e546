import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Announcement } from '@/components/ui/announcement';
import { Button } from '@/components/ui/button';
import { useAnnouncement } from '@/hooks/use-announcement';
import { useErrorMessage } from '@/hooks/use-error-message';
import { useCreateMatch } from '../api/create-match';
import { candidatePagePath } from '../matching-paths';
import { CandidatePicker, type PickedCandidate } from './candidate-picker';
import { createMatchProblem } from './match-errors';

/** "Kandidaat handmatig toevoegen": the consultant overrides the proposals and shortlists someone else. */
export function ManualAddSection({ placeId }: { placeId: string }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const createMatch = useCreateMatch(placeId);
  const [chosen, setChosen] = useState<PickedCandidate | null>(null);
  const chosenRef = useRef<HTMLHeadingElement>(null);
  const { message, ref, announce, clear } = useAnnouncement();
  const problem = createMatch.isError ? createMatchProblem(createMatch.error) : null;

  useEffect(() => {
    if (chosen) chosenRef.current?.focus();
  }, [chosen]);

  const choose = (candidate: PickedCandidate | null) => {
    createMatch.reset();
    clear();
    setChosen(candidate);
  };

  const add = (candidate: PickedCandidate) =>
    createMatch.mutate(
      { candidateId: candidate.id, action: 'shortlist', source: 'manual' },
      {
        onSuccess: () => {
          setChosen(null);
          announce('ok', t('matching.manual.added', { name: candidate.fullName }));
        },
      },
    );

  return (
    <section aria-labelledby="matching-manual" className="kp-matching-section">
      <h2 className="utrecht-heading-2" id="matching-manual">
        {t('matching.manual.title')}
      </h2>
      <p className="utrecht-paragraph">{t('matching.manual.intro')}</p>
      <Announcement message={message} ref={ref} />
      {chosen ? (
        <div className="kp-card">
          <h3 className="utrecht-heading-3" ref={chosenRef} tabIndex={-1}>
            {t('matching.manual.chosen', { name: chosen.fullName })}
          </h3>
          {createMatch.isError && (
            <Alert type="error" role="alert">
              <p className="utrecht-paragraph">
                {problem === 'exists'
                  ? t('matching.manual.exists')
                  : problem === 'no_consent'
                    ? t('matching.manual.noConsent')
                    : errorMessage(createMatch.error)}{' '}
                {problem === 'no_consent' && (
                  <Link className="utrecht-link utrecht-link--html-a" to={candidatePagePath(chosen.id)}>
                    {t('matching.manual.openCandidate')}
                  </Link>
                )}
              </p>
            </Alert>
          )}
          <div className="utrecht-button-group">
            <Button appearance="primary-action" busy={createMatch.isPending} onClick={() => add(chosen)}>
              {t('matching.manual.add', { name: chosen.fullName })}
            </Button>
            <Button appearance="subtle" onClick={() => choose(null)}>
              {t('matching.manual.another')}
            </Button>
          </div>
        </div>
      ) : (
        <CandidatePicker onPick={choose} />
      )}
    </section>
  );
}
