import { z } from 'zod';
import { ZObjectId, ZPageInfo, ZPageQuery } from './common';
import { ZDate, ZLanguageLevel, ZPlaceKind, ZSector, ZTargetGroup } from './domain';

export const ZHighlightSegment = z.object({ text: z.string(), match: z.boolean() });
export type THighlightSegment = z.infer<typeof ZHighlightSegment>;

const ZFlag = z.enum(['true', 'false']).transform((v) => v === 'true');

/** Search as you type over the consultant's region, with facet filters. */
export const ZCandidateSearchQuery = ZPageQuery.extend({
  q: z.string().trim().max(100).optional(),
  status: z.enum(['active', 'in_process', 'placed', 'inactive']).optional(),
  municipalityCode: z
    .string()
    .regex(/^GM\d{4}$/)
    .optional(),
  drivingLicence: ZFlag.optional(),
  minDutchLevel: ZLanguageLevel.optional(),
  targetGroup: ZTargetGroup.optional(),
  availableBy: ZDate.optional(),
  minHours: z.coerce.number().int().min(1).max(40).optional(),
  consultantId: ZObjectId.optional().meta({
    description: 'Only the candidates this consultant is responsible for',
  }),
  sort: z
    .enum(['relevance', 'name', 'waiting'])
    .optional()
    .meta({ description: 'Default: relevance with search words, else name; waiting: longest waiting first' }),
});
export type TCandidateSearchQuery = z.infer<typeof ZCandidateSearchQuery>;

/** Only fields in which a word matched; show a field that is not here as plain text. */
const ZHighlights = z
  .record(z.string(), z.array(ZHighlightSegment))
  .describe('Per field in which a word matched, its text in segments; other fields are left out');

export const ZCandidateHit = z
  .object({
    id: ZObjectId,
    fullName: z.string(),
    skills: z.array(z.string()),
    occupations: z.array(z.string()),
    municipalityCode: z.string(),
    status: z.string(),
    hours: z.object({ min: z.number(), max: z.number() }),
    highlights: ZHighlights,
  })
  .meta({ id: 'CandidateHit' });
export type TCandidateHit = z.infer<typeof ZCandidateHit>;

export const ZFacetCounts = z.record(z.string(), z.record(z.string(), z.number()));

/** "Bedoelde u …?" */
const ZSuggestions = z
  .array(z.string())
  .optional()
  .describe(
    'When search words found nothing: corrected searches, best first, built from words of what the ' +
      'same search may show (empty when nothing is close); absent otherwise',
  );

export const ZCandidateSearchResult = z.object({
  data: z.array(ZCandidateHit),
  page: ZPageInfo,
  facets: ZFacetCounts,
  suggestions: ZSuggestions,
});
export type TCandidateSearchResult = z.infer<typeof ZCandidateSearchResult>;

/**
 * Open places, as candidates (from their own home) and consultants (from a candidate's home, or none)
 * search them. Consultants may also look at paused places of their region.
 */
export const ZPlaceSearchQuery = ZPageQuery.extend({
  q: z.string().trim().max(100).optional(),
  kind: ZPlaceKind.optional(),
  sector: ZSector.optional(),
  /** The place must offer at least this many hours a week (its upper bound). */
  minHours: z.coerce.number().int().min(1).max(40).optional(),
  /** The place must be possible in at most this many hours a week (its lower bound). */
  maxHours: z.coerce.number().int().min(1).max(40).optional(),
  /** Straight-line kilometres from home; needs a home (a candidate's own, or `candidateId`). */
  maxKm: z.coerce.number().min(1).max(200).optional(),
  candidateId: ZObjectId.optional().meta({
    description: 'Consultants: measure distance from this candidate’s home (one of their region)',
  }),
  status: z
    .enum(['open', 'paused'])
    .default('open')
    .meta({ description: 'Consultants only; candidates see open places' }),
});
export type TPlaceSearchQuery = z.infer<typeof ZPlaceSearchQuery>;

export const ZPlaceHit = z
  .object({
    id: ZObjectId,
    title: z.string(),
    contractorName: z.string(),
    kind: ZPlaceKind,
    sector: ZSector.nullable(),
    occupation: z.string(),
    hours: z.object({ min: z.number(), max: z.number() }),
    startDate: ZDate.nullable(),
    city: z.string(),
    status: z.string(),
    /** From the home the search measured from, when there was one. */
    distanceKm: z.number().nullable(),
    highlights: ZHighlights,
  })
  .meta({ id: 'PlaceHit' });
export type TPlaceHit = z.infer<typeof ZPlaceHit>;

export const ZPlaceSearchResult = z.object({
  data: z.array(ZPlaceHit),
  page: ZPageInfo,
  facets: ZFacetCounts,
  suggestions: ZSuggestions,
});
export type TPlaceSearchResult = z.infer<typeof ZPlaceSearchResult>;
