import type { GeocodedPostcode, Geocoder } from './geocoder';

interface PdokDoc {
  centroide_ll?: string;
  gemeentecode?: string;
  woonplaatsnaam?: string;
}

export const PDOK_LOCATIESERVER_URL = 'https://api.pdok.nl/bzk/locatieserver/search/v3_1/free';

/** The national PDOK Locatieserver (free, no key): exact centroids of every 6-position postcode. */
export class PdokGeocoder implements Geocoder {
  readonly name = 'pdok';

  constructor(
    private readonly baseUrl = PDOK_LOCATIESERVER_URL,
    private readonly fetchFn: typeof fetch = fetch,
  ) {}

  async geocode(postcode: string): Promise<GeocodedPostcode | undefined> {
    const compact = postcode.replace(/\s/g, '');
    const url = `${this.baseUrl}?q=${encodeURIComponent(`postcode:${compact}`)}&fq=type:postcode&rows=1`;
    const res = await this.fetchFn(url, { signal: AbortSignal.timeout(5_000) });
    if (!res.ok) throw new Error(`PDOK Locatieserver answered ${res.status}`);
    const body = (await res.json()) as { response?: { docs?: PdokDoc[] } };
    const doc = body.response?.docs?.[0];
    const point = doc?.centroide_ll?.match(/^POINT\(([-\d.]+) ([-\d.]+)\)$/);
    if (!doc || !point) return undefined;
    return {
      postcode,
      location: { lat: Number(point[2]), lng: Number(point[1]) },
      municipalityCode: doc.gemeentecode ? `GM${doc.gemeentecode.padStart(4, '0')}` : null,
      city: doc.woonplaatsnaam ?? null,
    };
  }
}
