import type { TCredit, TRuleSetReference } from '@kansplek/api/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Loading } from '@/components/ui/loading';
import { PageTitle } from '@/components/ui/page-title';
import { useCurrentUser } from '@/features/auth/components/use-current-user';
import { useContract } from '@/features/contracts/api/get-contract';
import { ContractDetails } from '@/features/contracts/components/contract-details';
import { Forbidden } from '@/features/misc/routes/forbidden';
import { useErrorMessage } from '@/hooks/use-error-message';
import { formatDateTime } from '@/lib/format';
import { useAcceptedEfforts } from '../api/get-accepted-efforts';
import { useAllContractCredits } from '../api/get-contract-credits';
import { useContractProgress } from '../api/get-contract-progress';
import { ruleSetText } from '../components/credit-texts';
import { ProgressBar } from '../components/progress-bar';
import { ProgressFigures } from '../components/progress-figures';
import { StatementEfforts, StatementPlacements } from '../components/statement-credits';
import { contractPath } from '../sroi-paths';
import './statement.css';

/**
 * The accountability statement (verantwoording) of one contract, for the contractor's final report:
 * everything credited, with the rule set versions used, on a page that prints cleanly to PDF.
 */
export function StatementRoute() {
  const me = useCurrentUser();
  // Municipality users see aggregates only; the statement lists placements one by one.
  if (me.role !== 'consultant' && me.role !== 'contractor') return <Forbidden />;
  return <Statement />;
}

function Statement() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const errorMessage = useErrorMessage();
  const [printedAt] = useState(() => new Date().toISOString());
  const contract = useContract(id);
  const progress = useContractProgress(id);
  const credits = useAllContractCredits(id);
  const efforts = useAcceptedEfforts(id);
  const queries = [contract, progress, credits, efforts];
  const error = queries.find((query) => query.isError)?.error;
  const title = contract.data
    ? t('sroi.statement.title', { title: contract.data.title })
    : t('sroi.statement.heading');

  return (
    <div className="kp-statement">
      <p className="utrecht-paragraph kp-no-print">
        <Link className="utrecht-link utrecht-link--html-a kp-back-link" to={contractPath(id)}>
          {t('sroi.statement.back')}
        </Link>
      </p>
      <p className="utrecht-pre-heading kp-pre-heading">{t('sroi.statement.heading')}</p>
      <PageTitle documentTitle={title}>{title}</PageTitle>
      {error !== undefined && (
        <Alert type="error">
          <p className="utrecht-paragraph">{errorMessage(error)}</p>
        </Alert>
      )}
      {error === undefined && queries.some((query) => query.isPending) && <Loading />}
      {contract.data && progress.data && credits.data && efforts.data && (
        <>
          <p className="utrecht-paragraph">
            {t('sroi.statement.printedAt', { date: formatDateTime(printedAt, i18n.language) })}
          </p>
          <p className="utrecht-paragraph kp-no-print">
            <Button appearance="primary-action" onClick={() => window.print()}>
              {t('sroi.statement.print')}
            </Button>
          </p>

          <h2 className="utrecht-heading-2">{t('sroi.statement.contractTitle')}</h2>
          <ContractDetails contract={contract.data} />

          <h2 className="utrecht-heading-2">{t('sroi.statement.realisationTitle')}</h2>
          <ProgressBar basisPoints={progress.data.realisedBasisPoints} label={t('sroi.progress.barLabel')} />
          <ProgressFigures progress={progress.data} />

          <h2 className="utrecht-heading-2">{t('sroi.statement.placementsTitle')}</h2>
          <StatementPlacements credits={credits.data.filter((credit) => credit.source === 'placement')} />

          <h2 className="utrecht-heading-2">{t('sroi.statement.effortsTitle')}</h2>
          <StatementEfforts
            credits={credits.data.filter((credit) => credit.source === 'effort')}
            efforts={efforts.data}
          />

          <h2 className="utrecht-heading-2">{t('sroi.statement.ruleSetsTitle')}</h2>
          <RuleSetsUsed ruleSets={ruleSetsUsed(progress.data.ruleSets, credits.data)} />
        </>
      )}
    </div>
  );
}

function RuleSetsUsed({ ruleSets }: { ruleSets: TRuleSetReference[] }) {
  const { t } = useTranslation();
  if (ruleSets.length === 0) return <p className="utrecht-paragraph">{t('sroi.ruleSet.none')}</p>;
  return (
    <ul className="utrecht-unordered-list">
      {ruleSets.map((ruleSet) => (
        <li className="utrecht-unordered-list__item" key={ruleSet.id}>
          {ruleSetText(t, ruleSet)}
        </li>
      ))}
    </ul>
  );
}

/** The versions named by the progress and by any credit, once each, oldest first. */
function ruleSetsUsed(fromProgress: TRuleSetReference[], credits: TCredit[]) {
  const byId = new Map(fromProgress.map((ruleSet) => [ruleSet.id, ruleSet]));
  for (const credit of credits) if (credit.ruleSet) byId.set(credit.ruleSet.id, credit.ruleSet);
  return [...byId.values()].sort((a, b) => a.version - b.version);
}
