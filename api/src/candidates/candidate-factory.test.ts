import { buildCandidateInput, POSTCODE_AREAS } from '@kansplek/seed';
import { ZCreateCandidate } from '../contract';

describe('the candidate factory', () => {
  it('when many candidates are built, then every one is a valid create body from the demo region', () => {
    for (let i = 0; i < 200; i += 1) {
      const input = buildCandidateInput();
      const parsed = ZCreateCandidate.safeParse(input);
      expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
      expect(POSTCODE_AREAS.has(input.address.postcode.slice(0, 4))).toBe(true);
      expect(input.occupations!.length).toBeGreaterThan(0);
      expect(input.targetGroups!.length).toBeGreaterThan(0);
    }
  });

  it('when overrides are given, then they win', () => {
    expect(buildCandidateInput({ lastName: 'Jansen', drivingLicence: true })).toMatchObject({
      lastName: 'Jansen',
      drivingLicence: true,
    });
  });
});
