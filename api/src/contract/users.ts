import { z } from 'zod';
import { ZObjectId, ZPageQuery, ZRole, type TRole } from './common';
import { ZEmail, ZLocale } from './auth';
import { ZOrganisationSummary, type TOrganisationKind } from './organisations';

export const USER_STATUSES = ['invited', 'active', 'disabled'] as const;
export const ZUserStatus = z.enum(USER_STATUSES);
export type TUserStatus = z.infer<typeof ZUserStatus>;

export const ZUser = z
  .object({
    id: ZObjectId,
    email: z.string(),
    name: z.string(),
    role: ZRole,
    status: ZUserStatus,
    locale: ZLocale,
    organisation: ZOrganisationSummary,
    lastLoginAt: z.string().nullable(),
    secondFactorEnrolled: z.boolean(),
    createdAt: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'User' });
export type TUser = z.infer<typeof ZUser>;

/** Which kind of organisation each role belongs to: a contractor user works at a contractor, and so on. */
export const ORGANISATION_KINDS_FOR_ROLE: Record<TRole, readonly TOrganisationKind[]> = {
  admin: ['service_point'],
  consultant: ['service_point'],
  candidate: ['service_point'],
  contractor: ['contractor', 'social_enterprise'],
  municipality: ['municipality'],
};

export const ZInviteUser = z.strictObject({
  email: ZEmail,
  name: z.string().trim().min(1, 'Enter a name').max(120),
  role: ZRole,
  organisationId: ZObjectId,
  locale: ZLocale.default('nl'),
});
export type TInviteUser = z.infer<typeof ZInviteUser>;

export const ZInvitation = z
  .object({
    user: ZUser,
    inviteUrl: z.string().meta({
      description:
        'One-time link to set a password, also mailed to the user (to pass on if the mail does not arrive)',
    }),
    expiresAt: z.string(),
  })
  .meta({ id: 'Invitation' });
export type TInvitation = z.infer<typeof ZInvitation>;

export const ZUpdateUser = z.strictObject({
  version: z.number().int().min(0),
  name: z.string().trim().min(1).max(120).optional(),
  status: z.enum(['active', 'disabled']).optional(),
});
export type TUpdateUser = z.infer<typeof ZUpdateUser>;

export const ZUserListQuery = ZPageQuery.extend({
  role: ZRole.optional(),
  status: ZUserStatus.optional(),
  organisationId: ZObjectId.optional(),
  q: z.string().trim().max(100).optional(),
  sort: z.enum(['name', '-name', 'createdAt', '-createdAt', 'email', '-email']).default('name'),
});
export type TUserListQuery = z.infer<typeof ZUserListQuery>;
