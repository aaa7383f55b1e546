import {
  ZAddressInput,
  ZCandidateStatus,
  ZCandidateTravel,
  ZCreateCandidate,
  ZHoursRange,
  ZIscoCode,
  ZPlaceKind,
  ZSector,
  ZSkill,
  ZSupportKind,
  ZTargetGroup,
  type TCandidate,
  type TCandidateEducation,
  type TCandidateWorkExperience,
  type TCreateCandidate,
  type TFieldIssue,
} from '@kansplek/api/contract';
import { z } from 'zod';
import { ApiError } from '@/lib/api-client';
import { joinChoices, splitChoices } from './fields/checkbox-group-field';
import { occupationFor } from './occupation-options';

/**
 * The candidate form keeps every field as a string (as typed); this schema checks each one with the
 * API's own field schema and turns the whole into the API's create body.
 */
const field = ZCreateCandidate.shape;

/** Empty means "not filled in", which the API stores as null. */
const optionalText = <S extends z.ZodType>(schema: S) =>
  z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? null : value), schema);

/** A typed number; left empty it stays a string, which the number schema reports as missing. */
const wholeNumber = <S extends z.ZodType>(schema: S) =>
  z.preprocess((value) => (typeof value === 'string' && value.trim() !== '' ? Number(value) : value), schema);

/** Several choices kept as one comma-separated value. */
const choices = <S extends z.ZodType>(item: S) =>
  z.preprocess((value) => (typeof value === 'string' ? splitChoices(value) : value), z.array(item));

export const ZCandidateFormValues = z
  .object({
    firstName: field.firstName,
    lastName: field.lastName,
    email: optionalText(field.email),
    phone: optionalText(field.phone),
    street: z.string().trim().max(120),
    houseNumber: z.string().trim().max(20),
    postcode: ZAddressInput.shape.postcode,
    city: z.string().trim().max(80),
    consultantId: z.string(),
    status: z.union([z.literal(''), ZCandidateStatus]),
    hoursMin: wholeNumber(ZHoursRange.shape.min),
    hoursMax: wholeNumber(ZHoursRange.shape.max),
    availableFrom: field.availableFrom,
    travelKm: wholeNumber(ZCandidateTravel.shape.maxKm),
    travelMode: ZCandidateTravel.shape.mode,
    preferredSectors: choices(ZSector),
    preferredPlaceKinds: choices(ZPlaceKind),
    skills: choices(ZSkill),
    occupations: choices(ZIscoCode),
    cvSummary: optionalText(field.cvSummary),
    educationLevel: field.educationLevel,
    dutchLevel: field.dutchLevel,
    drivingLicence: z.enum(['true', 'false']).transform((value) => value === 'true'),
    targetGroups: choices(ZTargetGroup),
    benefitType: field.benefitType.unwrap(),
    benefitSince: optionalText(field.benefitSince),
    birthDate: optionalText(field.birthDate),
    supportNeeds: choices(ZSupportKind),
    supportNote: optionalText(field.supportNote),
  })
  .superRefine((values, ctx) => {
    if (values.hoursMin > values.hoursMax) {
      ctx.addIssue({
        code: 'custom',
        path: ['hoursMin'],
        message: 'Minimum hours cannot exceed maximum hours',
      });
    }
  });

export type CandidateFormField = keyof z.input<typeof ZCandidateFormValues>;
export type CandidateFormValues = Record<CandidateFormField, string>;
export type TCandidateFormOutput = z.output<typeof ZCandidateFormValues>;

export const EMPTY_CANDIDATE_FORM: CandidateFormValues = {
  firstName: '',
  lastName: '',
  email: '',
  phone: '',
  street: '',
  houseNumber: '',
  postcode: '',
  city: '',
  consultantId: '',
  status: '',
  hoursMin: '',
  hoursMax: '',
  availableFrom: '',
  travelKm: '',
  travelMode: 'bike',
  preferredSectors: '',
  preferredPlaceKinds: '',
  skills: '',
  occupations: '',
  cvSummary: '',
  educationLevel: '',
  dutchLevel: '',
  drivingLicence: 'false',
  targetGroups: '',
  benefitType: 'none',
  benefitSince: '',
  birthDate: '',
  supportNeeds: '',
  supportNote: '',
};

