import type { TAddress, TAddressInput } from '../contract';
import { AppError } from '../http/app-error';
import type { Geocoder } from './geocoder';
import { OfflineGeocoder } from './offline-geocoder';
import { PdokGeocoder } from './pdok-geocoder';

let geocoder: Geocoder = new OfflineGeocoder();

/** Chosen once at start-up from GEOCODER (offline by default; `pdok` in production). */
export function configureGeocoder(kind: 'offline' | 'pdok'): void {
  geocoder = kind === 'pdok' ? new PdokGeocoder() : new OfflineGeocoder();
}

export function unknownPostcode(path: string, postcode: string): AppError {
  return new AppError(422, 'unprocessable', `Postcode ${postcode} is unknown`, {
    issues: [{ path, code: 'unknown_postcode', message: `Postcode ${postcode} is unknown` }],
  });
}

/** Geocodes an address input; `path` names the field in the error (e.g. `body.address.postcode`). */
export async function geocodeAddress(input: TAddressInput, path: string): Promise<TAddress> {
  const found = await geocoder.geocode(input.postcode);
  if (!found) throw unknownPostcode(path, input.postcode);
  return {
    street: input.street ?? null,
    houseNumber: input.houseNumber ?? null,
    postcode: found.postcode,
    city: input.city ?? found.city,
    municipalityCode: found.municipalityCode,
    location: found.location,
  };
}
