import {
  filtersFromSearchParams,
  listParamsFromFilters,
  searchParamsFromFilters,
} from './user-filter-params';

describe('user filter parameters', () => {
  it('round-trips through the address bar with Dutch names, leaving out defaults', () => {
    const filters = { q: 'jan', role: 'consultant', status: 'active', sort: '-createdAt' };
    const params = searchParamsFromFilters(filters);
    expect(params.toString()).toBe('zoek=jan&rol=consultant&status=active&sorteer=-createdAt');
    expect(filtersFromSearchParams(params)).toEqual(filters);
    expect(searchParamsFromFilters({ q: '', role: '', status: '', sort: 'name' }).toString()).toBe('');
  });

  it('drops values a hand-edited address made up, instead of sending them to the API', () => {
    const filters = filtersFromSearchParams(
      new URLSearchParams('rol=koning&status=weg&sorteer=random&zoek=%20%20'),
    );
    expect(listParamsFromFilters(filters, 3, 20)).toEqual({
      q: undefined,
      role: undefined,
      status: undefined,
      sort: 'name',
      page: 3,
      limit: 20,
    });
  });

  it('understands the search parameter of links the API puts in notifications', () => {
    expect(filtersFromSearchParams(new URLSearchParams('q=nieuw%40kansplek.nl')).q).toBe('nieuw@kansplek.nl');
  });
});
