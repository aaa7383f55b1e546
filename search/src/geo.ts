import type { GeoPoint } from './engine';

const EARTH_RADIUS_KM = 6371;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle (haversine) distance in kilometres. */
export function distanceKm(a: GeoPoint, b: GeoPoint): number {
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * A point as a unit vector from the earth's centre. The squared straight line (chord) between two such
 * vectors grows with the great-circle distance, so it filters by radius and orders by distance with
 * three multiplications per point instead of four sines and cosines (the engine measures tens of
 * thousands of points per proposal); `chordToKm` gives the distance itself.
 */
export function unitVector({ lat, lng }: GeoPoint): [x: number, y: number, z: number] {
  const cosLat = Math.cos(rad(lat));
  return [cosLat * Math.cos(rad(lng)), cosLat * Math.sin(rad(lng)), Math.sin(rad(lat))];
}

/** The great-circle distance in kilometres of a squared chord between unit vectors (the haversine's). */
export const chordToKm = (chordSquared: number): number =>
  2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(chordSquared) / 2));

/** The squared chord between unit vectors of a great-circle distance in kilometres. */
export function kmToChord(km: number): number {
  const chord = 2 * Math.sin(Math.min(km, Math.PI * EARTH_RADIUS_KM) / (2 * EARTH_RADIUS_KM));
  return chord * chord;
}
