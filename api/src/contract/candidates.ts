import { z } from 'zod';
import { ZEmail, ZLocale } from './auth';
import { ZObjectId, ZPageQuery, ZSearchText, ZRole, whenValid } from './common';
import {
  ZAddress,
  ZAddressInput,
  ZBenefitType,
  ZDate,
  ZEducationLevel,
  ZHoursRange,
  ZIscoCode,
  ZLanguageLevel,
  ZPlaceKind,
  ZSector,
  ZSkill,
  ZSupportKind,
  ZTargetGroup,
  ZTravelMode,
} from './domain';
import { ZAuditEntry } from './audit';
import { ZUserStatus } from './users';

export const CANDIDATE_STATUSES = ['active', 'in_process', 'placed', 'inactive'] as const;
export const ZCandidateStatus = z.enum(CANDIDATE_STATUSES);
export type TCandidateStatus = z.infer<typeof ZCandidateStatus>;

/** Matching: may the platform propose this person? Sharing: may an employer see name and CV summary? */
export const CANDIDATE_CONSENT_KINDS = ['matching', 'sharing'] as const;
export const ZCandidateConsentKind = z.enum(CANDIDATE_CONSENT_KINDS);
export type TCandidateConsentKind = z.infer<typeof ZCandidateConsentKind>;

const ZPersonName = z.string().trim().min(1).max(80);
const ZFreeText = (max: number) => z.string().trim().max(max);
export const ZCandidatePhone = z
  .string()
  .trim()
  .regex(/^\+?[0-9][0-9 ()-]{7,19}$/, 'Enter a phone number such as 06 12345678');

// The same shape as a place's occupation, so matching compares like with like.
export const ZCandidateOccupation = z.strictObject({
  iscoCode: ZIscoCode,
  label: z.string().trim().min(2).max(120),
});
export type TCandidateOccupation = z.infer<typeof ZCandidateOccupation>;

export const ZCandidateWorkExperience = z
  .strictObject({
    title: z.string().trim().min(1).max(120),
    employer: z.string().trim().min(1).max(120),
    iscoCode: ZIscoCode.nullable().optional(),
    from: ZDate,
    // Empty while the job still runs.
    to: ZDate.nullable().optional(),
    description: ZFreeText(2000).nullable().optional(),
  })
  .refine((entry) => !entry.to || entry.from <= entry.to, {
    message: 'The end date cannot be before the start date',
    path: ['to'],
    ...whenValid,
  });
export type TCandidateWorkExperience = z.infer<typeof ZCandidateWorkExperience>;

export const ZCandidateEducation = z.strictObject({
  level: ZEducationLevel,
  programme: z.string().trim().min(1).max(160),
  completed: z.boolean(),
  year: z.number().int().min(1950).max(2100).nullable().optional(),
});
export type TCandidateEducation = z.infer<typeof ZCandidateEducation>;

export const ZCandidateTravel = z.strictObject({
  maxKm: z.number().int().min(1).max(150),
  mode: ZTravelMode,
});
export type TCandidateTravel = z.infer<typeof ZCandidateTravel>;

/**
 * Every field a consultant keeps. No defaults here: the update schema is the same fields made
 * optional, and a default there would overwrite stored values that were not sent.
 */
/** A date of birth: a real day, not in the future, of someone at least 15 (the youngest who may work). */
export const ZBirthDate = ZDate.refine((date) => date >= '1900-01-01', {
  message: 'Enter a date of birth after 1900',
  ...whenValid,
}).refine(
  (date) => {
    const today = new Date();
    const fifteenYearsAgo = `${today.getUTCFullYear() - 15}${today.toISOString().slice(4, 10)}`;
    return date <= fifteenYearsAgo;
  },
  { message: 'A candidate is at least 15 years old', ...whenValid },
);

