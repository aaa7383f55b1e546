import type { TPlace } from '@kansplek/api/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Announcement } from '@/components/ui/announcement';
import { Button } from '@/components/ui/button';
import { Loading } from '@/components/ui/loading';
import { useAnnouncement } from '@/hooks/use-announcement';
import { useErrorMessage } from '@/hooks/use-error-message';
import { useCreateMatch } from '../api/create-match';
import { useProposals } from '../api/get-proposals';
import { DisplacementPanel } from './displacement-panel';
import type { DismissValues } from './dismiss-dialog';
import { createMatchProblem } from './match-errors';
import { ProposalCard } from './proposal-card';

const STEP = 10;
const MAX_PROPOSALS = 50;

/** "Voorstellen": the best candidates for the place with their reasons; shortlist or dismiss each. */
export function ProposalsSection({ place }: { place: TPlace }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [limit, setLimit] = useState(STEP);
  const proposals = useProposals(place.id, limit);
  const createMatch = useCreateMatch(place.id);
  const { message, ref, announce } = useAnnouncement();
  const data = proposals.data;
  const blocked = data?.blockedBy ?? [];

  const act = async (
    candidate: { id: string; fullName: string },
    // The candidate's position in the list (1 = first): the fairness report's mean rank per group.
    rank: number,
    action: 'shortlist' | 'dismiss',
    dismissal?: DismissValues,
  ) => {
    try {
      await createMatch.mutateAsync({
        candidateId: candidate.id,
        action,
        source: 'proposal',
        rank,
        ...dismissal,
      });
      announce(
        'ok',
        t(`matching.proposals.${action === 'shortlist' ? 'shortlisted' : 'dismissed'}`, {
          name: candidate.fullName,
        }),
      );
    } catch (error) {
      const problem = createMatchProblem(error);
      if (action === 'dismiss') throw error;
      announce('error', problem === 'exists' ? t('matching.manual.exists') : errorMessage(error));
    }
  };

  return (
    <section aria-labelledby="matching-proposals" className="kp-matching-section">
      <h2 className="utrecht-heading-2" id="matching-proposals">
        {t('matching.proposals.title')}
      </h2>
      <p className="utrecht-paragraph">{t('matching.proposals.intro')}</p>
      <Announcement message={message} ref={ref} />
      {(blocked.includes('displacement_unconfirmed') || place.displacement.flagged) && (
        <DisplacementPanel place={place} />
      )}
      {proposals.isPending && <Loading />}
      {proposals.isError && (
        <Alert type="error">
          <p className="utrecht-paragraph">{errorMessage(proposals.error)}</p>
        </Alert>
      )}
      {blocked
        .filter((reason) => reason !== 'displacement_unconfirmed')
        .map((reason) => (
          <Alert type="info" key={reason}>
            <p className="utrecht-paragraph">{t(`matching.proposals.blocked.${reason}`)}</p>
          </Alert>
        ))}
      {data && blocked.length === 0 && (
        <>
          <p className="utrecht-paragraph">
            {data.data.length > 0
              ? t('matching.proposals.count', { count: data.data.length })
              : t('matching.proposals.none')}{' '}
            {data.excludedExisting > 0 && t('matching.proposals.excluded', { count: data.excludedExisting })}
          </p>
          {data.data.length > 0 && (
            <ol className="kp-cards" aria-busy={proposals.isFetching || undefined}>
              {data.data.map((proposal, index) => (
                <ProposalCard
                  key={proposal.candidate.id}
                  proposal={proposal}
                  busy={createMatch.isPending && createMatch.variables?.candidateId === proposal.candidate.id}
                  onShortlist={() => void act(proposal.candidate, index + 1, 'shortlist')}
                  onDismiss={(values) => act(proposal.candidate, index + 1, 'dismiss', values)}
                />
              ))}
            </ol>
          )}
          {data.data.length === limit && limit < MAX_PROPOSALS && (
            <Button
              busy={proposals.isFetching}
              onClick={() => setLimit((n) => Math.min(n + STEP, MAX_PROPOSALS))}
            >
              {t('matching.proposals.more')}
            </Button>
          )}
        </>
      )}
    </section>
  );
}
