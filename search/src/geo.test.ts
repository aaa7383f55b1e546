import { chordToKm, distanceKm, kmToChord, unitVector } from './geo';

describe('distance by chord', () => {
  const chordBetween = (a: { lat: number; lng: number }, b: { lat: number; lng: number }) => {
    const [ax, ay, az] = unitVector(a);
    const [bx, by, bz] = unitVector(b);
    return (ax - bx) ** 2 + (ay - by) ** 2 + (az - bz) ** 2;
  };
  const ARNHEM = { lat: 51.985, lng: 5.899 };

  it.each([
    ['next door', { lat: 51.9851, lng: 5.8991 }],
    ['Velp', { lat: 51.995, lng: 5.978 }],
    ['Nijmegen', { lat: 51.842, lng: 5.852 }],
    ['Groningen', { lat: 53.219, lng: 6.567 }],
    ['the other side of the earth', { lat: -51.9, lng: -174.1 }],
  ])('when the point is %s, then the chord gives the haversine distance', (_, point) => {
    const km = distanceKm(ARNHEM, point);
    expect(Math.abs(chordToKm(chordBetween(ARNHEM, point)) - km)).toBeLessThan(1e-6 * Math.max(1, km));
    expect(chordToKm(kmToChord(km))).toBeCloseTo(km, 6);
  });

  it('when points are further away, then their chord is longer (it orders as distance does)', () => {
    const points = [0.001, 0.01, 0.1, 1, 10, 60].map((d) => ({ lat: ARNHEM.lat + d, lng: ARNHEM.lng }));
    const chords = points.map((p) => chordBetween(ARNHEM, p));
    expect([...chords].sort((a, b) => a - b)).toEqual(chords);
    expect(new Set(chords).size).toBe(points.length);
  });
});