const candidateFields = {
  firstName: ZPersonName,
  lastName: ZPersonName,
  email: ZEmail.nullable().optional(),
  phone: ZCandidatePhone.nullable().optional(),
  address: ZAddressInput,
  consultantId: ZObjectId.optional(),
  skills: z
    .array(ZSkill)
    .max(50)
    .transform((skills) => [...new Set(skills)])
    .optional(),
  occupations: z.array(ZCandidateOccupation).max(20).optional(),
  workExperience: z.array(ZCandidateWorkExperience).max(30).optional(),
  education: z.array(ZCandidateEducation).max(20).optional(),
  educationLevel: ZEducationLevel,
  dutchLevel: ZLanguageLevel,
  drivingLicence: z.boolean(),
  hoursWanted: ZHoursRange,
  availableFrom: ZDate,
  travel: ZCandidateTravel,
  preferredSectors: z.array(ZSector).max(20).optional(),
  preferredPlaceKinds: z.array(ZPlaceKind).max(10).optional(),
  cvSummary: ZFreeText(2000).nullable().optional(),
  // Sensitive: only consultants see these (PRODUCT.md "Candidate").
  targetGroups: z.array(ZTargetGroup).max(10).optional(),
  benefitType: ZBenefitType.optional(),
  // When the benefit started: the valuation distinguishes e.g. under and over two years.
  benefitSince: ZDate.nullable().optional(),
  // The valuation's age bonuses (50+, 55+) need it; consultants only, like the fields above.
  birthDate: ZBirthDate.nullable().optional(),
  supportNeeds: z.array(ZSupportKind).max(10).optional(),
  supportNote: ZFreeText(1000).nullable().optional(),
};

export const ZCreateCandidate = z.strictObject(candidateFields);
export type TCreateCandidate = z.infer<typeof ZCreateCandidate>;

export const ZUpdateCandidate = z
  .strictObject(candidateFields)
  .partial()
  .extend({ version: z.number().int().min(0), status: ZCandidateStatus.optional() });
export type TUpdateCandidate = z.infer<typeof ZUpdateCandidate>;

/** What candidates change themselves: preferences, availability and hours; anything else is refused. */
export const ZUpdateOwnCandidateProfile = z.strictObject({
  version: z.number().int().min(0),
  hoursWanted: ZHoursRange.optional(),
  availableFrom: ZDate.optional(),
  travel: ZCandidateTravel.optional(),
  preferredSectors: z.array(ZSector).max(20).optional(),
  preferredPlaceKinds: z.array(ZPlaceKind).max(10).optional(),
});
export type TUpdateOwnCandidateProfile = z.infer<typeof ZUpdateOwnCandidateProfile>;

export const ZRecordCandidateConsent = z.strictObject({
  kind: ZCandidateConsentKind,
  given: z.boolean(),
  version: z.number().int().min(0),
});
export type TRecordCandidateConsent = z.infer<typeof ZRecordCandidateConsent>;

export const ZCreateCandidateAccount = z.strictObject({
  version: z.number().int().min(0),
  locale: ZLocale.optional(),
});
export type TCreateCandidateAccount = z.infer<typeof ZCreateCandidateAccount>;

export const ZEraseCandidate = z.strictObject({ version: z.number().int().min(0) });
export type TEraseCandidate = z.infer<typeof ZEraseCandidate>;

const ZPersonRef = z.object({ id: ZObjectId, name: z.string() });

export const ZCandidateConsentState = z.object({
  given: z.boolean(),
  at: z.string().nullable(),
  by: z.object({ id: ZObjectId, name: z.string(), role: ZRole }).nullable(),
  // A consultant recorded consent the candidate gave in person.
  inPerson: z.boolean(),
});
export type TCandidateConsentState = z.infer<typeof ZCandidateConsentState>;

export const ZCandidateConsent = z.object({
  matching: ZCandidateConsentState,
  sharing: ZCandidateConsentState,
});
export type TCandidateConsent = z.infer<typeof ZCandidateConsent>;

export const ZCandidateConsentChange = ZCandidateConsentState.extend({ kind: ZCandidateConsentKind });
export type TCandidateConsentChange = z.infer<typeof ZCandidateConsentChange>;

const ZOccupationOut = z.object({ iscoCode: z.string(), label: z.string() });
const ZCandidateWorkExperienceOut = z.object({
  title: z.string(),
  employer: z.string(),
  iscoCode: z.string().nullable(),
  from: z.string(),
  to: z.string().nullable(),
  description: z.string().nullable(),
});
const ZEducationOut = z.object({
  level: ZEducationLevel,
  programme: z.string(),
  completed: z.boolean(),
  year: z.number().nullable(),
});

/** Fields shared by the consultant's list and the candidate's own profile: nothing sensitive. */
const profileOut = {
  id: ZObjectId,
  firstName: z.string(),
  lastName: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  consultant: ZPersonRef.nullable(),
  skills: z.array(z.string()),
  occupations: z.array(ZOccupationOut),
  educationLevel: ZEducationLevel,
  dutchLevel: ZLanguageLevel,
  drivingLicence: z.boolean(),
  hoursWanted: z.object({ min: z.number(), max: z.number() }),
  availableFrom: z.string(),
  travel: z.object({ maxKm: z.number(), mode: ZTravelMode }),
  preferredSectors: z.array(ZSector),
  preferredPlaceKinds: z.array(ZPlaceKind),
  status: ZCandidateStatus,
  waitingSince: z.string(),
  consent: ZCandidateConsent,
  version: z.number().int(),
};

