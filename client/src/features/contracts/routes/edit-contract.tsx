import { useTranslation } from 'react-i18next';
import { generatePath, Link, useNavigate, useParams } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Loading } from '@/components/ui/loading';
import { PageTitle } from '@/components/ui/page-title';
import { paths } from '@/config/paths';
import { useCurrentUser } from '@/features/auth/components/use-current-user';
import { Forbidden } from '@/features/misc/routes/forbidden';
import { useErrorMessage } from '@/hooks/use-error-message';
import { useContract } from '../api/get-contract';
import { ContractForm } from '../components/contract-form';

export function EditContractRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const errorMessage = useErrorMessage();
  const contract = useContract(id);
  const detailPath = generatePath(paths.contract, { id });
  const me = useCurrentUser();
  if (me.role !== 'consultant') return <Forbidden />;

  return (
    <>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link utrecht-link--html-a kp-back-link" to={detailPath}>
          {t('contracts.form.backToContract')}
        </Link>
      </p>
      <PageTitle documentTitle={t('contracts.form.editTitle')}>{t('contracts.form.editTitle')}</PageTitle>
      {contract.isPending && <Loading />}
      {contract.isError && (
        <Alert type="error">
          <p className="utrecht-paragraph">{errorMessage(contract.error)}</p>
        </Alert>
      )}
      {contract.data && !['draft', 'active'].includes(contract.data.status) && (
        <Alert type="info">
          <p className="utrecht-paragraph">{t('contracts.form.readOnly')}</p>
        </Alert>
      )}
      {contract.data && ['draft', 'active'].includes(contract.data.status) && (
        // After a colleague's save (409) the refetched contract brings the new version; what was typed stays.
        <ContractForm contract={contract.data} onSaved={() => navigate(detailPath)} />
      )}
    </>
  );
}
