import { ZCandidateEducation, ZCandidateWorkExperience } from '@kansplek/api/contract';
import { z } from 'zod';

const orNull = (value: string) => (value.trim() === '' ? null : value);

/** One work experience entry as typed, checked by the API's own entry schema (end not before start). */
export const ZExperienceFormValues = z
  .object({
    title: z.string(),
    employer: z.string(),
    iscoCode: z.string(),
    from: z.string(),
    to: z.string(),
    description: z.string(),
  })
  .transform((v): z.input<typeof ZCandidateWorkExperience> => ({
    ...v,
    iscoCode: orNull(v.iscoCode),
    to: orNull(v.to),
    description: orNull(v.description),
  }))
  .pipe(ZCandidateWorkExperience);

export const EMPTY_EXPERIENCE = { title: '', employer: '', iscoCode: '', from: '', to: '', description: '' };

export const ZEducationFormValues = z
  .object({ level: z.string(), programme: z.string(), completed: z.string(), year: z.string() })
  .transform((v): z.input<typeof ZCandidateEducation> => ({
    level: v.level as z.input<typeof ZCandidateEducation>['level'],
    programme: v.programme,
    completed: v.completed === 'true',
    year: v.year.trim() === '' ? null : Number(v.year),
  }))
  .pipe(ZCandidateEducation);

export const EMPTY_EDUCATION = { level: '', programme: '', completed: 'false', year: '' };
