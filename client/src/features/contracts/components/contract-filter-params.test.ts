import {
  contractFiltersFromSearchParams,
  contractListParams,
  EMPTY_CONTRACT_FILTERS,
  searchParamsFromContractFilters,
} from './contract-filter-params';

describe('contract filter parameters', () => {
  it('round-trip through the address bar with Dutch names, leaving out defaults', () => {
    const filters = {
      q: 'riolering',
      status: 'active',
      municipalityId: '665f1c2ab5c0f1a2b3c4d5e6',
      contractorId: '',
      sort: '-obligationCents',
    };
    const params = searchParamsFromContractFilters(filters);
    expect(params.toString()).toBe(
      'zoek=riolering&status=active&gemeente=665f1c2ab5c0f1a2b3c4d5e6&sorteer=-obligationCents',
    );
    expect(contractFiltersFromSearchParams(params)).toEqual(filters);
    expect(searchParamsFromContractFilters(EMPTY_CONTRACT_FILTERS).toString()).toBe('');
  });

  it('drop values a hand-edited address made up, instead of sending them to the API', () => {
    const filters = contractFiltersFromSearchParams(
      new URLSearchParams('status=kwijt&gemeente=arnhem&opdrachtnemer=1&sorteer=waarde&zoek=%20'),
    );
    expect(contractListParams(filters, 2, 20)).toEqual({
      q: undefined,
      status: undefined,
      municipalityId: undefined,
      contractorId: undefined,
      sort: 'title',
      page: 2,
      limit: 20,
    });
  });
});
