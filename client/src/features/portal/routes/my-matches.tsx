import type { TExitReason, TMatch } from '@kansplek/api/contract';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Announcement } from '@/components/ui/announcement';
import { Loading } from '@/components/ui/loading';
import { PageTitle } from '@/components/ui/page-title';
import { Pagination } from '@/components/ui/pagination';
import { paths } from '@/config/paths';
import { useDecideConsent } from '@/features/pipeline/api/decide-consent';
import { useTransitionMatch } from '@/features/pipeline/api/transition-match';
import { useAnnouncement } from '@/hooks/use-announcement';
import { useErrorMessage } from '@/hooks/use-error-message';
import { usePageParam } from '@/hooks/use-page-param';
import { isWaitingForAnswer, useMyMatches, useWaitingIntroductions } from '../api/get-my-matches';
import { myMatchesQueryKey } from '../api/portal-keys';
import { MatchCard } from '../components/match-card';
import { WaitingIntroductionCard } from '../components/waiting-introduction-card';
import '../components/portal.css';

/**
 * "Mijn matches": first the introductions waiting for the candidate's yes or no, then every other match
 * with where it stands and what happens now. Live notifications refresh both lists.
 */
export function MyMatchesRoute() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const page = usePageParam();
  const waiting = useWaitingIntroductions();
  const matches = useMyMatches(page);
  const queryClient = useQueryClient();
  const consent = useDecideConsent();
  const withdraw = useTransitionMatch();
  const { message, ref, announce } = useAnnouncement();
  // The waiting ones have their own section above; the page count includes them.
  const others = matches.data?.data.filter((match) => !isWaitingForAnswer(match)) ?? [];

  // A refused answer (someone changed the match first) shows the match as it is now.
  const refreshWhenRefused = {
    onError: () => void queryClient.invalidateQueries({ queryKey: myMatchesQueryKey }),
  };

  const answer = async (match: TMatch, given: boolean, employer: string, note?: string) => {
    // The candidate answers here themselves, never "in person".
    await consent.mutateAsync(
      { id: match.id, version: match.version, given, inPerson: false, note: note || undefined },
      refreshWhenRefused,
    );
    announce('ok', t(given ? 'portal.waiting.answeredYes' : 'portal.waiting.answeredNo', { employer }));
  };
  const withdrawFrom = async (
    match: TMatch,
    title: string,
    values: { reason: TExitReason; note: string },
  ) => {
    await withdraw.mutateAsync(
      { id: match.id, to: 'withdrawn', version: match.version, ...values },
      refreshWhenRefused,
    );
    announce('ok', t('portal.withdraw.done', { title }));
  };

  return (
    <>
      <PageTitle documentTitle={t('portal.page.title')}>{t('portal.page.title')}</PageTitle>
      <p className="utrecht-paragraph utrecht-paragraph--lead">{t('portal.page.intro')}</p>
      <Announcement message={message} ref={ref} />

      <section aria-labelledby="portal-waiting" className="kp-portal-section">
        <h2 className="utrecht-heading-2" id="portal-waiting">
          {t('portal.waiting.title')}
        </h2>
        {waiting.isPending && <Loading />}
        {waiting.isError && (
          <Alert type="error">
            <p className="utrecht-paragraph">{errorMessage(waiting.error)}</p>
          </Alert>
        )}
        {waiting.data?.length === 0 && <p className="utrecht-paragraph">{t('portal.waiting.none')}</p>}
        {waiting.data && waiting.data.length > 0 && (
          <ul className="kp-cards" aria-labelledby="portal-waiting">
            {waiting.data.map((match) => (
              <WaitingIntroductionCard
                key={match.id}
                match={match}
                isAnswering={consent.isPending && consent.variables?.id === match.id}
                onYes={(employer) =>
                  void answer(match, true, employer).catch((error: unknown) =>
                    announce('error', errorMessage(error)),
                  )
                }
                onNo={(note, employer) => answer(match, false, employer, note)}
              />
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="portal-others" className="kp-portal-section">
        <h2 className="utrecht-heading-2" id="portal-others">
          {t('portal.others.title')}
        </h2>
        {matches.isPending && <Loading />}
        {matches.isError && (
          <Alert type="error">
            <p className="utrecht-paragraph">{errorMessage(matches.error)}</p>
          </Alert>
        )}
        {matches.data?.page.total === 0 && (
          <p className="utrecht-paragraph">
            {t('portal.others.none')}{' '}
            <Link className="utrecht-link utrecht-link--html-a" to={paths.openPlaces}>
              {t('portal.others.search')}
            </Link>
          </p>
        )}
        {others.length > 0 && (
          <ul className="kp-cards" aria-labelledby="portal-others" aria-busy={matches.isFetching}>
            {others.map((match) => (
              <MatchCard key={match.id} match={match} onWithdraw={withdrawFrom} />
            ))}
          </ul>
        )}
        {matches.data && <Pagination page={matches.data.page} />}
      </section>
    </>
  );
}
