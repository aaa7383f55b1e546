import { ApiError } from '@/lib/api-client';
import {
  changedFields,
  emptyOrganisationForm,
  organisationFormSchema,
  withFormPaths,
} from './organisation-form-values';

const paths = (result: { error?: { issues: Array<{ path: PropertyKey[] }> } }) =>
  (result.error?.issues ?? []).map((issue) => issue.path.join('.'));

describe('organisation form values', () => {
  it('when an address is started without a postcode, then the problem is at the postcode field', () => {
    const values = {
      ...emptyOrganisationForm('contractor'),
      name: 'Groenbedrijf De Linge',
      kvkNumber: '12345678',
      street: 'Dorpsstraat',
    };
    expect(paths(organisationFormSchema({ withRegions: false }).safeParse(values))).toEqual(['postcode']);
  });

  it('when the kind changes after typing a KvK number, then only the identifier of the new kind is sent', () => {
    const values = {
      ...emptyOrganisationForm('municipality'),
      name: 'Gemeente Rheden',
      kvkNumber: '12345678',
      municipalityCode: 'gm0275',
    };
    const result = organisationFormSchema({ withRegions: true }).safeParse(values);
    expect(result.data).toEqual({
      kind: 'municipality',
      name: 'Gemeente Rheden',
      municipalityCode: 'GM0275',
    });
  });

  it('when every address field is emptied on a change, then the address is cleared (null)', () => {
    const values = { ...emptyOrganisationForm('contractor'), name: 'Van Wijk', kvkNumber: '09123456' };
    const result = organisationFormSchema({ withRegions: false, version: 3 }).safeParse(values);
    expect(result.data).toEqual({ version: 3, name: 'Van Wijk', kvkNumber: '09123456', address: null });
  });

  it('when the API names body.address.postcode, then the form reads it as its postcode field', () => {
    const error = new ApiError(422, 'unprocessable', 'Postcode 1011 AB is unknown', {
      issues: [
        { path: 'body.address.postcode', code: 'unknown_postcode', message: 'Postcode 1011 AB is unknown' },
      ],
    });
    const renamed = withFormPaths(error) as ApiError;
    expect(renamed.fieldIssues.map((issue) => issue.path)).toEqual(['body.postcode']);
    expect(renamed.code).toBe('unprocessable');
  });

  it('when only the postcode changed, then only the address goes with the change', () => {
    const initial = {
      ...emptyOrganisationForm('contractor'),
      name: 'Van Wijk',
      kvkNumber: '09123456',
      postcode: '6824 BM',
    };
    const current = { ...initial, postcode: '6811 AB' };
    const input = { version: 2, name: 'Van Wijk', kvkNumber: '09123456', address: { postcode: '6811 AB' } };
    expect(changedFields(input, initial, current)).toEqual({ address: { postcode: '6811 AB' } });
  });
});
