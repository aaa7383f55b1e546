import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ButtonLink } from '@/components/ui/button-link';
import { FormField } from '@/components/ui/form-field';
import { Loading } from '@/components/ui/loading';
import { PageTitle } from '@/components/ui/page-title';
import { Pagination } from '@/components/ui/pagination';
import { paths } from '@/config/paths';
import { useErrorMessage } from '@/hooks/use-error-message';
import { usePageParam } from '@/hooks/use-page-param';
import { useRegions } from '../api/get-regions';
import { RegionsTable } from '../components/regions-table';

const PAGE_SIZE = 20;
const SEARCH_PARAM = 'zoek';

/** Admin: the regions, each a service point with the municipalities it serves. */
export function RegionsRoute() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [searchParams, setSearchParams] = useSearchParams();
  const page = usePageParam();
  const q = searchParams.get(SEARCH_PARAM) ?? '';
  const [draft, setDraft] = useState(q);
  const regions = useRegions({
    q: q.trim().slice(0, 100) || undefined,
    sort: 'name',
    page,
    limit: PAGE_SIZE,
  });

  const search = (event: FormEvent) => {
    event.preventDefault();
    const next = draft.trim();
    setSearchParams(next ? new URLSearchParams({ [SEARCH_PARAM]: next }) : new URLSearchParams());
  };

  return (
    <>
      <PageTitle documentTitle={t('regions.list.title')}>{t('regions.list.title')}</PageTitle>
      <p className="utrecht-paragraph">{t('regions.list.intro')}</p>
      <p className="utrecht-paragraph">
        <ButtonLink to={paths.newRegion} appearance="primary-action">
          {t('regions.list.new')}
        </ButtonLink>
      </p>
      <form
        className="kp-filters"
        role="search"
        aria-label={t('regions.list.filtersLabel')}
        onSubmit={search}
      >
        <FormField id="regions-q" label={t('regions.list.search')} kind="text">
          {(a11y) => (
            <input
              {...a11y}
              type="search"
              className="utrecht-textbox utrecht-textbox--html-input"
              value={draft}
              onChange={(event) => setDraft(event.target.value)}
            />
          )}
        </FormField>
        <div className="utrecht-button-group kp-filters__actions">
          <Button type="submit" appearance="primary-action">
            {t('regions.list.applySearch')}
          </Button>
        </div>
      </form>
      {regions.isPending && <Loading />}
      {regions.isError && (
        <Alert type="error">
          <p className="utrecht-paragraph">{errorMessage(regions.error)}</p>
        </Alert>
      )}
      {regions.data && regions.data.data.length === 0 && (
        <p className="utrecht-paragraph" role="status">
          {t('regions.list.empty')}
        </p>
      )}
      {regions.data && regions.data.data.length > 0 && (
        <>
          <RegionsTable regions={regions.data.data} total={regions.data.page.total} />
          <Pagination page={regions.data.page} />
        </>
      )}
    </>
  );
}
