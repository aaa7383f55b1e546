import { placeSearchFromCandidatePath } from '@/config/paths';
import { chosenPlaceFilters, placeFilterChange, placeSearchFromParams } from './place-search-params';

const CANDIDATE_ID = '665f1c2ab5c0f1a2b3c4d5e6';

describe('place search parameters', () => {
  it('reads a candidate’s search from the Dutch address into the API query', () => {
    const params = new URLSearchParams(
      'zoek=+groen+&soort=internship&sector=care&minuren=16&maxuren=32&afstand=10&pagina=2',
    );
    expect(placeSearchFromParams(params, false, 2, 10)).toEqual({
      q: 'groen',
      kind: 'internship',
      sector: 'care',
      minHours: 16,
      maxHours: 32,
      maxKm: 10,
      candidateId: undefined,
      status: undefined,
      page: 2,
      limit: 10,
    });
  });

  it('gives a candidate neither another candidate’s home nor paused places', () => {
    const params = new URLSearchParams(`kandidaat=${CANDIDATE_ID}&status=paused`);
    expect(placeSearchFromParams(params, false, 1, 10)).toMatchObject({
      candidateId: undefined,
      status: undefined,
    });
  });

  it('lets a consultant measure from a chosen candidate and look at paused places', () => {
    const params = new URLSearchParams(`kandidaat=${CANDIDATE_ID}&afstand=25&status=paused`);
    const query = placeSearchFromParams(params, true, 1, 10);
    expect(query).toMatchObject({ candidateId: CANDIDATE_ID, maxKm: 25, status: 'paused' });
    expect(chosenPlaceFilters(query)).toMatchObject({
      candidateId: CANDIDATE_ID,
      maxKm: '25',
      status: 'paused',
    });
  });

  it('leaves out the distance of a consultant who has chosen no candidate (there is no home to measure from)', () => {
    expect(placeSearchFromParams(new URLSearchParams('afstand=5'), true, 1, 10).maxKm).toBeUndefined();
  });

  it('drops values a hand-edited address made up, instead of sending them to the API', () => {
    const params = new URLSearchParams(
      'zoek=++&soort=villa&sector=ruimtevaart&minuren=0&maxuren=99&afstand=ver&kandidaat=42&status=alles',
    );
    const query = placeSearchFromParams(params, true, 1, 10);
    expect(Object.values({ ...query, page: undefined, limit: undefined }).every((v) => v === undefined)).toBe(
      true,
    );
    expect(Object.values(chosenPlaceFilters(query)).every((v) => v === '')).toBe(true);
  });

  it('forgets the distance when the consultant lets go of the candidate', () => {
    expect(placeFilterChange('candidateId', '')).toEqual({ kandidaat: '', afstand: '' });
    expect(placeFilterChange('candidateId', CANDIDATE_ID)).toEqual({ kandidaat: CANDIDATE_ID });
    expect(placeFilterChange('maxKm', '5')).toEqual({ afstand: '5' });
  });

  it('reads the link from a candidate’s page as a search from that candidate’s home', () => {
    const link = new URL(placeSearchFromCandidatePath(CANDIDATE_ID), 'http://x');
    expect(link.pathname).toBe('/plekken-zoeken');
    expect(placeSearchFromParams(link.searchParams, true, 1, 10).candidateId).toBe(CANDIDATE_ID);
  });
});
