import { EFFORT_KINDS, EFFORT_STATUSES, type TEffortKind, type TEffortStatus } from '@kansplek/api/contract';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { ButtonLink } from '@/components/ui/button-link';
import { FilterSelect } from '@/components/ui/filter-select';
import { Loading } from '@/components/ui/loading';
import { PageTitle } from '@/components/ui/page-title';
import { Pagination } from '@/components/ui/pagination';
import { paths } from '@/config/paths';
import { useCurrentUser } from '@/features/auth/components/use-current-user';
import { useErrorMessage } from '@/hooks/use-error-message';
import { PAGE_PARAM, usePageParam } from '@/hooks/use-page-param';
import { useEfforts } from '../api/get-efforts';
import { EffortsTable } from '../components/efforts-table';

const PAGE_SIZE = 20;
// Consultants open the list on what waits for them; `status=alle` shows everything.
const ALL = 'alle';

/** Efforts in the user's scope: consultants judge the submitted ones, contractors follow their own. */
export function EffortsRoute() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const errorMessage = useErrorMessage();
  const [searchParams, setSearchParams] = useSearchParams();
  const page = usePageParam();
  const statusParam = searchParams.get('status') ?? (me.role === 'consultant' ? 'submitted' : ALL);
  const status = (EFFORT_STATUSES as readonly string[]).includes(statusParam)
    ? (statusParam as TEffortStatus)
    : undefined;
  const kindParam = searchParams.get('soort') ?? '';
  const kind = (EFFORT_KINDS as readonly string[]).includes(kindParam)
    ? (kindParam as TEffortKind)
    : undefined;
  const contractId = searchParams.get('opdracht') ?? undefined;
  const efforts = useEfforts({ status, kind, contractId, page, limit: PAGE_SIZE });
  const maySubmit = me.role === 'contractor' || me.role === 'consultant';

  const setFilter = (name: string, value: string) => {
    const next = new URLSearchParams(searchParams);
    next.set(name, value);
    next.delete(PAGE_PARAM);
    setSearchParams(next);
  };

  return (
    <>
      <PageTitle documentTitle={t('efforts.list.title')}>{t('efforts.list.title')}</PageTitle>
      <p className="utrecht-paragraph">
        {t(`efforts.list.intro.${me.role === 'consultant' ? 'consultant' : 'other'}`)}
      </p>
      {maySubmit && (
        <p className="utrecht-paragraph">
          <ButtonLink to={paths.newEffort} appearance="primary-action">
            {t('efforts.list.new')}
          </ButtonLink>
        </p>
      )}
      <div className="kp-filters">
        <FilterSelect
          id="efforts-status"
          label={t('efforts.fields.status')}
          value={status ?? ''}
          anyLabel={t('efforts.list.allStatuses')}
          onChange={(value) => setFilter('status', value || ALL)}
          options={EFFORT_STATUSES.map((value) => ({ value, label: t(`efforts.statuses.${value}`) }))}
        />
        <FilterSelect
          id="efforts-kind"
          label={t('efforts.fields.kind')}
          value={kind ?? ''}
          anyLabel={t('efforts.list.allKinds')}
          onChange={(value) => setFilter('soort', value)}
          options={EFFORT_KINDS.map((value) => ({ value, label: t(`efforts.kinds.${value}`) }))}
        />
      </div>
      {efforts.isPending && <Loading />}
      {efforts.isError && (
        <Alert type="error">
          <p className="utrecht-paragraph">{errorMessage(efforts.error)}</p>
        </Alert>
      )}
      {efforts.data && efforts.data.data.length === 0 && (
        <p className="utrecht-paragraph" role="status">
          {t('efforts.list.empty')}
        </p>
      )}
      {efforts.data && efforts.data.data.length > 0 && (
        <>
          <EffortsTable
            efforts={efforts.data.data}
            caption={t('efforts.list.caption', { count: efforts.data.page.total })}
          />
          <Pagination page={efforts.data.page} />
        </>
      )}
    </>
  );
}
