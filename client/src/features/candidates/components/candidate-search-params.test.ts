import {
  atLeastLevelCounts,
  candidateFilterChange,
  candidateSearchFromParams,
  chosenCandidateFilters,
  chosenFilterCount,
} from './candidate-search-params';

const ME = '665f1c2ab5c0f1a2b3c4d5e0';

describe('candidate search parameters', () => {
  it('reads every filter from the Dutch address into the API query', () => {
    const params = new URLSearchParams(
      'zoek=+heftruck+&status=active&gemeente=GM0202&rijbewijs=nee&nederlands=B1&doelgroep=ww&beschikbaar=2026-12-01&uren=24&mijn=ja&sorteer=wachttijd',
    );
    expect(candidateSearchFromParams(params, 3, 20, ME)).toEqual({
      q: 'heftruck',
      status: 'active',
      municipalityCode: 'GM0202',
      drivingLicence: false,
      minDutchLevel: 'B1',
      targetGroup: 'ww',
      availableBy: '2026-12-01',
      minHours: 24,
      consultantId: ME,
      sort: 'waiting',
      page: 3,
      limit: 20,
    });
  });

  it('drops values a hand-edited address made up, instead of sending them to the API', () => {
    const params = new URLSearchParams(
      'zoek=+++&status=rijk&gemeente=Arnhem&rijbewijs=misschien&nederlands=Z9&doelgroep=iedereen&beschikbaar=morgen&uren=99&mijn=665f1c2ab5c0f1a2b3c4d5e6&sorteer=oudste',
    );
    const query = candidateSearchFromParams(params, 1, 20, ME);
    expect(query).toEqual({ page: 1, limit: 20 });
    expect(Object.values(chosenCandidateFilters(query)).every((value) => value === '')).toBe(true);
  });

  it('shows the chosen filters as the controls hold them', () => {
    const query = candidateSearchFromParams(new URLSearchParams('rijbewijs=ja&uren=16'), 1, 20, ME);
    expect(chosenCandidateFilters(query)).toMatchObject({ drivingLicence: 'true', minHours: '16' });
  });

  it.each([
    ['zoek=heftruck', undefined],
    ['zoek=heftruck&sorteer=naam', 'name'],
    ['zoek=heftruck&sorteer=wachttijd', 'waiting'],
    // Relevance is the default with words and means nothing without; by name is the default without words.
    ['zoek=heftruck&sorteer=relevantie', undefined],
    ['sorteer=relevantie', undefined],
    ['sorteer=naam', undefined],
    ['sorteer=wachttijd', 'waiting'],
  ] as const)('reads the order from "%s" as %s', (address, sort) => {
    const query = candidateSearchFromParams(new URLSearchParams(address), 1, 20, ME);
    expect(query.sort).toBe(sort);
    expect(chosenCandidateFilters(query).sort).toBe(sort ?? '');
  });

  it('asks for the signed-in consultant’s own candidates only when the address says so, and counts that as a filter but not the order', () => {
    const mine = candidateSearchFromParams(new URLSearchParams('mijn=ja&sorteer=wachttijd'), 1, 20, ME);
    expect(mine.consultantId).toBe(ME);
    expect(chosenCandidateFilters(mine)).toMatchObject({ mine: 'true', sort: 'waiting' });
    expect(chosenFilterCount(chosenCandidateFilters(mine))).toBe(1);
    expect(
      candidateSearchFromParams(new URLSearchParams('mijn=nee'), 1, 20, ME).consultantId,
    ).toBeUndefined();
  });

  it.each([
    ['mine', 'true', { mijn: 'ja' }],
    ['mine', '', { mijn: '' }],
    ['sort', 'name', { sorteer: 'naam' }],
    ['sort', 'waiting', { sorteer: 'wachttijd' }],
    ['sort', '', { sorteer: '' }],
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
