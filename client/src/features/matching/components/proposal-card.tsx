import type { TCandidateProposal } from '@kansplek/api/contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '@/components/ui/button';
import { formatDate } from '@/lib/format';
import { candidatePagePath } from '../matching-paths';
import { DismissDialog, type DismissValues } from './dismiss-dialog';
import { MatchReasons } from './match-reasons';
import { formatNumber } from './reason-text';

interface ProposalCardProps {
  proposal: TCandidateProposal;
  busy: boolean;
  onShortlist: () => void;
  onDismiss: (values: DismissValues) => Promise<unknown>;
}

/** One proposed candidate: who, how well they fit and why, and what the consultant can do. */
export function ProposalCard({ proposal, busy, onShortlist, onDismiss }: ProposalCardProps) {
  const { t, i18n } = useTranslation();
  const { candidate } = proposal;
  const hours = `${candidate.hours.min}–${candidate.hours.max}`;
  return (
    <li className="kp-card">
      <h3 className="utrecht-heading-3">
        <Link className="utrecht-link utrecht-link--html-a" to={candidatePagePath(candidate.id)}>
          {candidate.fullName}
        </Link>
      </h3>
      <ul className="kp-card__facts">
        <li>
          <strong>{t('matching.score', { score: formatNumber(proposal.score, i18n.language) })}</strong>
        </li>
        <li>{t('matching.distanceKm', { km: formatNumber(proposal.distanceKm, i18n.language) })}</li>
        <li>{t('matching.proposals.wants', { hours })}</li>
        <li>
          {t('matching.proposals.waitingSince', { date: formatDate(candidate.waitingSince, i18n.language) })}
        </li>
      </ul>
      <MatchReasons
        reasons={proposal.reasons}
        label={t('matching.proposals.reasonsOf', { name: candidate.fullName })}
      />
      <div className="utrecht-button-group">
        <Button appearance="primary-action" busy={busy} onClick={onShortlist}>
          {t('matching.proposals.shortlist')}
          <span className="kp-visually-hidden"> {candidate.fullName}</span>
        </Button>
        <DismissDialog name={candidate.fullName} onDismiss={onDismiss} />
      </div>
    </li>
  );
}
