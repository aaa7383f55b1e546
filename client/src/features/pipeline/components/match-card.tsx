import type { TMatch, TRole } from '@kansplek/api/contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '@/lib/format';
import { matchPath } from '../pipeline-paths';
import { hasStepsOnPage, matchSteps } from './match-steps';
import { MoveActions } from './move-actions';
import { PlaceLink } from './place-link';

export const cardLinkId = (matchId: string) => `match-card-${matchId}`;

interface MatchCardProps {
  match: TMatch;
  role: TRole;
  onMoved: (match: TMatch) => void;
  onFailed: (error: unknown) => void;
}

/** One match on the board: who, for which place, since when, and the moves that fit it now. */
export function MatchCard({ match, role, onMoved, onFailed }: MatchCardProps) {
  const { t, i18n } = useTranslation();
  const steps = matchSteps(match, role);
  const name = match.candidate.fullName;
  const since = match.timeline.at(-1)?.at ?? match.createdAt;
  return (
    <li className="kp-card kp-match-card">
      <h3 className="utrecht-heading-3">
        <Link
          className="utrecht-link utrecht-link--html-a"
          id={cardLinkId(match.id)}
          to={matchPath(match.id)}
        >
          {name}
        </Link>
      </h3>
      <ul className="kp-card__facts">
        <li>
          {t('pipeline.card.place')}: <PlaceLink place={match.place} />
        </li>
        <li>{t('pipeline.card.since', { date: formatDate(since, i18n.language) })}</li>
        {match.dismissal && (
          <li>
            {t('pipeline.card.reason', { reason: t(`pipeline.exitReasons.${match.dismissal.reason}`) })}
          </li>
        )}
      </ul>
      <MoveActions match={match} steps={steps} onMoved={onMoved} onFailed={onFailed} />
      {hasStepsOnPage(steps) && (
        <p className="utrecht-paragraph">
          <Link className="utrecht-link utrecht-link--html-a" to={matchPath(match.id)}>
            {t('pipeline.card.moreSteps')}
            <span className="kp-visually-hidden"> {t('pipeline.card.for', { name })}</span>
          </Link>
        </p>
      )}
    </li>
  );
}
