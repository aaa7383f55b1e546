import {
  NO_CANDIDATE_FILTERS,
  filtersFromSearchParams,
  listParamsFromFilters,
  searchParamsFromFilters,
} from './candidate-filter-params';

describe('candidate filter parameters', () => {
  it('round-trips through the address bar with Dutch names, leaving out defaults', () => {
    const filters = {
      ...NO_CANDIDATE_FILTERS,
      q: 'jansen',
      status: 'active',
      municipalityCode: 'GM0202',
      drivingLicence: 'false',
      dutchLevel: 'B1',
      sort: '-waitingSince',
    };
    const params = searchParamsFromFilters(filters);
    expect(params.toString()).toBe(
      'zoek=jansen&status=active&gemeente=GM0202&rijbewijs=nee&nederlands=B1&sorteer=-waitingSince',
    );
    expect(filtersFromSearchParams(params)).toEqual(filters);
    expect(searchParamsFromFilters(NO_CANDIDATE_FILTERS).toString()).toBe('');
  });

  it('drops values a hand-edited address made up, instead of sending them to the API', () => {
    const filters = filtersFromSearchParams(
      new URLSearchParams(
        'status=rijk&gemeente=Arnhem&consulent=42&rijbewijs=misschien&nederlands=Z9&sorteer=inkomen',
      ),
    );
    expect(listParamsFromFilters(filters, 2, 20)).toEqual({
      q: undefined,
      status: undefined,
      municipalityCode: undefined,
      consultantId: undefined,
      drivingLicence: undefined,
      dutchLevel: undefined,
      sort: 'name',
      page: 2,
      limit: 20,
    });
  });

  it('sends a chosen driving licence filter as a boolean', () => {
    const params = listParamsFromFilters({ ...NO_CANDIDATE_FILTERS, drivingLicence: 'true' }, 1, 20);
    expect(params.drivingLicence).toBe(true);
  });
});
