import { z } from 'zod';
import { ZObjectId, ZRole } from './common';
import { ZOrganisationSummary } from './organisations';

export const LOCALES = ['nl', 'en'] as const;
export const ZLocale = z.enum(LOCALES);
export type TLocale = z.infer<typeof ZLocale>;

export const ZEmail = z.email('Enter a valid e-mail address').max(254);

/** NCSC advice: length over composition rules. */
export const ZNewPassword = z
  .string()
  .min(12, 'Password must be at least 12 characters')
  .max(200, 'Password must be at most 200 characters');

export const ZLogin = z.strictObject({
  email: ZEmail,
  password: z.string().min(1, 'Enter your password').max(200),
});
export type TLogin = z.infer<typeof ZLogin>;

export const ZMe = z
  .object({
    id: ZObjectId,
    email: z.string(),
    name: z.string(),
    role: ZRole,
    locale: ZLocale,
    organisation: ZOrganisationSummary,
  })
  .meta({ id: 'Me' });
export type TMe = z.infer<typeof ZMe>;

export const ZCsrfToken = z.object({ data: z.object({ token: z.string() }) });

export const ZInviteToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'Invalid invitation token');

export const ZInviteTokenParams = z.strictObject({ token: ZInviteToken });

export const ZAcceptInvite = z.strictObject({
  token: ZInviteToken,
  password: ZNewPassword,
});
export type TAcceptInvite = z.infer<typeof ZAcceptInvite>;

export const ZInvitationPreview = z.object({
  email: z.string(),
  name: z.string(),
  role: ZRole,
  organisationName: z.string(),
  expiresAt: z.string(),
});
export type TInvitationPreview = z.infer<typeof ZInvitationPreview>;

export const ZUpdateMe = z.strictObject({
  locale: ZLocale.optional(),
  name: z.string().trim().min(1).max(120).optional(),
});
export type TUpdateMe = z.infer<typeof ZUpdateMe>;
