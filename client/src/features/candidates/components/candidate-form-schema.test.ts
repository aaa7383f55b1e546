import { ApiError } from '@/lib/api-client';
import {
  EMPTY_CANDIDATE_FORM,
  ZCandidateFormValues,
  candidateBodyFromForm,
  withFormFieldPaths,
} from './candidate-form-schema';

const filled = {
  ...EMPTY_CANDIDATE_FORM,
  firstName: 'Fatima',
  lastName: 'Bakker',
  email: '',
  postcode: '6811ab',
  hoursMin: '16',
  hoursMax: '24',
  availableFrom: '2026-06-01',
  travelKm: '12',
  travelMode: 'public_transport',
  preferredSectors: 'cleaning,logistics',
  skills: 'Heftruck, orderpicken, ,heftruck',
  occupations: '9333',
  educationLevel: 'mbo2',
  dutchLevel: 'B1',
  drivingLicence: 'true',
  targetGroups: 'status_holder',
  benefitType: 'participatiewet',
  benefitSince: '2024-02-01',
  birthDate: '1969-07-21',
};

describe('candidate form values', () => {
  it('turn into the API body: empty means null, lists are split, numbers and nested fields are built', () => {
    const parsed = ZCandidateFormValues.parse(filled);
    const body = candidateBodyFromForm(parsed, { workExperience: [], education: [] });
    expect(body).toMatchObject({
      firstName: 'Fatima',
      email: null,
      address: { postcode: '6811 AB', street: undefined },
      hoursWanted: { min: 16, max: 24 },
      travel: { maxKm: 12, mode: 'public_transport' },
      preferredSectors: ['cleaning', 'logistics'],
      skills: ['heftruck', 'orderpicken', 'heftruck'],
      occupations: [{ iscoCode: '9333', label: 'Magazijnmedewerker' }],
      drivingLicence: true,
      targetGroups: ['status_holder'],
      benefitSince: '2024-02-01',
      birthDate: '1969-07-21',
    });
    expect(body).not.toHaveProperty('status');
  });

  it.each([
    [{ hoursMin: '30', hoursMax: '20' }, 'hoursMin'],
    [{ hoursMin: '' }, 'hoursMin'],
    [{ postcode: '123' }, 'postcode'],
    [{ preferredSectors: 'cleaning,fishing' }, 'preferredSectors'],
    [{ drivingLicence: 'maybe' }, 'drivingLicence'],
    [{ email: 'jan@' }, 'email'],
  ])('with %j the problem is reported at %s', (change, field) => {
    const result = ZCandidateFormValues.safeParse({ ...filled, ...change });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => issue.path[0])).toContain(field);
  });

  it('API issues on nested fields are moved to the form field, and a 422 that names fields marks them', () => {
    const error = new ApiError(422, 'unprocessable', 'Postcode 1011 AB is unknown', {
      issues: [{ path: 'body.address.postcode', code: 'unknown_postcode', message: 'unknown' }],
    });
    const mapped = withFormFieldPaths(error) as ApiError;
    expect(mapped.code).toBe('validation_failed');
    expect(mapped.fieldIssues.map((issue) => issue.path)).toEqual(['body.postcode']);
    const conflict = new ApiError(409, 'stale_version', 'stale', { currentVersion: 3 });
    expect(withFormFieldPaths(conflict)).toBe(conflict);
  });
});
