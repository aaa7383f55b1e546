import type { TPageInfo } from '@kansplek/api/contract';
import type { UseQueryResult } from '@tanstack/react-query';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '@/hooks/use-error-message';
import { Alert } from './alert';
import { Loading } from './loading';
import { Pagination } from './pagination';

interface SearchResultsProps<Hit> {
  result: UseQueryResult<{ data: Hit[]; page: TPageInfo }>;
  /** The sentence with the number of results, e.g. "12 kandidaten gevonden". */
  countText: (total: number) => string;
  emptyText: string;
  /** A sentence for an error this page knows better than the general messages, else undefined. */
  errorText?: (error: unknown) => string | undefined;
  /** Renders the hits of this page (a list). */
  children: (hits: Hit[]) => ReactNode;
}

/**
 * The results side of a search page: the number of results in a polite live region (present from the
 * start, so screen readers announce every new number without moving focus from the search box),
 * loading and error messages, the hits and the pages.
 */
export function SearchResults<Hit>({
  result,
  countText,
  emptyText,
  errorText,
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
