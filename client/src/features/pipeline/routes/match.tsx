import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Loading } from '@/components/ui/loading';
import { PageTitle } from '@/components/ui/page-title';
import { paths } from '@/config/paths';
import { roleCanOpen } from '@/config/navigation';
import { useCurrentUser } from '@/features/auth/components/use-current-user';
import { MatchReasons } from '@/features/matching/components/match-reasons';
import { useErrorMessage } from '@/hooks/use-error-message';
import { useMatch } from '../api/get-match';
import { CandidateCv } from '../components/candidate-cv';
import { DisplacementNotice } from '../components/displacement-notice';
import { EmploymentSection } from '../components/employment-section';
import { InterviewSection } from '../components/interview-section';
import { MatchTimeline } from '../components/match-timeline';
import { matchSteps } from '../components/match-steps';
import { NextSteps } from '../components/next-steps';
import { PlaceLink } from '../components/place-link';
import { StepFeedback, useStepFeedback } from '../components/step-feedback';
import { TrialSection } from '../components/trial-section';
import '../components/pipeline.css';

/** One match for each of its parties: where it stands, what they can do next, and how it got here. */
export function MatchRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const me = useCurrentUser();
  const errorMessage = useErrorMessage();
  const match = useMatch(id);
  const { feedback, ref, done, failed } = useStepFeedback();
  const data = match.data;
  const steps = data ? matchSteps(data, me.role) : null;

  return (
    <>
      {(roleCanOpen(me.role, 'matches') || roleCanOpen(me.role, 'myMatches')) && (
        <p className="utrecht-paragraph">
          <Link
            className="utrecht-link utrecht-link--html-a kp-back-link"
            to={roleCanOpen(me.role, 'matches') ? paths.matches : paths.myMatches}
          >
            {t(roleCanOpen(me.role, 'matches') ? 'pipeline.match.back' : 'pipeline.match.backOwn')}
          </Link>
        </p>
      )}
      {match.isPending && <Loading />}
      {match.isError && (
        <>
          <PageTitle documentTitle={t('pipeline.match.notFound')}>{t('pipeline.match.notFound')}</PageTitle>
          <Alert type="error">
            <p className="utrecht-paragraph">{errorMessage(match.error)}</p>
          </Alert>
        </>
      )}
      {data && steps && (
        <>
          <p className="utrecht-pre-heading kp-pre-heading">
            {t('pipeline.card.place')}: <PlaceLink place={data.place} />
          </p>
          <PageTitle documentTitle={t('pipeline.match.documentTitle', { name: data.candidate.fullName })}>
            {data.candidate.fullName}
          </PageTitle>
          <p className="utrecht-paragraph">
            {t('pipeline.match.stage')}: <span className="kp-tag">{t(`matching.stages.${data.stage}`)}</span>
            {data.dismissal && (
              <>
                {' '}
                {t('pipeline.match.dismissal', {
                  reason: t(`pipeline.exitReasons.${data.dismissal.reason}`),
                  by: t(`roles.${data.dismissal.by}`),
                })}
                {data.dismissal.note && ` — ${data.dismissal.note}`}
              </>
            )}
          </p>
          <DisplacementNotice place={data.place} />
          <StepFeedback feedback={feedback} ref={ref} candidateId={data.candidate.id} />
          <NextSteps match={data} role={me.role} steps={steps} onDone={done} onFailed={failed} />
          <InterviewSection match={data} steps={steps} onDone={done} />
          <TrialSection match={data} steps={steps} onDone={done} />
          <EmploymentSection match={data} steps={steps} onDone={done} />
          {data.candidate.cv && <CandidateCv cv={data.candidate.cv} />}
          {data.score && data.score.reasons.length > 0 && (
            <section className="kp-match-section" aria-labelledby="match-reasons">
              <h2 className="utrecht-heading-2" id="match-reasons">
                {t('pipeline.match.reasons')}
              </h2>
              <MatchReasons
                reasons={data.score.reasons}
                label={t('matching.proposals.reasonsOf', { name: data.candidate.fullName })}
              />
            </section>
          )}
          <MatchTimeline match={data} />
        </>
      )}
    </>
  );
}
