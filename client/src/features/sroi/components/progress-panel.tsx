import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { ButtonLink } from '@/components/ui/button-link';
import { Loading } from '@/components/ui/loading';
import { useCurrentUser } from '@/features/auth/components/use-current-user';
import { useErrorMessage } from '@/hooks/use-error-message';
import { useContractProgress } from '../api/get-contract-progress';
import { statementPath } from '../sroi-paths';
import { CreditByKindTable } from './credit-by-kind-table';
import { CreditsList } from './credits-list';
import { ProgressBar } from './progress-bar';
import { ProgressFigures } from './progress-figures';
import { RealisationChart } from './realisation-chart';

/**
 * A contract's SROI progress on its page: the figures, the bar, the chart over time, and for the
 * contractor and consultant the credits behind them and the printable statement.
 */
export function ContractProgressPanel({ contractId }: { contractId: string }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const errorMessage = useErrorMessage();
  const progress = useContractProgress(contractId);
  // Municipality users see aggregates only; a credit is about one person's placement.
  const readsCredits = me.role === 'consultant' || me.role === 'contractor';

  return (
    <section aria-labelledby="sroi-progress-heading">
      <h2 className="utrecht-heading-2" id="sroi-progress-heading">
        {t('sroi.progress.title')}
      </h2>
      {progress.isPending && <Loading />}
      {progress.isError && (
        <Alert type="error">
          <p className="utrecht-paragraph">{errorMessage(progress.error)}</p>
        </Alert>
      )}
      {progress.data && (
        <>
          <ProgressBar basisPoints={progress.data.realisedBasisPoints} label={t('sroi.progress.barLabel')} />
          <ProgressFigures progress={progress.data} />
          {progress.data.bySource.length > 0 && (
            <CreditByKindTable bySource={progress.data.bySource} caption={t('sroi.progress.byKindCaption')} />
          )}
          <RealisationChart series={progress.data.series} obligationCents={progress.data.obligationCents} />
          {readsCredits && (
            <p className="utrecht-paragraph">
              <ButtonLink to={statementPath(contractId)}>{t('sroi.statement.open')}</ButtonLink>
            </p>
          )}
        </>
      )}
      {readsCredits && <CreditsList contractId={contractId} />}
    </section>
  );
}
