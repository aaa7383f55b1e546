import type { TGeoPoint } from '../contract';

export interface GeocodedPostcode {
  postcode: string;
  location: TGeoPoint;
  municipalityCode: string | null;
  city: string | null;
}

/** Turns a Dutch postcode into coordinates; `undefined` when the postcode is unknown. */
export interface Geocoder {
  readonly name: string;
  geocode(postcode: string): Promise<GeocodedPostcode | undefined>;
}
