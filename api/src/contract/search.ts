import { z } from 'zod';
import { ZObjectId, ZPageInfo, ZPageQuery } from './common';
import { ZDate, ZLanguageLevel, ZTargetGroup } from './domain';

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
});
export type TCandidateSearchQuery = z.infer<typeof ZCandidateSearchQuery>;

export const ZCandidateHit = z
  .object({
    id: ZObjectId,
    fullName: z.string(),
    skills: z.array(z.string()),
    occupations: z.array(z.string()),
    municipalityCode: z.string(),
    status: z.string(),
    hours: z.object({ min: z.number(), max: z.number() }),
    highlights: z.record(z.string(), z.array(ZHighlightSegment)),
  })
  .meta({ id: 'CandidateHit' });
export type TCandidateHit = z.infer<typeof ZCandidateHit>;

export const ZFacetCounts = z.record(z.string(), z.record(z.string(), z.number()));

export const ZCandidateSearchResult = z.object({
  data: z.array(ZCandidateHit),
  page: ZPageInfo,
  facets: ZFacetCounts,
});
export type TCandidateSearchResult = z.infer<typeof ZCandidateSearchResult>;