/** A stored candidate as form values, for the edit form. */
export function formValuesFromCandidate(candidate: TCandidate): CandidateFormValues {
  return {
    firstName: candidate.firstName,
    lastName: candidate.lastName,
    email: candidate.email ?? '',
    phone: candidate.phone ?? '',
    street: candidate.address.street ?? '',
    houseNumber: candidate.address.houseNumber ?? '',
    postcode: candidate.address.postcode,
    city: candidate.address.city ?? '',
    consultantId: candidate.consultant?.id ?? '',
    status: candidate.status,
    hoursMin: String(candidate.hoursWanted.min),
    hoursMax: String(candidate.hoursWanted.max),
    availableFrom: candidate.availableFrom,
    travelKm: String(candidate.travel.maxKm),
    travelMode: candidate.travel.mode,
    preferredSectors: joinChoices(candidate.preferredSectors),
    preferredPlaceKinds: joinChoices(candidate.preferredPlaceKinds),
    // Skills are typed as a list separated by commas.
    skills: candidate.skills.join(', '),
    occupations: joinChoices(candidate.occupations.map((o) => o.iscoCode)),
    cvSummary: candidate.cvSummary ?? '',
    educationLevel: candidate.educationLevel,
    dutchLevel: candidate.dutchLevel,
    drivingLicence: String(candidate.drivingLicence),
    targetGroups: joinChoices(candidate.sensitive.targetGroups),
    benefitType: candidate.sensitive.benefitType,
    benefitSince: candidate.sensitive.benefitSince ?? '',
    birthDate: candidate.sensitive.birthDate ?? '',
    supportNeeds: joinChoices(candidate.sensitive.supportNeeds),
    supportNote: candidate.sensitive.supportNote ?? '',
  };
}

const blankToUndefined = (value: string) => value.trim() || undefined;

/** The API body from the checked form values plus the experience and education lists. */
export function candidateBodyFromForm(
  values: TCandidateFormOutput,
  lists: {
    workExperience: TCandidateWorkExperience[];
    education: TCandidateEducation[];
    previousOccupations?: ReadonlyArray<{ iscoCode: string; label: string }>;
  },
): TCreateCandidate & { status?: TCandidate['status'] } {
  return {
    firstName: values.firstName,
    lastName: values.lastName,
    email: values.email,
    phone: values.phone,
    address: {
      street: blankToUndefined(values.street),
      houseNumber: blankToUndefined(values.houseNumber),
      postcode: values.postcode,
      city: blankToUndefined(values.city),
    },
    consultantId: values.consultantId || undefined,
    ...(values.status ? { status: values.status } : {}),
    skills: values.skills,
    occupations: values.occupations.map((code) => occupationFor(code, lists.previousOccupations)),
    workExperience: lists.workExperience,
    education: lists.education,
    educationLevel: values.educationLevel,
    dutchLevel: values.dutchLevel,
    drivingLicence: values.drivingLicence,
    hoursWanted: { min: values.hoursMin, max: values.hoursMax },
    availableFrom: values.availableFrom,
    travel: { maxKm: values.travelKm, mode: values.travelMode },
    preferredSectors: values.preferredSectors,
    preferredPlaceKinds: values.preferredPlaceKinds,
    cvSummary: values.cvSummary,
    targetGroups: values.targetGroups,
    benefitType: values.benefitType,
    benefitSince: values.benefitSince,
    birthDate: values.birthDate,
    supportNeeds: values.supportNeeds,
    supportNote: values.supportNote,
  };
}

// The API names nested fields (body.address.postcode); the form has one flat field for each.
const API_PATH_TO_FIELD: Record<string, CandidateFormField | 'workExperience' | 'education'> = {
  'address.street': 'street',
  'address.houseNumber': 'houseNumber',
  'address.postcode': 'postcode',
  'address.city': 'city',
  'hoursWanted.min': 'hoursMin',
  'hoursWanted.max': 'hoursMax',
  'travel.maxKm': 'travelKm',
  'travel.mode': 'travelMode',
};

function formPath(issue: TFieldIssue): string {
  const [location, ...rest] = issue.path.split('.');
  if (location !== 'body' || rest.length < 2) return issue.path;
  const mapped = API_PATH_TO_FIELD[rest.slice(0, 2).join('.')];
  return mapped ? `body.${mapped}` : issue.path;
}

const ZIssueDetails = z.object({
  issues: z.array(z.object({ path: z.string(), code: z.string(), message: z.string() })),
});

/**
 * Re-addresses the API's field issues to the form's fields, so each error appears at its field.
 * A 422 that names fields (an unknown postcode, a consultant of another service point) is shown the
 * same way as a validation error: at the field, not only as a general message.
 */
export function withFormFieldPaths(error: unknown): unknown {
  if (!(error instanceof ApiError)) return error;
  const details = ZIssueDetails.safeParse(error.details);
  if (!details.success || details.data.issues.length === 0) return error;
  const issues = details.data.issues.map((issue) => ({ ...issue, path: formPath(issue) }));
  const code = error.code === 'unprocessable' ? 'validation_failed' : error.code;
  return new ApiError(error.status, code, error.message, { ...(error.details as object), issues });
}
