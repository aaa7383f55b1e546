import { useTranslation } from 'react-i18next';
import { generatePath, Link, useParams } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { ButtonLink } from '@/components/ui/button-link';
import { Loading } from '@/components/ui/loading';
import { PageTitle } from '@/components/ui/page-title';
import { paths } from '@/config/paths';
import { useCurrentUser } from '@/features/auth/components/use-current-user';
import { useErrorMessage } from '@/hooks/use-error-message';
import { ContractEfforts } from '@/features/efforts/components/contract-efforts';
import { ContractProgressPanel } from '@/features/sroi/components/progress-panel';
import { useContract } from '../api/get-contract';
import { ContractActions } from '../components/contract-actions';
import { ContractDetails } from '../components/contract-details';

/** One contract: its obligation and status; for consultants also editing and the status actions. */
export function ContractRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const me = useCurrentUser();
  const errorMessage = useErrorMessage();
  const contract = useContract(id);
  const editable = contract.data && ['draft', 'active'].includes(contract.data.status);

  return (
    <>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link utrecht-link--html-a kp-back-link" to={paths.contracts}>
          {t('contracts.detail.back')}
        </Link>
      </p>
      {contract.isPending && <Loading />}
      {contract.isError && (
        <>
          <PageTitle documentTitle={t('contracts.detail.title')}>{t('contracts.detail.title')}</PageTitle>
          <Alert type="error">
            <p className="utrecht-paragraph">{errorMessage(contract.error)}</p>
          </Alert>
        </>
      )}
      {contract.data && (
        <>
          <p className="utrecht-pre-heading kp-pre-heading">{t('contracts.detail.preHeading')}</p>
          <PageTitle documentTitle={contract.data.title}>{contract.data.title}</PageTitle>
          <ContractDetails contract={contract.data} />
          {me.role === 'consultant' && (
            <>
              {editable && (
                <p className="utrecht-paragraph">
                  <ButtonLink to={generatePath(paths.editContract, { id: contract.data.id })}>
                    {t('contracts.detail.edit')}
                  </ButtonLink>
                </p>
              )}
              <ContractActions contract={contract.data} />
            </>
          )}
          <ContractProgressPanel contractId={contract.data.id} />
          <ContractEfforts
            contractId={contract.data.id}
            creditable={['active', 'fulfilled', 'overdue'].includes(contract.data.status)}
          />
        </>
      )}
    </>
  );
}
