/**
 * Offline postcode table: 4-digit postcode areas (PC4) of the demo region Midden-Gelderland with
 * approximate centroids, municipality (CBS code) and place name. Enough to run the demo and tests
 * without a network; production uses the PDOK Locatieserver for exact coordinates of every postcode.
 */
export interface PostcodeArea {
  lat: number;
  lng: number;
  municipalityCode: string;
  city: string;
}

type Row = [pc4: number, lat: number, lng: number, city: string];

const BY_MUNICIPALITY: Record<string, Row[]> = {
  // Arnhem
  GM0202: [
    [6811, 51.984, 5.909, 'Arnhem'],
    [6812, 51.988, 5.918, 'Arnhem'],
    [6813, 51.993, 5.899, 'Arnhem'],
    [6814, 51.987, 5.888, 'Arnhem'],
    [6815, 51.996, 5.92, 'Arnhem'],
    [6816, 52.015, 5.89, 'Arnhem'],
    [6821, 51.983, 5.925, 'Arnhem'],
    [6822, 51.988, 5.942, 'Arnhem'],
    [6823, 51.986, 5.953, 'Arnhem'],
    [6824, 51.995, 5.938, 'Arnhem'],
    [6825, 52.001, 5.947, 'Arnhem'],
    [6826, 51.979, 5.965, 'Arnhem'],
    [6827, 51.998, 5.966, 'Arnhem'],
    [6828, 52.006, 5.965, 'Arnhem'],
    [6831, 51.97, 5.89, 'Arnhem'],
    [6832, 51.972, 5.915, 'Arnhem'],
    [6833, 51.955, 5.92, 'Arnhem'],
    [6834, 51.955, 5.89, 'Arnhem'],
    [6835, 51.948, 5.865, 'Arnhem'],
    [6836, 51.96, 5.935, 'Arnhem'],
    [6841, 51.962, 5.89, 'Arnhem'],
    [6842, 51.956, 5.875, 'Arnhem'],
    [6843, 51.949, 5.887, 'Arnhem'],
    [6844, 51.944, 5.898, 'Arnhem'],
    [6845, 51.94, 5.878, 'Arnhem'],
    [6846, 51.945, 5.865, 'Arnhem'],
  ],
  // Rheden
  GM0275: [
    [6881, 51.995, 5.978, 'Velp'],
    [6882, 52.0, 5.985, 'Velp'],
    [6883, 51.992, 5.992, 'Velp'],
    [6991, 52.01, 6.03, 'Rheden'],
    [6994, 52.02, 6.065, 'De Steeg'],
    [6951, 52.05, 6.1, 'Dieren'],
    [6953, 52.042, 6.105, 'Dieren'],
    [6955, 52.033, 6.085, 'Ellecom'],
  ],
  // Rozendaal
  GM0277: [[6891, 52.008, 5.965, 'Rozendaal']],
  // Overbetuwe
  GM1734: [
    [6661, 51.918, 5.849, 'Elst'],
    [6662, 51.913, 5.84, 'Elst'],
    [6665, 51.962, 5.814, 'Driel'],
    [6666, 51.957, 5.752, 'Heteren'],
    [6668, 51.945, 5.705, 'Randwijk'],
    [6673, 51.908, 5.73, 'Andelst'],
    [6674, 51.9, 5.74, 'Herveld'],
    [6675, 51.912, 5.79, 'Valburg'],
  ],
  // Lingewaard
  GM1705: [
    [6681, 51.892, 5.898, 'Bemmel'],
    [6683, 51.888, 5.91, 'Bemmel'],
    [6686, 51.892, 6.045, 'Doornenburg'],
    [6687, 51.915, 5.97, 'Angeren'],
    [6691, 51.876, 5.968, 'Gendt'],
    [6851, 51.938, 5.94, 'Huissen'],
    [6852, 51.933, 5.93, 'Huissen'],
  ],
  // Duiven
  GM0226: [
    [6921, 51.947, 6.015, 'Duiven'],
    [6922, 51.952, 6.025, 'Duiven'],
    [6923, 51.932, 6.033, 'Groessen'],
  ],
  // Westervoort
  GM0293: [
    [6931, 51.956, 5.972, 'Westervoort'],
    [6932, 51.962, 5.98, 'Westervoort'],
  ],
  // Zevenaar
  GM0299: [
    [6901, 51.93, 6.07, 'Zevenaar'],
    [6902, 51.925, 6.08, 'Zevenaar'],
    [6903, 51.935, 6.085, 'Zevenaar'],
    [6904, 51.92, 6.065, 'Zevenaar'],
    [6905, 51.923, 6.09, 'Zevenaar'],
    [6911, 51.892, 6.04, 'Pannerden'],
    [6913, 51.885, 6.09, 'Aerdt'],
    [6915, 51.862, 6.118, 'Lobith'],
    [6916, 51.855, 6.105, 'Tolkamer'],
    [6917, 51.85, 6.145, 'Spijk'],
    [6941, 51.94, 6.13, 'Didam'],
    [6942, 51.935, 6.135, 'Didam'],
  ],
};

export const POSTCODE_AREAS: ReadonlyMap<string, PostcodeArea> = new Map(
  Object.entries(BY_MUNICIPALITY).flatMap(([municipalityCode, rows]) =>
    rows.map(([pc4, lat, lng, city]) => [String(pc4), { lat, lng, municipalityCode, city }] as const),
  ),
);

/** The PC4 areas of one municipality, for demo data and factories. */
export function postcodeAreasOf(municipalityCode: string): string[] {
  return (BY_MUNICIPALITY[municipalityCode] ?? []).map(([pc4]) => String(pc4));
}
