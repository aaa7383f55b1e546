import {
  EMPTY_ORGANISATION_FILTERS,
  organisationFiltersFromSearchParams,
  organisationListParams,
  searchParamsFromOrganisationFilters,
} from './organisation-filter-params';

describe('organisation filter parameters', () => {
  it('round-trip through the address bar with Dutch names, leaving out defaults', () => {
    const filters = { q: 'van wijk', kind: 'contractor', displaced: 'ja', sort: '-createdAt' };
    const params = searchParamsFromOrganisationFilters(filters);
    expect(params.toString()).toBe('zoek=van+wijk&soort=contractor&verdringing=ja&sorteer=-createdAt');
    expect(organisationFiltersFromSearchParams(params)).toEqual(filters);
    expect(searchParamsFromOrganisationFilters(EMPTY_ORGANISATION_FILTERS).toString()).toBe('');
  });

  it.each([
    ['ja', true],
    ['nee', false],
    ['', undefined],
    ['misschien', undefined],
  ])('reads verdringing=%p as displaced %p', (value, expected) => {
    expect(organisationListParams({ ...EMPTY_ORGANISATION_FILTERS, displaced: value }, 1, 20).displaced).toBe(
      expected,
    );
  });

  it('drops a made-up kind and sort instead of sending them to the API', () => {
    const params = organisationListParams(
      { q: '  ', kind: 'bakkerij', displaced: '', sort: 'random' },
      2,
      20,
    );
    expect(params).toEqual({
      q: undefined,
      kind: undefined,
      displaced: undefined,
      sort: 'name',
      page: 2,
      limit: 20,
    });
  });
});
