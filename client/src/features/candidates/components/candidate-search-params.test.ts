import {
  atLeastLevelCounts,
  candidateFilterChange,
  candidateSearchFromParams,
  chosenCandidateFilters,
} from './candidate-search-params';

describe('candidate search parameters', () => {
  it('reads every filter from the Dutch address into the API query', () => {
    const params = new URLSearchParams(
      'zoek=+heftruck+&status=active&gemeente=GM0202&rijbewijs=nee&nederlands=B1&doelgroep=ww&beschikbaar=2026-12-01&uren=24',
    );
    expect(candidateSearchFromParams(params, 3, 20)).toEqual({
      q: 'heftruck',
      status: 'active',
      municipalityCode: 'GM0202',
      drivingLicence: false,
      minDutchLevel: 'B1',
      targetGroup: 'ww',
      availableBy: '2026-12-01',
      minHours: 24,
      page: 3,
      limit: 20,
    });
  });

  it('drops values a hand-edited address made up, instead of sending them to the API', () => {
    const params = new URLSearchParams(
      'zoek=+++&status=rijk&gemeente=Arnhem&rijbewijs=misschien&nederlands=Z9&doelgroep=iedereen&beschikbaar=morgen&uren=99',
    );
    const query = candidateSearchFromParams(params, 1, 20);
    expect(query).toEqual({ page: 1, limit: 20 });
    expect(Object.values(chosenCandidateFilters(query)).every((value) => value === '')).toBe(true);
  });

  it('shows the chosen filters as the controls hold them', () => {
    const query = candidateSearchFromParams(new URLSearchParams('rijbewijs=ja&uren=16'), 1, 20);
    expect(chosenCandidateFilters(query)).toMatchObject({ drivingLicence: 'true', minHours: '16' });
  });

  it.each([
    ['drivingLicence', 'true', { rijbewijs: 'ja' }],
    ['drivingLicence', 'false', { rijbewijs: 'nee' }],
    ['drivingLicence', '', { rijbewijs: '' }],
    ['municipalityCode', 'GM0202', { gemeente: 'GM0202' }],
    ['minDutchLevel', '', { nederlands: '' }],
  ] as const)('writes %s = "%s" into the address as %j', (filter, value, change) => {
    expect(candidateFilterChange(filter, value)).toEqual(change);
  });

  it('counts "at least" a Dutch level over that level and every level above it', () => {
    expect(atLeastLevelCounts({ '0': 7, '1': 2, '3': 5, '4': 1, '6': 1 })).toEqual({
      A1: 9,
      A2: 7,
      B1: 7,
      B2: 2,
      C1: 1,
      C2: 1,
    });
    expect(atLeastLevelCounts(undefined)).toBeUndefined();
  });
});
