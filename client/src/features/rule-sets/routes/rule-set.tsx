import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { ButtonLink } from '@/components/ui/button-link';
import { DataList } from '@/components/ui/data-list';
import { Loading } from '@/components/ui/loading';
import { PageTitle } from '@/components/ui/page-title';
import { paths } from '@/config/paths';
import { useCurrentUser } from '@/features/auth/components/use-current-user';
import { useErrorMessage } from '@/hooks/use-error-message';
import { formatDay } from '@/lib/format';
import { useRuleSet } from '../api/rule-sets';
import { RuleSetTables } from '../components/rule-set-tables';

/** One version of a rule set, readable in euros; admins start the next version from it. */
export function RuleSetRoute() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const me = useCurrentUser();
  const errorMessage = useErrorMessage();
  const ruleSet = useRuleSet(id);

  return (
    <>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link utrecht-link--html-a kp-back-link" to={paths.ruleSets}>
          {t('ruleSets.detail.back')}
        </Link>
      </p>
      {ruleSet.isPending && <Loading />}
      {ruleSet.isError && (
        <>
          <PageTitle documentTitle={t('ruleSets.detail.title')}>{t('ruleSets.detail.title')}</PageTitle>
          <Alert type="error">
            <p className="utrecht-paragraph">{errorMessage(ruleSet.error)}</p>
          </Alert>
        </>
      )}
      {ruleSet.data && (
        <>
          <p className="utrecht-pre-heading kp-pre-heading">{ruleSet.data.region.name}</p>
          <PageTitle documentTitle={ruleSet.data.name}>
            {t('ruleSets.detail.heading', { name: ruleSet.data.name, version: ruleSet.data.version })}
          </PageTitle>
          <DataList
            rows={[
              [t('ruleSets.fields.effectiveFrom'), formatDay(ruleSet.data.effectiveFrom, i18n.language)],
              [t('ruleSets.fields.note'), ruleSet.data.note || '—'],
              [
                t('ruleSets.fields.createdBy'),
                t('ruleSets.byOn', {
                  name: ruleSet.data.createdBy,
                  date: formatDay(ruleSet.data.createdAt.slice(0, 10), i18n.language),
                }),
              ],
            ]}
          />
          {me.role === 'admin' && (
            <p className="utrecht-paragraph">
              <ButtonLink to={`${paths.newRuleSet}?van=${encodeURIComponent(ruleSet.data.id)}`}>
                {t('ruleSets.detail.newVersion')}
              </ButtonLink>
            </p>
          )}
          <RuleSetTables values={ruleSet.data.values} />
        </>
      )}
    </>
  );
}
