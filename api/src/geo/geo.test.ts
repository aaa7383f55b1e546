import { ZPostcode } from '../contract';
import { OfflineGeocoder } from './offline-geocoder';
import { PdokGeocoder } from './pdok-geocoder';
import { distanceKm } from './distance';

describe('postcodes', () => {
  it.each([
    ['6811 AB', '6811 AB'],
    ['6811ab', '6811 AB'],
    [' 6811AB ', '6811 AB'],
  ])('when %j is entered, then it is stored as %j', (input, stored) => {
    expect(ZPostcode.parse(input)).toBe(stored);
  });

  it.each(['0811 AB', '681 AB', '6811 A', '6811 SS', 'ABCD EF', ''])(
    'when %j is entered, then it is refused',
    (input) => {
      expect(ZPostcode.safeParse(input).success).toBe(false);
    },
  );
});

describe('offline geocoder', () => {
  it('when a demo-region postcode is looked up, then its area, municipality and place come back', async () => {
    const found = await new OfflineGeocoder().geocode('6811 AB');
    expect(found).toMatchObject({ municipalityCode: 'GM0202', city: 'Arnhem' });
    expect(found!.location.lat).toBeCloseTo(51.98, 1);
  });

  it('when an unknown postcode is looked up, then undefined', async () => {
    expect(await new OfflineGeocoder().geocode('1011 AB')).toBeUndefined();
  });
});

describe('PDOK geocoder (the Locatieserver is outside the system, so its HTTP answer is faked)', () => {
  const respond = (docs: unknown[]) => new Response(JSON.stringify({ response: { docs } }), { status: 200 });
  const answer = (docs: unknown[]) => (async () => respond(docs)) as unknown as typeof fetch;

  it('when PDOK knows the postcode, then its centroid and municipality are used', async () => {
    const calls: string[] = [];
    const fetchFn = (async (url: string) => {
      calls.push(url);
      return respond([{ centroide_ll: 'POINT(5.91 51.98)', gemeentecode: '0202', woonplaatsnaam: 'Arnhem' }]);
    }) as unknown as typeof fetch;
    const found = await new PdokGeocoder('https://pdok.test/free', fetchFn).geocode('6811 AB');
    expect(found).toEqual({
      postcode: '6811 AB',
      location: { lat: 51.98, lng: 5.91 },
      municipalityCode: 'GM0202',
      city: 'Arnhem',
    });
    expect(calls[0]).toContain('postcode%3A6811AB');
  });

  it('when PDOK finds nothing, then undefined', async () => {
    expect(await new PdokGeocoder('https://pdok.test/free', answer([])).geocode('9999 ZZ')).toBeUndefined();
  });

  it('when PDOK fails, then the error surfaces instead of a wrong location', async () => {
    const failing = (async () => new Response('down', { status: 503 })) as unknown as typeof fetch;
    await expect(new PdokGeocoder('https://pdok.test/free', failing).geocode('6811 AB')).rejects.toThrow(
      '503',
    );
  });
});

describe('distance', () => {
  it('when Arnhem centre and Zevenaar are compared, then about 13 km as the crow flies', () => {
    expect(distanceKm({ lat: 51.984, lng: 5.909 }, { lat: 51.93, lng: 6.07 })).toBeCloseTo(12.4, 0);
  });
  it('when a point is compared with itself, then 0', () => {
    expect(distanceKm({ lat: 52, lng: 6 }, { lat: 52, lng: 6 })).toBe(0);
  });
});
