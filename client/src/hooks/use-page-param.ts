import { useSearchParams } from 'react-router';

/** Dutch URL parameter for the page of a list: `?pagina=2`. */
export const PAGE_PARAM = 'pagina';

export function usePageParam(): number {
  const [searchParams] = useSearchParams();
  const page = Number(searchParams.get(PAGE_PARAM) ?? '1');
  return Number.isInteger(page) && page >= 1 ? page : 1;
}
