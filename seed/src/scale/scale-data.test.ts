import { POSTCODE_AREAS } from '../demo/postcode-areas';
import { PLACE_TEMPLATES } from '../factories/places';
import {
  buildScaleCandidate,
  buildScaleCompany,
  buildScalePlace,
  scaleCompanyCount,
  type ScaleOptions,
} from './scale-data';

const options: ScaleOptions = { seed: 42, today: new Date('2026-11-22T00:00:00Z') };

describe('scale data', () => {
  it('when the same record is built twice, in any order, then it is identical', () => {
    const first = [0, 1, 2, 999].map((i) => buildScaleCandidate(i, options));
    const again = [999, 2, 1, 0].map((i) => buildScaleCandidate(i, options)).reverse();
    expect(again).toEqual(first);
    expect(buildScalePlace(7, 20, options)).toEqual(buildScalePlace(7, 20, options));
    expect(buildScaleCompany(3, options)).toEqual(buildScaleCompany(3, options));
  });

  it('when the seed differs, then the records differ', () => {
    expect(buildScaleCandidate(0, { ...options, seed: 43 })).not.toEqual(buildScaleCandidate(0, options));
  });

  it('when many candidates are built, then they live in the region and are varied, mostly active and consenting', () => {
    const candidates = Array.from({ length: 2000 }, (_, i) => buildScaleCandidate(i, options));
    for (const c of candidates) {
      expect(POSTCODE_AREAS.has(c.input.address.postcode.slice(0, 4))).toBe(true);
      expect(c.input.hoursWanted.min).toBeLessThanOrEqual(c.input.hoursWanted.max);
      expect(c.waitingSince < '2026-11-22').toBe(true);
    }
    const share = (pick: (c: (typeof candidates)[number]) => boolean) =>
      candidates.filter(pick).length / candidates.length;
    expect(share((c) => c.consentMatching)).toBeGreaterThan(0.8);
    expect(share((c) => c.status === 'active')).toBeGreaterThan(0.7);
    const occupations = new Set(candidates.flatMap((c) => c.input.occupations!.map((o) => o.iscoCode)));
    expect(occupations.size).toBeGreaterThanOrEqual(12);
    const municipalities = new Set(
      candidates.map((c) => POSTCODE_AREAS.get(c.input.address.postcode.slice(0, 4))!.municipalityCode),
    );
    expect(municipalities.size).toBe(7);
    expect(new Set(candidates.map((c) => c.input.email)).size).toBe(candidates.length);
  });

  it('when places are built, then every template occurs, most are open and each names an existing company', () => {
    const companies = scaleCompanyCount(1000);
    expect(companies).toBe(20);
    const places = Array.from({ length: 1000 }, (_, i) => buildScalePlace(i, companies, options));
    expect(new Set(places.map((p) => p.input.title)).size).toBe(PLACE_TEMPLATES.length);
    expect(places.filter((p) => p.status === 'open').length).toBeGreaterThan(650);
    for (const p of places) {
      expect(p.companyIndex).toBeGreaterThanOrEqual(0);
      expect(p.companyIndex).toBeLessThan(companies);
      expect(p.input.hours!.min).toBeLessThanOrEqual(p.input.hours!.max);
      expect(POSTCODE_AREAS.has(p.input.location!.postcode.slice(0, 4))).toBe(true);
    }
  });

  it('when companies are built, then KvK numbers and contract references are unique', () => {
    const companies = Array.from({ length: 300 }, (_, i) => buildScaleCompany(i, options));
    expect(new Set(companies.map((c) => c.kvkNumber)).size).toBe(300);
    expect(new Set(companies.map((c) => c.contract.reference)).size).toBe(300);
    for (const c of companies) expect(c.kvkNumber).toMatch(/^8\d{7}$/);
  });
});
