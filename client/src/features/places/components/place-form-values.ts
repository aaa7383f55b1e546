import { splitList } from '@/lib/list-value';
import {
  ZCreatePlace,
  ZUpdatePlace,
  type TCreatePlace,
  type TFieldIssue,
  type TPlace,
  type TUpdatePlace,
} from '@kansplek/api/contract';
import { z } from 'zod';
import { ApiError } from '@/lib/api-client';

/** The form's fields, in the order they appear; every value is the text in its control. */
export const PLACE_FORM_FIELDS = [
  'contractorId',
  'kind',
  'title',
  'description',
  'sector',
  'iscoCode',
  'occupationLabel',
  'hoursMin',
  'hoursMax',
  'startDate',
  'durationMonths',
  'positions',
  'street',
  'houseNumber',
  'postcode',
  'city',
  'requiredSkills',
  'requiredSkillsTyped',
  'desirableSkills',
  'desirableSkillsTyped',
  'drivingLicence',
  'dutchLevel',
  'educationLevel',
  'support',
  'contractId',
] as const;
export type PlaceFormField = (typeof PLACE_FORM_FIELDS)[number];
export type PlaceFormValues = Record<PlaceFormField, string>;

// Lists live in one text value: skills one per line (a skill may contain a comma), support kinds comma-separated.
export const joinSkills = (skills: readonly string[]) => skills.join('\n');
export const splitSkills = (value: string) =>
  value
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);
/** Text typed in a skills box but not yet added: commas separate skills there, as when typing. */
const splitTyped = (value: string) =>
  value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

export const EMPTY_PLACE_FORM: PlaceFormValues = Object.assign(
  Object.fromEntries(PLACE_FORM_FIELDS.map((field) => [field, ''])) as PlaceFormValues,
  { positions: '1' },
);

export function placeToFormValues(place: TPlace): PlaceFormValues {
  const text = (value: number | string | null | undefined) =>
    value === null || value === undefined ? '' : String(value);
  return {
    contractorId: place.contractor.id,
    kind: place.kind,
    title: place.title,
    description: place.description,
    sector: text(place.sector),
    iscoCode: text(place.occupation?.iscoCode),
    occupationLabel: text(place.occupation?.label),
    hoursMin: text(place.hours?.min),
    hoursMax: text(place.hours?.max),
    startDate: text(place.startDate),
    durationMonths: text(place.durationMonths),
    positions: text(place.positions),
    street: text(place.location?.street),
    houseNumber: text(place.location?.houseNumber),
    postcode: text(place.location?.postcode),
    city: text(place.location?.city),
    requiredSkills: joinSkills(place.requiredSkills),
    requiredSkillsTyped: '',
    desirableSkills: joinSkills(place.desirableSkills),
    desirableSkillsTyped: '',
    drivingLicence: place.requirements.drivingLicence ? 'true' : '',
    dutchLevel: text(place.requirements.dutchLevel),
    educationLevel: text(place.requirements.educationLevel),
    support: place.support.join(','),
    contractId: text(place.contract?.id),
  };
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());
// A number the schema can judge: '' is "not given"; anything else is passed on, so "abc" is reported, not dropped.
const number = (value: string) =>
  value.trim() === '' ? undefined : Number.isNaN(Number(value)) ? value : Number(value);
const orUndefined = (value: string) => (value.trim() === '' ? undefined : value.trim());

/** The API body for the form's values; the contract schema then judges it exactly as the server will. */
export function formValuesToBody(values: PlaceFormValues, mode: 'create' | 'edit'): Record<string, unknown> {
  const hoursGiven = values.hoursMin.trim() !== '' || values.hoursMax.trim() !== '';
  const locationGiven = [values.street, values.houseNumber, values.postcode, values.city].some((v) =>
    v.trim(),
  );
  const occupationGiven = values.iscoCode.trim() !== '' || values.occupationLabel.trim() !== '';
  return {
    ...(mode === 'create' ? { contractorId: orUndefined(values.contractorId) } : {}),
    kind: orUndefined(values.kind),
    title: values.title,
    description: values.description,
    sector: orNull(values.sector),
    occupation: occupationGiven ? { iscoCode: values.iscoCode.trim(), label: values.occupationLabel } : null,
    hours: hoursGiven ? { min: number(values.hoursMin), max: number(values.hoursMax) } : null,
    startDate: orNull(values.startDate),
    durationMonths: number(values.durationMonths) ?? null,
    positions: number(values.positions),
    location: locationGiven
      ? {
          postcode: values.postcode,
          street: orUndefined(values.street),
          houseNumber: orUndefined(values.houseNumber),
          city: orUndefined(values.city),
        }
      : null,
    // A skill still in the box (not yet added as a tag) counts too: what was typed is never dropped.
    requiredSkills: [...splitSkills(values.requiredSkills), ...splitTyped(values.requiredSkillsTyped)],
    desirableSkills: [...splitSkills(values.desirableSkills), ...splitTyped(values.desirableSkillsTyped)],
    requirements: {
      drivingLicence: values.drivingLicence === 'true',
      dutchLevel: orNull(values.dutchLevel),
      educationLevel: orNull(values.educationLevel),
    },
    support: splitList(values.support),
    contractId: orNull(values.contractId),
  };
}

