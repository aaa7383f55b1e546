import type { TPageInfo } from '@kansplek/api/contract';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import { PAGE_PARAM } from '@/hooks/use-page-param';

/**
 * Page numbers to show: the first, the last, and two either side of the current one.
 * A gap of exactly one page shows that page instead of an ellipsis, which would take as much room.
 */
export function visiblePages(current: number, pages: number): Array<number | 'gap'> {
  const wanted = new Set([1, pages, current - 2, current - 1, current, current + 1, current + 2]);
  const sorted = [...wanted].filter((page) => page >= 1 && page <= pages).sort((a, b) => a - b);
  const result: Array<number | 'gap'> = [];
  sorted.forEach((page, index) => {
    const previous = sorted[index - 1];
    if (previous !== undefined && page - previous === 2) result.push(previous + 1);
    if (previous !== undefined && page - previous > 2) result.push('gap');
    result.push(page);
  });
  return result;
}

/** NL Design System pagination; pages live in the URL, so back, reload and shared links keep the page. */
export function Pagination({ page }: { page: TPageInfo }) {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const { pathname } = useLocation();
  if (page.pages <= 1) return null;

  const hrefFor = (target: number) => {
    const params = new URLSearchParams(searchParams);
    if (target === 1) params.delete(PAGE_PARAM);
    else params.set(PAGE_PARAM, String(target));
    const search = params.toString();
    return search ? `${pathname}?${search}` : pathname;
  };

  return (
    <nav className="utrecht-pagination utrecht-pagination--distanced" aria-label={t('pagination.label')}>
      <span className="utrecht-pagination__before">
        {page.page > 1 && (
          <Link
            className="utrecht-pagination__relative-link utrecht-pagination__relative-link--prev"
            to={hrefFor(page.page - 1)}
            rel="prev"
          >
            {t('pagination.previous')}
          </Link>
        )}
      </span>
      <span className="utrecht-pagination__pages">
        {visiblePages(page.page, page.pages).map((item, index) =>
          item === 'gap' ? (
            <span key={`gap-${index}`} aria-hidden="true" className="kp-pagination-gap">
              …
            </span>
          ) : (
            <Link
              key={item}
              to={hrefFor(item)}
              className={`utrecht-pagination__page-link${item === page.page ? ' utrecht-pagination__page-link--current' : ''}`}
              aria-current={item === page.page ? 'page' : undefined}
              aria-label={t('pagination.page', { page: item })}
            >
              {item}
            </Link>
          ),
        )}
      </span>
      <span className="utrecht-pagination__after">
        {page.page < page.pages && (
          <Link
            className="utrecht-pagination__relative-link utrecht-pagination__relative-link--next"
            to={hrefFor(page.page + 1)}
            rel="next"
          >
            {t('pagination.next')}
          </Link>
        )}
      </span>
    </nav>
  );
}
