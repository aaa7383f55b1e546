import {
  filtersFromSearchParams,
  listParamsFromFilters,
  searchParamsFromFilters,
} from './place-filter-params';

describe('place filter parameters', () => {
  it('round-trips through the address bar with Dutch names, leaving out defaults', () => {
    const filters = {
      q: 'schoonmaak',
      status: 'open',
      kind: 'internship',
      contractorId: '665f1c2ab5c0f1a2b3c4d5e6',
      sort: 'title',
    };
    const params = searchParamsFromFilters(filters);
    expect(params.toString()).toBe(
      'zoek=schoonmaak&status=open&soort=internship&opdrachtnemer=665f1c2ab5c0f1a2b3c4d5e6&sorteer=title',
    );
    expect(filtersFromSearchParams(params)).toEqual(filters);
    expect(
      searchParamsFromFilters({
        q: '',
        status: '',
        kind: '',
        contractorId: '',
        sort: '-createdAt',
      }).toString(),
    ).toBe('');
  });

  it('drops values a hand-edited address made up, instead of sending them to the API', () => {
    const filters = filtersFromSearchParams(
      new URLSearchParams('status=weg&soort=vrijwilliger&opdrachtnemer=x&sorteer=loon'),
    );
    expect(listParamsFromFilters(filters, 2, 20)).toEqual({
      q: undefined,
      status: undefined,
      kind: undefined,
      contractorId: undefined,
      sort: '-createdAt',
      page: 2,
      limit: 20,
    });
  });
});
