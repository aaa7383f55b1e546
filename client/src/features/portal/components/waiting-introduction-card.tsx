import type { TMatch } from '@kansplek/api/contract';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { formatDate } from '@/lib/format';
import { DeclineIntroductionDialog } from './decline-introduction-dialog';
import { MatchPlaceHeading } from './match-place';

interface WaitingIntroductionCardProps {
  match: TMatch;
  /** Yes is sent at once; the page reports how it went. */
  onYes: (employer: string) => void;
  /** No is sent from the confirming dialog, with the candidate's note; a thrown error shows there. */
  onNo: (note: string, employer: string) => Promise<unknown>;
  isAnswering: boolean;
}

/**
 * An introduction waiting for the candidate's answer: which place, who asks, what saying yes means
 * (the employer sees their name and CV summary) and what no means, then Ja / Nee.
 */
export function WaitingIntroductionCard({ match, onYes, onNo, isAnswering }: WaitingIntroductionCardProps) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const { title, contractorName: employer } = match.place;
  const introduction = match.introduction;
  if (!introduction) return null;

  return (
    <li className="kp-card" aria-labelledby={headingId}>
      <MatchPlaceHeading place={match.place} headingId={headingId} />
      <p className="utrecht-paragraph">
        <strong>{t('portal.waiting.asks', { consultant: introduction.requestedBy.name, employer })}</strong>{' '}
        <span className="kp-muted">
          {t('portal.waiting.askedOn', { date: formatDate(introduction.requestedAt, i18n.language) })}
        </span>
      </p>
      <h4 className="utrecht-heading-4">{t('portal.waiting.yesTitle')}</h4>
      <p className="utrecht-paragraph">{t('portal.waiting.yesMeans')}</p>
      <p className="utrecht-paragraph">{t('portal.waiting.noMeans')}</p>
      <div className="utrecht-button-group">
        <Button
          appearance="primary-action"
          busy={isAnswering}
          onClick={() => {
            if (!isAnswering) onYes(employer);
          }}
        >
          {t('portal.waiting.yes')}
          <span className="kp-visually-hidden"> – {title}</span>
        </Button>
        <DeclineIntroductionDialog title={title} onDecline={(note) => onNo(note, employer)} />
      </div>
    </li>
  );
}
