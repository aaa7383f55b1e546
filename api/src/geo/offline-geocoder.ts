import { POSTCODE_AREAS } from '@kansplek/seed';
import type { GeocodedPostcode, Geocoder } from './geocoder';

/** Looks up the 4-digit postcode area in the table shipped with the project; needs no network. */
export class OfflineGeocoder implements Geocoder {
  readonly name = 'offline';

  async geocode(postcode: string): Promise<GeocodedPostcode | undefined> {
    const area = POSTCODE_AREAS.get(postcode.slice(0, 4));
    if (!area) return undefined;
    return {
      postcode,
      location: { lat: area.lat, lng: area.lng },
      municipalityCode: area.municipalityCode,
      city: area.city,
    };
  }
}