const NESTED: Record<string, Record<string, PlaceFormField>> = {
  hours: { min: 'hoursMin', max: 'hoursMax', '': 'hoursMin' },
  occupation: { iscoCode: 'iscoCode', label: 'occupationLabel', '': 'iscoCode' },
  location: {
    street: 'street',
    houseNumber: 'houseNumber',
    postcode: 'postcode',
    city: 'city',
    '': 'postcode',
  },
  requirements: {
    drivingLicence: 'drivingLicence',
    dutchLevel: 'dutchLevel',
    educationLevel: 'educationLevel',
    '': 'drivingLicence',
  },
};

/** The form field that shows a problem at a body path such as `['hours', 'min']` or `['support', 0]`. */
export function formFieldFor(path: readonly PropertyKey[]): PlaceFormField | undefined {
  const [first, second] = path.map(String);
  if (!first) return undefined;
  const nested = NESTED[first];
  if (nested) return nested[second ?? ''] ?? nested[''];
  return (PLACE_FORM_FIELDS as readonly string[]).includes(first) ? (first as PlaceFormField) : undefined;
}

/**
 * The form's schema: the API's own contract schema, applied to the body the values make, with each
 * problem moved to the field that shows it. Consultants also have to choose the contractor.
 */
export function placeFormSchema(
  mode: 'create',
  options: { requireContractor: boolean },
): z.ZodType<TCreatePlace>;
export function placeFormSchema(mode: 'edit', options: { version: number }): z.ZodType<TUpdatePlace>;
export function placeFormSchema(
  mode: 'create' | 'edit',
  options: { requireContractor?: boolean; version?: number },
): z.ZodType<TCreatePlace | TUpdatePlace> {
  return z.custom<PlaceFormValues>().transform((values, ctx) => {
    const body = formValuesToBody(values, mode);
    const result =
      mode === 'create'
        ? ZCreatePlace.safeParse(body)
        : ZUpdatePlace.safeParse({ ...body, version: options.version });
    const issues = result.success ? [] : [...result.error.issues];
    if (options.requireContractor && !values.contractorId)
      issues.unshift({
        code: 'invalid_type',
        expected: 'string',
        path: ['contractorId'],
        message: 'Choose',
        input: undefined,
      });
    for (const issue of issues) ctx.addIssue({ ...issue, path: [formFieldFor(issue.path) ?? 'form'] });
    return issues.length || !result.success ? z.NEVER : result.data;
  });
}

/**
 * The API names fields by their body path (`body.hours.min`) and reports rules it alone can check
 * (an unknown postcode, a contract that is not active) as 422. Both become field errors on this form.
 */
export function toFormError(error: unknown): unknown {
  if (!(error instanceof ApiError)) return error;
  const parsed = z
    .object({ issues: z.array(z.object({ path: z.string(), code: z.string(), message: z.string() })) })
    .safeParse(error.details);
  if (!parsed.success || !['validation_failed', 'unprocessable'].includes(error.code)) return error;
  const issues: TFieldIssue[] = parsed.data.issues.map((issue) => {
    const [where, ...path] = issue.path.split('.');
    const field = where === 'body' ? formFieldFor(path) : undefined;
    return { ...issue, path: field ? `body.${field}` : issue.path };
  });
  return new ApiError(error.status, 'validation_failed', error.message, { ...parsed.data, issues });
}

/** Issue codes of the API that deserve more than "check this field", by the field they were reported on. */
export function serverHints(error: unknown): Partial<Record<PlaceFormField, string>> {
  if (!(error instanceof ApiError)) return {};
  const hints: Partial<Record<PlaceFormField, string>> = {};
  for (const issue of error.fieldIssues) {
    const field = issue.path.split('.')[1] as PlaceFormField | undefined;
    if (field && !hints[field]) hints[field] = issue.code;
  }
  return hints;
}
