import { z } from 'zod';
import { ZObjectId, ZPageQuery, ZSearchText } from './common';
import { ZContractStatus } from './contracts';
import {
  SUPPORT_KINDS,
  ZAddress,
  ZAddressInput,
  ZDate,
  ZEducationLevel,
  ZGeoPoint,
  ZHoursRange,
  ZIscoCode,
  ZLanguageLevel,
  ZPlaceKind,
  ZSector,
  ZSkill,
  ZSupportKind,
} from './domain';
import { ZOrganisationSummary } from './organisations';

export const PLACE_STATUSES = ['draft', 'open', 'paused', 'filled', 'closed'] as const;
export const ZPlaceStatus = z.enum(PLACE_STATUSES);
export type TPlaceStatus = z.infer<typeof ZPlaceStatus>;

/** The lifecycle: draft → open ⇄ paused → filled | closed, and a draft may be closed unpublished. */
export const PLACE_TRANSITIONS: Readonly<Record<TPlaceStatus, readonly TPlaceStatus[]>> = {
  draft: ['open', 'closed'],
  open: ['paused', 'filled', 'closed'],
  paused: ['open', 'filled', 'closed'],
  filled: [],
  closed: [],
};

export function allowedPlaceTransitions(from: TPlaceStatus): readonly TPlaceStatus[] {
  return PLACE_TRANSITIONS[from];
}

/** Filled and closed places are history: they can no longer be edited. */
export const EDITABLE_PLACE_STATUSES: readonly TPlaceStatus[] = ['draft', 'open', 'paused'];

/** What a place needs before candidates may see it (opening, and every later edit of an open place). */
export const FIELDS_NEEDED_TO_OPEN = ['title', 'description', 'location', 'hours', 'startDate'] as const;
export type TFieldNeededToOpen = (typeof FIELDS_NEEDED_TO_OPEN)[number];

export function missingToOpen(place: {
  title?: string | null;
  description?: string | null;
  location?: unknown;
  hours?: unknown;
  startDate?: string | null;
}): TFieldNeededToOpen[] {
  return FIELDS_NEEDED_TO_OPEN.filter((field) => {
    const value = place[field];
    return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
  });
}

const unique = <T>(values: T[]) => [...new Set(values)];

/** Skills are lower-cased by ZSkill, so "Snoeien" and "snoeien" count once. */
const ZSkillList = z.array(ZSkill).max(30, 'At most 30 skills').transform(unique);

export const ZOccupation = z.strictObject({
  iscoCode: ZIscoCode,
  label: z.string().trim().min(2, 'Enter the occupation').max(120),
});
export type TOccupation = z.infer<typeof ZOccupation>;

export const ZPlaceRequirements = z.strictObject({
  drivingLicence: z.boolean().default(false),
  dutchLevel: ZLanguageLevel.nullable().default(null),
  educationLevel: ZEducationLevel.nullable().default(null),
});
export type TPlaceRequirements = z.infer<typeof ZPlaceRequirements>;

const placeFields = {
  contractId: ZObjectId.nullable(),
  kind: ZPlaceKind,
  title: z.string().trim().min(3, 'Enter a title of at least 3 characters').max(120),
  description: z.string().trim().max(5000),
  occupation: ZOccupation.nullable(),
  sector: ZSector.nullable(),
  requiredSkills: ZSkillList,
  desirableSkills: ZSkillList,
  hours: ZHoursRange.nullable(),
  location: ZAddressInput.nullable(),
  startDate: ZDate.nullable(),
  // null: open-ended (no planned end).
  durationMonths: z.number().int().min(1).max(60).nullable(),
  positions: z.number().int().min(1, 'At least one position').max(100),
  requirements: ZPlaceRequirements,
  support: z.array(ZSupportKind).max(SUPPORT_KINDS.length).transform(unique),
};

/** A new place; it starts as a draft, so only kind and title are needed yet. */
export const ZCreatePlace = z.strictObject({
  contractorId: ZObjectId.optional().meta({
    description: 'Required for consultants (a contractor of their region); contractors create for themselves',
  }),
  contractId: placeFields.contractId.default(null),
  kind: placeFields.kind,
  title: placeFields.title,
  description: placeFields.description.default(''),
  occupation: placeFields.occupation.default(null),
  sector: placeFields.sector.default(null),
  requiredSkills: placeFields.requiredSkills.default([]),
  desirableSkills: placeFields.desirableSkills.default([]),
  hours: placeFields.hours.default(null),
  location: placeFields.location.default(null),
  startDate: placeFields.startDate.default(null),
  durationMonths: placeFields.durationMonths.default(null),
  positions: placeFields.positions.default(1),
  requirements: ZPlaceRequirements.default({ drivingLicence: false, dutchLevel: null, educationLevel: null }),
  support: placeFields.support.default([]),
});
export type TCreatePlace = z.infer<typeof ZCreatePlace>;
export type TCreatePlaceInput = z.input<typeof ZCreatePlace>;

