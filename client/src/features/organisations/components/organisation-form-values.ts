import {
  ZCreateOrganisation,
  ZUpdateOrganisation,
  type TOrganisation,
  type TOrganisationKind,
  type TUpdateOrganisation,
} from '@kansplek/api/contract';
import { z } from 'zod';
import { ApiError, isApiError } from '@/lib/api-client';

export const ORGANISATION_FORM_FIELDS = [
  'kind',
  'name',
  'kvkNumber',
  'municipalityCode',
  'street',
  'houseNumber',
  'postcode',
  'city',
  'regionIds',
] as const;
export type OrganisationFormField = (typeof ORGANISATION_FORM_FIELDS)[number];
export type OrganisationFormValues = Record<OrganisationFormField, string>;

export const COMPANY_KINDS: readonly TOrganisationKind[] = ['contractor', 'social_enterprise'];
export const isCompany = (kind: string) => (COMPANY_KINDS as readonly string[]).includes(kind);

export function emptyOrganisationForm(kind = ''): OrganisationFormValues {
  return {
    kind,
    name: '',
    kvkNumber: '',
    municipalityCode: '',
    street: '',
    houseNumber: '',
    postcode: '',
    city: '',
    regionIds: '',
  };
}

export function organisationToFormValues(organisation: TOrganisation): OrganisationFormValues {
  const address = organisation.address;
  return {
    kind: organisation.kind,
    name: organisation.name,
    kvkNumber: organisation.kvkNumber ?? '',
    municipalityCode: organisation.municipalityCode ?? '',
    street: address?.street ?? '',
    houseNumber: address?.houseNumber ?? '',
    postcode: address?.postcode ?? '',
    city: address?.city ?? '',
    regionIds: organisation.regionIds.join(','),
  };
}

const ADDRESS_FIELDS = ['street', 'houseNumber', 'postcode', 'city'] as const;
const blankToUndefined = (value: string) => (value.trim() === '' ? undefined : value);

/** The address as the API takes it, or `null` when every address field is empty. */
function addressOf(values: OrganisationFormValues) {
  if (ADDRESS_FIELDS.every((field) => values[field].trim() === '')) return null;
  return {
    street: blankToUndefined(values.street),
    houseNumber: blankToUndefined(values.houseNumber),
    postcode: values.postcode,
    city: blankToUndefined(values.city),
  };
}

/** The contract nests the address (`address.postcode`); the form shows its parts as fields of their own. */
const toFormPath = (path: PropertyKey[]) => (path[0] === 'address' ? path.slice(1) : path);

interface FormSchemaOptions {
  /** Only admins place companies in regions; a consultant's own region is added by the server. */
  withRegions: boolean;
  /** Set when changing an organisation (its kind is fixed then). */
  version?: number;
}

/**
 * The form's strings → the request body, checked by the API's own schema. Only the identifier that
 * fits the kind is sent (a KvK number for companies, a CBS code for municipalities), so a value typed
 * before switching the kind cannot cause a refusal.
 */
export function organisationFormSchema({ withRegions, version }: FormSchemaOptions) {
  return z.custom<OrganisationFormValues>().transform((values, ctx) => {
    const address = addressOf(values);
    const common = {
      name: values.name,
      kvkNumber: isCompany(values.kind) ? blankToUndefined(values.kvkNumber) : undefined,
      municipalityCode:
        values.kind === 'municipality' ? blankToUndefined(values.municipalityCode) : undefined,
      regionIds:
        withRegions && isCompany(values.kind) ? values.regionIds.split(',').filter(Boolean) : undefined,
    };
    const parsed =
      version === undefined
        ? ZCreateOrganisation.safeParse({ ...common, kind: values.kind, address: address ?? undefined })
        : ZUpdateOrganisation.safeParse({ ...common, version, address });
    for (const issue of parsed.error?.issues ?? []) {
      ctx.issues.push({ ...issue, path: toFormPath(issue.path) } as (typeof ctx.issues)[number]);
    }
    return parsed.success ? parsed.data : z.NEVER;
  });
}

const FIELD_OF_CHANGE: Record<OrganisationFormField, keyof TUpdateOrganisation | null> = {
  kind: null,
  name: 'name',
  kvkNumber: 'kvkNumber',
  municipalityCode: 'municipalityCode',
  street: 'address',
  houseNumber: 'address',
  postcode: 'address',
  city: 'address',
  regionIds: 'regionIds',
};

/** The part of a change the user actually made (the address goes as a whole when any part of it changed). */
export function changedFields(
  input: TUpdateOrganisation,
  initial: OrganisationFormValues,
  current: OrganisationFormValues,
): Partial<TUpdateOrganisation> {
  const keys = new Set(
    ORGANISATION_FORM_FIELDS.filter((field) => current[field] !== initial[field]).map(
      (field) => FIELD_OF_CHANGE[field],
    ),
  );
  return Object.fromEntries(
    Object.entries(input).filter(([key]) => keys.has(key as keyof TUpdateOrganisation)),
  );
}

/** The API names address problems `body.address.postcode`; the form's field is `postcode`. */
export function withFormPaths(error: unknown): unknown {
  if (!isApiError(error)) return error;
  const issues = error.fieldIssues;
  if (!issues.some((issue) => issue.path.startsWith('body.address.'))) return error;
  const renamed = issues.map((issue) => ({
    ...issue,
    path: issue.path.replace(/^body\.address\./, 'body.'),
  }));
  return new ApiError(error.status, error.code, error.message, { issues: renamed });
}
