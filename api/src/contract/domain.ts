import { z } from 'zod';

/** Dutch postcode, e.g. `6811 AB` (a space is optional on input; stored as `6811 AB`). */
export const ZPostcode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}$/, 'Postcode must look like 1234 AB')
  .transform((v) => `${v.slice(0, 4)} ${v.slice(-2)}`);

export const ZGeoPoint = z.object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) });
export type TGeoPoint = z.infer<typeof ZGeoPoint>;

export const ZAddressInput = z.strictObject({
  street: z.string().trim().max(120).optional(),
  houseNumber: z.string().trim().max(20).optional(),
  postcode: ZPostcode,
  city: z.string().trim().max(80).optional(),
});
export type TAddressInput = z.infer<typeof ZAddressInput>;

export const ZAddress = z.object({
  street: z.string().nullable(),
  houseNumber: z.string().nullable(),
  postcode: z.string(),
  city: z.string().nullable(),
  municipalityCode: z.string().nullable(),
  location: ZGeoPoint,
});
export type TAddress = z.infer<typeof ZAddress>;

/** Target groups of social return (sensitive: consultants only). */
export const TARGET_GROUPS = [
  'participatiewet',
  'banenafspraak',
  'ww',
  'nug',
  'wajong',
  'wia',
  'youth_no_qualification',
  'status_holder',
  'ex_offender',
  'over_50',
] as const;
export const ZTargetGroup = z.enum(TARGET_GROUPS);
export type TTargetGroup = z.infer<typeof ZTargetGroup>;

export const BENEFIT_TYPES = ['participatiewet', 'ww', 'wia', 'wajong', 'none'] as const;
export const ZBenefitType = z.enum(BENEFIT_TYPES);
export type TBenefitType = z.infer<typeof ZBenefitType>;

export const SUPPORT_KINDS = [
  'job_coach',
  'buddy',
  'training',
  'adapted_workplace',
  'language_support',
] as const;
export const ZSupportKind = z.enum(SUPPORT_KINDS);
export type TSupportKind = z.infer<typeof ZSupportKind>;

/** Common European Framework of Reference levels for Dutch. */
export const LANGUAGE_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export const ZLanguageLevel = z.enum(LANGUAGE_LEVELS);
export type TLanguageLevel = z.infer<typeof ZLanguageLevel>;

/** Dutch education levels, lowest first (order matters for "at least" requirements). */
export const EDUCATION_LEVELS = [
  'none',
  'primary',
  'vmbo',
  'mbo1',
  'mbo2',
  'mbo3',
  'mbo4',
  'havo_vwo',
  'hbo',
  'wo',
] as const;
export const ZEducationLevel = z.enum(EDUCATION_LEVELS);
export type TEducationLevel = z.infer<typeof ZEducationLevel>;

export const PLACE_KINDS = ['job', 'internship', 'work_experience', 'apprenticeship'] as const;
export const ZPlaceKind = z.enum(PLACE_KINDS);
export type TPlaceKind = z.infer<typeof ZPlaceKind>;

export const TRAVEL_MODES = ['walk', 'bike', 'public_transport', 'car'] as const;
export const ZTravelMode = z.enum(TRAVEL_MODES);
export type TTravelMode = z.infer<typeof ZTravelMode>;

export const SECTORS = [
  'construction',
  'cleaning',
  'catering',
  'security',
  'facility_services',
  'logistics',
  'green_maintenance',
  'retail',
  'care',
  'administration',
  'technical',
] as const;
export const ZSector = z.enum(SECTORS);
export type TSector = z.infer<typeof ZSector>;

/** ISCO-08 occupation code: 4 digits (unit group). */
export const ZIscoCode = z.string().regex(/^\d{4}$/, 'ISCO-08 code must be 4 digits');

export const ZSkill = z.string().trim().toLowerCase().min(1).max(60);

/** Hours per week as a range; min never above max. */
export const ZHoursRange = z
  .strictObject({ min: z.number().int().min(1).max(40), max: z.number().int().min(1).max(40) })
  .refine((h) => h.min <= h.max, { message: 'Minimum hours cannot exceed maximum hours', path: ['min'] });
export type THoursRange = z.infer<typeof ZHoursRange>;

/** A calendar date without time, `YYYY-MM-DD`. */
export const ZDate = z.iso.date();