export const ZCandidateListItem = z
  .object({
    ...profileOut,
    municipalityCode: z.string().nullable(),
    city: z.string().nullable(),
    hasAccount: z.boolean(),
    createdAt: z.string(),
  })
  .meta({ id: 'CandidateListItem' });
export type TCandidateListItem = z.infer<typeof ZCandidateListItem>;

/** The candidate's own view: everything about them except the sensitive consultant-only fields. */
export const ZOwnCandidateProfile = z
  .object({
    ...profileOut,
    address: ZAddress,
    workExperience: z.array(ZCandidateWorkExperienceOut),
    education: z.array(ZEducationOut),
    cvSummary: z.string().nullable(),
  })
  .meta({ id: 'OwnCandidateProfile' });
export type TOwnCandidateProfile = z.infer<typeof ZOwnCandidateProfile>;

export const ZCandidateSensitive = z.object({
  targetGroups: z.array(ZTargetGroup),
  benefitType: ZBenefitType,
  benefitSince: z.string().nullable(),
  birthDate: z.string().nullable(),
  supportNeeds: z.array(ZSupportKind),
  supportNote: z.string().nullable(),
});
export type TCandidateSensitive = z.infer<typeof ZCandidateSensitive>;

/** The consultant's full view (reading it writes an audit entry). */
export const ZCandidate = ZOwnCandidateProfile.extend({
  municipalityCode: z.string().nullable(),
  regionId: ZObjectId,
  sensitive: ZCandidateSensitive,
  consentHistory: z.array(ZCandidateConsentChange),
  account: z.object({ userId: ZObjectId, status: ZUserStatus }).nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
}).meta({ id: 'Candidate' });
export type TCandidate = z.infer<typeof ZCandidate>;

/** What a contractor may read, only after the candidate consented to the introduction. */
export const ZCandidateForContractor = z
  .object({ id: ZObjectId, firstName: z.string(), lastName: z.string(), cvSummary: z.string().nullable() })
  .meta({ id: 'CandidateForContractor' });
export type TCandidateForContractor = z.infer<typeof ZCandidateForContractor>;

/** GDPR access request (AVG inzageverzoek): everything stored about one person. */
export const ZCandidateExport = z
  .object({
    exportedAt: z.string(),
    candidate: ZCandidate,
    account: z
      .object({
        id: ZObjectId,
        email: z.string(),
        name: z.string(),
        role: ZRole,
        status: ZUserStatus,
        locale: ZLocale,
        lastLoginAt: z.string().nullable(),
        createdAt: z.string(),
      })
      .nullable(),
    auditLog: z.array(ZAuditEntry),
    // Filled by other modules (matches, trials, employment) as they are built.
    related: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'CandidateExport' });
export type TCandidateExport = z.infer<typeof ZCandidateExport>;

const ZBooleanQuery = z
  .enum(['true', 'false'])
  .transform((v) => v === 'true')
  .optional();

export const CANDIDATE_SORTS = [
  'name',
  '-name',
  'waitingSince',
  '-waitingSince',
  'createdAt',
  '-createdAt',
] as const;

export const ZCandidateListQuery = ZPageQuery.extend({
  q: ZSearchText.optional(),
  status: ZCandidateStatus.optional(),
  municipalityCode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^GM\d{4}$/, 'Municipality code must be GM followed by 4 digits')
    .optional(),
  consultantId: ZObjectId.optional(),
  drivingLicence: ZBooleanQuery,
  dutchLevel: ZLanguageLevel.optional().meta({ description: 'At least this CEFR level' }),
  sort: z.enum(CANDIDATE_SORTS).default('name'),
});
export type TCandidateListQuery = z.infer<typeof ZCandidateListQuery>;

/** Consultants of the caller's service point, to choose the responsible consultant from. */
export const ZConsultantOption = z
  .object({ id: ZObjectId, name: z.string() })
  .meta({ id: 'ConsultantOption' });
export type TConsultantOption = z.infer<typeof ZConsultantOption>;

export const ZConsultantOptionsQuery = ZPageQuery.extend({ q: ZSearchText.optional() });
export type TConsultantOptionsQuery = z.infer<typeof ZConsultantOptionsQuery>;
