import {
  ZCandidateTravel,
  ZDate,
  ZHoursRange,
  ZPlaceKind,
  ZSector,
  ZUpdateOwnCandidateProfile,
  type TOwnCandidateProfile,
} from '@kansplek/api/contract';
import { z } from 'zod';
import { joinChoices, splitChoices } from '@/features/candidates/components/fields/checkbox-group-field';

/** A typed number; left empty it stays a string, which the number schema reports as missing. */
const wholeNumber = <S extends z.ZodType>(schema: S) =>
  z.preprocess((value) => (typeof value === 'string' && value.trim() !== '' ? Number(value) : value), schema);

const choices = <S extends z.ZodType>(item: S) =>
  z.preprocess((value) => (typeof value === 'string' ? splitChoices(value) : value), z.array(item));

const ZOwnPreferences = ZUpdateOwnCandidateProfile.omit({ version: true });

/**
 * What a candidate may change about themselves, as typed; each field is checked with the API's
 * schema and the result is exactly the body the API accepts (without the version, added on save).
 */
export const ZPreferencesFormValues = z
  .object({
    hoursMin: wholeNumber(ZHoursRange.shape.min),
    hoursMax: wholeNumber(ZHoursRange.shape.max),
    availableFrom: ZDate,
    travelKm: wholeNumber(ZCandidateTravel.shape.maxKm),
    travelMode: ZCandidateTravel.shape.mode,
    preferredSectors: choices(ZSector),
    preferredPlaceKinds: choices(ZPlaceKind),
  })
  .superRefine((values, ctx) => {
    if (values.hoursMin > values.hoursMax) {
      ctx.addIssue({
        code: 'custom',
        path: ['hoursMin'],
        message: 'Minimum hours cannot exceed maximum hours',
      });
    }
  })
  .transform((values): z.input<typeof ZOwnPreferences> => ({
    hoursWanted: { min: values.hoursMin, max: values.hoursMax },
    availableFrom: values.availableFrom,
    travel: { maxKm: values.travelKm, mode: values.travelMode },
    preferredSectors: values.preferredSectors,
    preferredPlaceKinds: values.preferredPlaceKinds,
  }))
  .pipe(ZOwnPreferences);

export type PreferencesFormField = keyof z.input<typeof ZPreferencesFormValues>;

export function preferencesFromProfile(profile: TOwnCandidateProfile): Record<PreferencesFormField, string> {
  return {
    hoursMin: String(profile.hoursWanted.min),
    hoursMax: String(profile.hoursWanted.max),
    availableFrom: profile.availableFrom,
    travelKm: String(profile.travel.maxKm),
    travelMode: profile.travel.mode,
    preferredSectors: joinChoices(profile.preferredSectors),
    preferredPlaceKinds: joinChoices(profile.preferredPlaceKinds),
  };
}
