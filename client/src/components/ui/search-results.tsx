import type { TPageInfo } from '@kansplek/api/contract';
import type { UseQueryResult } from '@tanstack/react-query';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '@/hooks/use-error-message';
import { Alert } from './alert';
import { DidYouMean } from './did-you-mean';
import { Loading } from './loading';
import { Pagination } from './pagination';

interface SearchResultsProps<Hit> {
  /** `suggestions`: what the API offers when the search words found nothing ("Bedoelde u …?"). */
  result: UseQueryResult<{ data: Hit[]; page: TPageInfo; suggestions?: string[] }>;
  /** The sentence with the number of results, e.g. "12 kandidaten gevonden". */
  countText: (total: number) => string;
  emptyText: string;
  /** A sentence for an error this page knows better than the general messages, else undefined. */
  errorText?: (error: unknown) => string | undefined;
  /** Searches a suggestion instead of the words that found nothing. */
  onSuggestion?: (q: string) => void;
  /** Renders the hits of this page (a list). */
  children: (hits: Hit[]) => ReactNode;
}

/**
 * The results side of a search page: the number of results in a polite live region (present from the
 * start, so screen readers announce every new number without moving focus from the search box) with
 * "Bedoelde u …?" when the words found nothing,
 * loading and error messages, the hits and the pages.
 */
export function SearchResults<Hit>({
  result,
  countText,
  emptyText,
  errorText,
  onSuggestion,
  children,
}: SearchResultsProps<Hit>) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const headingId = useId();
  const data = result.data;
  return (
    <section className="kp-search__results" aria-labelledby={headingId}>
      <h2 className="utrecht-heading-2" id={headingId}>
        {t('search.results')}
      </h2>
      <p className="utrecht-paragraph kp-search__count" role="status">
        {data ? countText(data.page.total) : ''}
        {/* In the same live region, so the suggestion is announced with the count. */}
        {onSuggestion && data?.suggestions?.length ? (
          <>
            {' '}
            <DidYouMean suggestions={data.suggestions} onChoose={onSuggestion} />
          </>
        ) : null}
      </p>
      {result.isPending && <Loading />}
      {result.isError && (
        <Alert type="error">
          <p className="utrecht-paragraph">{errorText?.(result.error) ?? errorMessage(result.error)}</p>
        </Alert>
      )}
      {data && data.data.length === 0 && <p className="utrecht-paragraph">{emptyText}</p>}
      {data && data.data.length > 0 && (
        <>
          <div aria-busy={result.isFetching || undefined}>{children(data.data)}</div>
          <Pagination page={data.page} />
        </>
      )}
    </section>
  );
}
