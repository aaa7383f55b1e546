import type { TMatch } from '@kansplek/api/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Announcement } from '@/components/ui/announcement';
import { Button } from '@/components/ui/button';
import { Loading } from '@/components/ui/loading';
import { useAnnouncement } from '@/hooks/use-announcement';
import { useErrorMessage } from '@/hooks/use-error-message';
import { formatDate } from '@/lib/format';
import { useDismissMatch } from '../api/dismiss-match';
import { usePlaceMatches } from '../api/get-place-matches';
import { matchPath, placeBoardPath } from '@/features/pipeline/pipeline-paths';
import { candidatePagePath } from '../matching-paths';
import { DismissDialog, type DismissValues } from './dismiss-dialog';
import { formatNumber } from './reason-text';

function StageCell({ match }: { match: TMatch }) {
  const { t } = useTranslation();
  return (
    <>
      {t(`matching.stages.${match.stage}`)}
      {match.dismissal && (
        <span className="kp-match-note">
          {t('matching.matches.dismissalReason', {
            reason: t(`matching.dismissReasons.${match.dismissal.reason}`),
          })}
          {match.dismissal.note && ` — ${match.dismissal.note}`}
        </span>
      )}
    </>
  );
}

function SourceCell({ match }: { match: TMatch }) {
  const { t } = useTranslation();
  const overridden = match.overriddenConstraints.map((c) => t(`matching.constraints.${c}`)).join(', ');
  return (
    <>
      {t(`matching.sources.${match.source}`)}
      {overridden && (
        <span className="kp-match-note">{t('matching.matches.overridden', { constraints: overridden })}</span>
      )}
    </>
  );
}

/** "Shortlist en afgewezen": the candidates already decided on, with their stage; dismiss a shortlisted one. */
export function PlaceMatchesSection({ placeId }: { placeId: string }) {
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  const [page, setPage] = useState(1);
  const matches = usePlaceMatches(placeId, page);
  const dismissMatch = useDismissMatch(placeId);
  const { message, ref, announce } = useAnnouncement();
  const data = matches.data;

  const dismiss = async (match: TMatch, values: DismissValues) => {
    await dismissMatch.mutateAsync({ id: match.id, version: match.version, ...values });
    announce('ok', t('matching.proposals.dismissed', { name: match.candidate.fullName }));
  };

  return (
    <section aria-labelledby="matching-matches" className="kp-matching-section">
      <h2 className="utrecht-heading-2" id="matching-matches">
        {t('matching.matches.title')}
      </h2>
      <p className="utrecht-paragraph">{t('matching.matches.intro')}</p>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" to={placeBoardPath(placeId)}>
          {t('pipeline.board.ofPlace')}
        </Link>
      </p>
      <Announcement message={message} ref={ref} />
      {matches.isPending && <Loading />}
      {matches.isError && (
        <Alert type="error">
          <p className="utrecht-paragraph">{errorMessage(matches.error)}</p>
        </Alert>
      )}
      {data && data.data.length === 0 && <p className="utrecht-paragraph">{t('matching.matches.none')}</p>}
      {data && data.data.length > 0 && (
        <div
          className="utrecht-table-container"
          role="region"
          tabIndex={0}
          aria-labelledby="matching-matches-caption"
        >
          <table
            className="utrecht-table utrecht-table--html-table"
            aria-busy={matches.isFetching || undefined}
          >
            <caption className="utrecht-table__caption" id="matching-matches-caption">
              {t('matching.matches.caption')}
            </caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                {(['candidate', 'stage', 'source', 'score', 'since', 'actions'] as const).map((column) => (
                  <th className="utrecht-table__header-cell" scope="col" key={column}>
                    {t(`matching.matches.${column}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {data.data.map((match) => (
                <tr className="utrecht-table__row" key={match.id}>
                  <th className="utrecht-table__header-cell" scope="row">
                    <Link
                      className="utrecht-link utrecht-link--html-a"
                      to={candidatePagePath(match.candidate.id)}
                    >
                      {match.candidate.fullName}
                    </Link>
                  </th>
                  <td className="utrecht-table__cell">
                    <StageCell match={match} />
                  </td>
                  <td className="utrecht-table__cell">
                    <SourceCell match={match} />
                  </td>
                  <td className="utrecht-table__cell">
                    {match.score
                      ? formatNumber(match.score.score, i18n.language)
                      : t('matching.matches.noScore')}
                  </td>
                  <td className="utrecht-table__cell">{formatDate(match.createdAt, i18n.language)}</td>
                  <td className="utrecht-table__cell">
                    <Link className="utrecht-link utrecht-link--html-a" to={matchPath(match.id)}>
                      {t('matching.matches.openMatch', { name: match.candidate.fullName })}
                    </Link>{' '}
                    {match.stage === 'shortlisted' && (
                      <DismissDialog
                        name={match.candidate.fullName}
                        onDismiss={(values) => dismiss(match, values)}
                      />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {data && data.page.pages > 1 && (
        <nav className="utrecht-button-group" aria-label={t('matching.matches.caption')}>
          <Button disabled={page <= 1} onClick={() => setPage(page - 1)}>
            {t('matching.matches.previous')}
          </Button>
          <span className="utrecht-paragraph" aria-live="polite">
            {t('matching.matches.pageOf', { page: data.page.page, pages: data.page.pages })}
          </span>
          <Button disabled={page >= data.page.pages} onClick={() => setPage(page + 1)}>
            {t('matching.matches.next')}
          </Button>
        </nav>
      )}
    </section>
  );
}
