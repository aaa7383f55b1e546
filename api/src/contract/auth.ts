import { z } from 'zod';
import { ZObjectId, ZRole, type TRole } from './common';
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

/** Roles that see special-category data (work disability, benefits) and so must sign in with a second factor. */
export const SECOND_FACTOR_ROLES = [
  'admin',
  'consultant',
  'municipality',
] as const satisfies readonly TRole[];

export function secondFactorRequired(role: TRole): boolean {
  return (SECOND_FACTOR_ROLES as readonly TRole[]).includes(role);
}

export const ZSecondFactorStatus = z.object({
  enrolled: z.boolean(),
  /** The role must have one (staff); others may enrol. */
  required: z.boolean(),
  recoveryCodesLeft: z.number().int().min(0),
});
export type TSecondFactorStatus = z.infer<typeof ZSecondFactorStatus>;

export const ZMe = z
  .object({
    id: ZObjectId,
    email: z.string(),
    name: z.string(),
    role: ZRole,
    locale: ZLocale,
    organisation: ZOrganisationSummary,
    secondFactor: ZSecondFactorStatus,
  })
  .meta({ id: 'Me' });
export type TMe = z.infer<typeof ZMe>;

/** After the password, when the session is not signed in yet: which step comes next. */
export const ZSignInNextStep = z
  .object({ next: z.enum(['second_factor', 'second_factor_enrolment']) })
  .meta({ id: 'SignInNextStep' });
export type TSignInNextStep = z.infer<typeof ZSignInNextStep>;

/** The signed-in user, or the step still to take (a code, or enrolling a second factor). */
export const ZSignInResult = z.union([ZMe, ZSignInNextStep]);
export type TSignInResult = z.infer<typeof ZSignInResult>;

/** A 6-digit code from an authenticator app, or a recovery code (`abcde-fghij`). */
export const ZSecondFactorCode = z.strictObject({
  code: z.string().trim().min(1, 'Enter the code').max(40),
});
export type TSecondFactorCode = z.infer<typeof ZSecondFactorCode>;

/** A 6-digit code from the authenticator app (recovery codes do not count here). */
export const ZAuthenticatorCode = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, 'Enter the 6 digits from your authenticator app'),
});

export const ZSecondFactorEnrolment = z
  .object({
    secret: z.string().meta({ description: 'Base32 secret, for typing into an app instead of scanning' }),
    otpauthUri: z.string().meta({ description: 'otpauth://totp/… URI, shown as a QR code' }),
  })
  .meta({ id: 'SecondFactorEnrolment' });
export type TSecondFactorEnrolment = z.infer<typeof ZSecondFactorEnrolment>;

export const ZRecoveryCodes = z
  .object({
    recoveryCodes: z.array(z.string()).meta({ description: 'Shown once; each works once' }),
  })
  .meta({ id: 'RecoveryCodes' });
export type TRecoveryCodes = z.infer<typeof ZRecoveryCodes>;

export const ZEnrolmentConfirmed = ZRecoveryCodes.extend({ me: ZMe }).meta({ id: 'EnrolmentConfirmed' });
export type TEnrolmentConfirmed = z.infer<typeof ZEnrolmentConfirmed>;

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
