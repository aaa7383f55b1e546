import type { TExitReason, TMatch } from '@kansplek/api/contract';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { matchPagePath } from '../portal-paths';
import { MatchPlaceHeading } from './match-place';
import { matchStory } from './match-story';
import { WithdrawDialog } from './withdraw-dialog';

interface MatchCardProps {
  match: TMatch;
  /** Sends the withdrawal (offered only where the candidate may still withdraw). */
  onWithdraw: (
    match: TMatch,
    title: string,
    values: { reason: TExitReason; note: string },
  ) => Promise<unknown>;
}

/** One of the candidate's matches: the place, where it stands and what happens now. */
export function MatchCard({ match, onWithdraw }: MatchCardProps) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const title = match.place.title;
  const story = matchStory(match, t, i18n.language);

  return (
    <li className="kp-card" aria-labelledby={headingId}>
      <MatchPlaceHeading place={match.place} headingId={headingId} />
      <dl className="kp-portal-story">
        <dt>{t('portal.others.status')}</dt>
        <dd>
          <strong>{story.status}</strong>
        </dd>
        <dt>{t('portal.others.next')}</dt>
        {story.next.map((line) => (
          <dd key={line}>{line}</dd>
        ))}
      </dl>
      <div className="kp-portal-actions">
        {match.nextStages.includes('withdrawn') && (
          <WithdrawDialog title={title} onWithdraw={(values) => onWithdraw(match, title, values)} />
        )}
        <Link className="utrecht-link utrecht-link--html-a" to={matchPagePath(match.id)}>
          {t('portal.others.details')}
          <span className="kp-visually-hidden"> – {title}</span>
        </Link>
      </div>
    </li>
  );
}
