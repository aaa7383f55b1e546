import { useTranslation } from 'react-i18next';
import { generatePath, Link } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { ButtonLink } from '@/components/ui/button-link';
import { DataTable } from '@/components/ui/data-table';
import { Loading } from '@/components/ui/loading';
import { PageTitle } from '@/components/ui/page-title';
import { Pagination } from '@/components/ui/pagination';
import { paths } from '@/config/paths';
import { useCurrentUser } from '@/features/auth/components/use-current-user';
import { useErrorMessage } from '@/hooks/use-error-message';
import { usePageParam } from '@/hooks/use-page-param';
import { formatDay } from '@/lib/format';
import { useRuleSets } from '../api/rule-sets';
import { versionsInForce } from '../components/in-force';

const PAGE_SIZE = 20;

/** Every version of the valuation rule sets, newest first, with the one in force today marked. */
export function RuleSetsRoute() {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const errorMessage = useErrorMessage();
  const page = usePageParam();
  const ruleSets = useRuleSets({ page, limit: PAGE_SIZE });
  const inForce = versionsInForce(ruleSets.data?.data ?? [], new Date().toISOString().slice(0, 10));

  return (
    <>
      <PageTitle documentTitle={t('ruleSets.list.title')}>{t('ruleSets.list.title')}</PageTitle>
      <p className="utrecht-paragraph">{t('ruleSets.list.intro')}</p>
      {me.role === 'admin' && (
        <p className="utrecht-paragraph">
          <ButtonLink to={paths.newRuleSet} appearance="primary-action">
            {t('ruleSets.list.new')}
          </ButtonLink>
        </p>
      )}
      {ruleSets.isPending && <Loading />}
      {ruleSets.isError && (
        <Alert type="error">
          <p className="utrecht-paragraph">{errorMessage(ruleSets.error)}</p>
        </Alert>
      )}
      {ruleSets.data && ruleSets.data.data.length === 0 && (
        <p className="utrecht-paragraph" role="status">
          {t('ruleSets.list.empty')}
        </p>
      )}
      {ruleSets.data && ruleSets.data.data.length > 0 && (
        <>
          <DataTable
            caption={t('ruleSets.list.caption', { count: ruleSets.data.page.total })}
            columns={['name', 'region', 'version', 'effectiveFrom', 'createdBy'].map((field) => ({
              header: t(`ruleSets.fields.${field}`),
            }))}
            rows={ruleSets.data.data.map((ruleSet) => ({
              key: ruleSet.id,
              cells: [
                <>
                  <Link
                    className="utrecht-link utrecht-link--html-a"
                    to={generatePath(paths.ruleSet, { id: ruleSet.id })}
                  >
                    {ruleSet.name}
                  </Link>
                  {inForce.has(ruleSet.id) && (
                    <strong className="kp-in-force"> {t('ruleSets.inForce')}</strong>
                  )}
                </>,
                ruleSet.region.name,
                ruleSet.version,
                formatDay(ruleSet.effectiveFrom, i18n.language),
                t('ruleSets.byOn', {
                  name: ruleSet.createdBy,
                  date: formatDay(ruleSet.createdAt.slice(0, 10), i18n.language),
                }),
              ],
            }))}
          />
          <Pagination page={ruleSets.data.page} />
        </>
      )}
    </>
  );
}
