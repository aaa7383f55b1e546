import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Loading } from '@/components/ui/loading';
import { PageTitle } from '@/components/ui/page-title';
import { Pagination } from '@/components/ui/pagination';
import { useErrorMessage } from '@/hooks/use-error-message';
import { usePageParam } from '@/hooks/use-page-param';
import { useBundleSuggestions } from '../api/get-bundle-suggestions';
import { BundleSuggestionCard } from '../components/bundle-suggestion-card';
import '../components/matching.css';

/** "Bundels": suggested combinations of small places into one job (jobcarving across employers). */
export function BundlesRoute() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const page = usePageParam();
  const suggestions = useBundleSuggestions(page);
  const data = suggestions.data;

  return (
    <>
      <PageTitle documentTitle={t('matching.bundles.title')}>{t('matching.bundles.title')}</PageTitle>
      <p className="utrecht-paragraph utrecht-paragraph--lead">{t('matching.bundles.intro')}</p>
      <p className="utrecht-paragraph" role="status">
        {data && data.page.total > 0 && t('matching.bundles.count', { count: data.page.total })}
      </p>
      {suggestions.isPending && <Loading />}
      {suggestions.isError && (
        <Alert type="error">
          <p className="utrecht-paragraph">{errorMessage(suggestions.error)}</p>
        </Alert>
      )}
      {data && data.data.length === 0 && <p className="utrecht-paragraph">{t('matching.bundles.none')}</p>}
      {data && data.data.length > 0 && (
        <>
          <ol className="kp-cards" aria-busy={suggestions.isFetching || undefined}>
            {data.data.map((suggestion, index) => (
              <BundleSuggestionCard
                key={suggestion.places.map((place) => place.id).join('-')}
                suggestion={suggestion}
                index={index}
              />
            ))}
          </ol>
          <Pagination page={data.page} />
        </>
      )}
    </>
  );
}