/** Changes to a place; `null` clears a field. The status changes only through transitions. */
export const ZUpdatePlace = z.strictObject({
  version: z.number().int().min(0),
  contractId: placeFields.contractId.optional(),
  kind: placeFields.kind.optional(),
  title: placeFields.title.optional(),
  description: placeFields.description.optional(),
  occupation: placeFields.occupation.optional(),
  sector: placeFields.sector.optional(),
  requiredSkills: placeFields.requiredSkills.optional(),
  desirableSkills: placeFields.desirableSkills.optional(),
  hours: placeFields.hours.optional(),
  location: placeFields.location.optional(),
  startDate: placeFields.startDate.optional(),
  durationMonths: placeFields.durationMonths.optional(),
  positions: placeFields.positions.optional(),
  requirements: ZPlaceRequirements.optional(),
  support: placeFields.support.optional(),
  status: z
    .never({ error: 'The status changes through POST /api/places/:id/transitions' })
    .optional()
    .meta({ description: 'Refused: use the transitions endpoint' }),
});
export type TUpdatePlace = z.infer<typeof ZUpdatePlace>;

export const ZPlaceTransition = z.strictObject({
  to: ZPlaceStatus,
  version: z.number().int().min(0),
});
export type TPlaceTransition = z.infer<typeof ZPlaceTransition>;

export const PLACE_SORTS = ['title', '-title', 'startDate', '-startDate', 'createdAt', '-createdAt'] as const;

export const ZPlaceListQuery = ZPageQuery.extend({
  status: ZPlaceStatus.optional(),
  kind: ZPlaceKind.optional(),
  contractorId: ZObjectId.optional(),
  contractId: ZObjectId.optional(),
  sector: ZSector.optional(),
  q: ZSearchText.optional().meta({ description: 'Part of the title' }),
  sort: z.enum(PLACE_SORTS).default('-createdAt'),
});
export type TPlaceListQuery = z.infer<typeof ZPlaceListQuery>;

const ZPlaceRequirementsOut = z.object({
  drivingLicence: z.boolean(),
  dutchLevel: ZLanguageLevel.nullable(),
  educationLevel: ZEducationLevel.nullable(),
});

/** What a place offers, the same for every reader. */
const placeOffer = {
  id: ZObjectId,
  kind: ZPlaceKind,
  title: z.string(),
  description: z.string(),
  occupation: z.object({ iscoCode: z.string(), label: z.string() }).nullable(),
  sector: ZSector.nullable(),
  requiredSkills: z.array(z.string()),
  desirableSkills: z.array(z.string()),
  hours: z.object({ min: z.number().int(), max: z.number().int() }).nullable(),
  startDate: z.string().nullable(),
  durationMonths: z.number().int().nullable(),
  positions: z.number().int(),
  requirements: ZPlaceRequirementsOut,
  support: z.array(ZSupportKind),
  status: ZPlaceStatus,
};

export const ZPlaceHistoryEntry = z.object({
  from: ZPlaceStatus.nullable(),
  to: ZPlaceStatus,
  at: z.string(),
  by: z.object({ id: ZObjectId, name: z.string() }),
});
export type TPlaceHistoryEntry = z.infer<typeof ZPlaceHistoryEntry>;

export const ZPlaceContractSummary = z.object({
  id: ZObjectId,
  title: z.string(),
  reference: z.string(),
  status: ZContractStatus,
});

export const ZPlaceLink = z.object({ id: ZObjectId, title: z.string(), contractorName: z.string() });
export type TPlaceLink = z.infer<typeof ZPlaceLink>;

/** A place as its contractor and the region's consultants see it. */
export const ZPlace = z
  .object({
    ...placeOffer,
    contractor: ZOrganisationSummary,
    contract: ZPlaceContractSummary.nullable(),
    regionId: ZObjectId.nullable(),
    location: ZAddress.nullable(),
    statusChangedAt: z.string().nullable(),
    history: z.array(ZPlaceHistoryEntry),
    createdBy: z.object({ id: ZObjectId, name: z.string() }),
    /**
     * The contractor carries a displacement flag: no candidate is proposed until a consultant confirms
     * the place is additional work (`confirmation`).
     */
    displacement: z
      .object({
        flagged: z.boolean(),
        confirmation: z
          .object({ at: z.string(), by: z.object({ id: ZObjectId, name: z.string() }), note: z.string() })
          .nullable(),
      })
      .meta({ id: 'PlaceDisplacement' }),
    /** A combined place made of smaller places from different contractors (task bundling). */
    bundle: z.object({ parts: z.array(ZPlaceLink) }).nullable(),
    /** The combined place this place was bundled into; it is then no longer proposed on its own. */
    bundledInto: ZPlaceLink.nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'Place' });
export type TPlace = z.infer<typeof ZPlace>;

/** An open place as candidates see it: the offer and the employer, nothing about its administration. */
export const ZPublicPlace = z
  .object({
    ...placeOffer,
    employer: z.object({ name: z.string() }),
    location: z.object({ postcode: z.string(), city: z.string().nullable(), location: ZGeoPoint }).nullable(),
  })
  .meta({ id: 'PublicPlace' });
export type TPublicPlace = z.infer<typeof ZPublicPlace>;

export const ZPlaceForAnyRole = z.union([ZPlace, ZPublicPlace]);
