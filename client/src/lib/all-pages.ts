import { MAX_PAGE_SIZE, type TPageInfo } from '@kansplek/api/contract';

/**
 * Every item of a paginated list, page by page at the largest page size, for a view that must be
 * complete (a printed statement) rather than browsed.
 */
export async function getAllPages<T>(
  getPage: (page: number, limit: number) => Promise<{ data: T[]; page: TPageInfo }>,
): Promise<T[]> {
  const items: T[] = [];
  for (let page = 1; ; page += 1) {
    const answer = await getPage(page, MAX_PAGE_SIZE);
    items.push(...answer.data);
    if (page >= answer.page.pages) return items;
  }
}
