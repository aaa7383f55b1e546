import { useTranslation } from 'react-i18next';
import { generatePath, Link, useNavigate } from 'react-router';
import { PageTitle } from '@/components/ui/page-title';
import { paths } from '@/config/paths';
import { useCurrentUser } from '@/features/auth/components/use-current-user';
import { Forbidden } from '@/features/misc/routes/forbidden';
import { ContractForm } from '../components/contract-form';

export function NewContractRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useCurrentUser();
  // Contractors and municipalities read contracts; only consultants register them (the API agrees).
  if (me.role !== 'consultant') return <Forbidden />;
  return (
    <>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link utrecht-link--html-a kp-back-link" to={paths.contracts}>
          {t('contracts.detail.back')}
        </Link>
      </p>
      <PageTitle documentTitle={t('contracts.form.newTitle')}>{t('contracts.form.newTitle')}</PageTitle>
      <p className="utrecht-paragraph">{t('contracts.form.newIntro')}</p>
      <ContractForm onSaved={(contract) => navigate(generatePath(paths.contract, { id: contract.id }))} />
    </>
  );
}
