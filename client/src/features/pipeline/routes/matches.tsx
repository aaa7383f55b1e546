import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { paths } from '@/config/paths';
import { PageTitle } from '@/components/ui/page-title';
import { useCurrentUser } from '@/features/auth/components/use-current-user';
import { MatchBoard } from '../components/match-board';
import { FINISHED_PARAM, FINISHED_VALUE, PLACE_PARAM } from '../pipeline-paths';

/**
 * The match board: consultants follow every match of their region by stage, contractors the
 * candidates introduced to them. The filter lives in the address, so back and reload keep it.
 */
export function MatchesRoute() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const checkboxId = useId();
  const [searchParams, setSearchParams] = useSearchParams();
  const withFinished = searchParams.get(FINISHED_PARAM) === FINISHED_VALUE;
  const placeId = searchParams.get(PLACE_PARAM) ?? undefined;

  const showFinished = (checked: boolean) => {
    const next = new URLSearchParams(searchParams);
    if (checked) next.set(FINISHED_PARAM, FINISHED_VALUE);
    else next.delete(FINISHED_PARAM);
    setSearchParams(next, { replace: true });
  };

  return (
    <>
      <PageTitle documentTitle={t('pipeline.board.title')}>{t('pipeline.board.title')}</PageTitle>
      <p className="utrecht-paragraph utrecht-paragraph--lead">
        {t(me.role === 'contractor' ? 'pipeline.board.intro.contractor' : 'pipeline.board.intro.consultant')}
      </p>
      <div className="utrecht-form-field utrecht-form-field--checkbox">
        <div className="utrecht-form-field__input">
          <input
            id={checkboxId}
            type="checkbox"
            className="utrecht-checkbox utrecht-checkbox--html-input"
            checked={withFinished}
            onChange={(event) => showFinished(event.target.checked)}
          />
        </div>
        <div className="utrecht-form-field__label">
          <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={checkboxId}>
            {t('pipeline.board.withFinished')}
          </label>
        </div>
      </div>
      {placeId && (
        <p className="utrecht-paragraph">
          {t('pipeline.board.onePlace')}{' '}
          <Link className="utrecht-link" to={paths.matches}>
            {t('pipeline.board.allPlaces')}
          </Link>
        </p>
      )}
      <MatchBoard role={me.role} withFinished={withFinished} placeId={placeId} />
    </>
  );
}
