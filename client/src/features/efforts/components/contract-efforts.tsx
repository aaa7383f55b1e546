import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { ButtonLink } from '@/components/ui/button-link';
import { Loading } from '@/components/ui/loading';
import { paths } from '@/config/paths';
import { useCurrentUser } from '@/features/auth/components/use-current-user';
import { useErrorMessage } from '@/hooks/use-error-message';
import { useEfforts } from '../api/get-efforts';
import { EffortsTable } from './efforts-table';

const PAGE_SIZE = 10;

/** A contract's latest efforts on its page (all of them on the efforts page), and a way to submit one. */
export function ContractEfforts({ contractId, creditable }: { contractId: string; creditable: boolean }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const errorMessage = useErrorMessage();
  const headingId = useId();
  const efforts = useEfforts({ contractId, page: 1, limit: PAGE_SIZE });
  const maySubmit = creditable && (me.role === 'contractor' || me.role === 'consultant');

  return (
    <section aria-labelledby={headingId}>
      <h2 className="utrecht-heading-2" id={headingId}>
        {t('efforts.contract.title')}
      </h2>
      <p className="utrecht-paragraph">{t('efforts.contract.intro')}</p>
      {maySubmit && (
        <p className="utrecht-paragraph">
          <ButtonLink to={`${paths.newEffort}?opdracht=${encodeURIComponent(contractId)}`}>
            {t('efforts.contract.submit')}
          </ButtonLink>
        </p>
      )}
      {efforts.isPending && <Loading />}
      {efforts.isError && (
        <Alert type="error">
          <p className="utrecht-paragraph">{errorMessage(efforts.error)}</p>
        </Alert>
      )}
      {efforts.data && efforts.data.data.length === 0 && (
        <p className="utrecht-paragraph">{t('efforts.contract.none')}</p>
      )}
      {efforts.data && efforts.data.data.length > 0 && (
        <>
          <EffortsTable
            efforts={efforts.data.data}
            showContract={false}
            caption={t('efforts.list.caption', { count: efforts.data.page.total })}
          />
          {efforts.data.page.total > PAGE_SIZE && (
            <p className="utrecht-paragraph">
              <Link
                className="utrecht-link utrecht-link--html-a"
                to={`${paths.efforts}?opdracht=${encodeURIComponent(contractId)}`}
              >
                {t('efforts.contract.all', { count: efforts.data.page.total })}
              </Link>
            </p>
          )}
        </>
      )}
    </section>
  );
}
