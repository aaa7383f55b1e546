import type { TOrganisationKind, TRole } from '@kansplek/api/contract';

/**
 * Which kinds of organisation a user of each role can belong to. The API checks the same rule
 * (users.service.ts) and answers a mismatch with a field error; here it only narrows the choice.
 */
export const ORGANISATION_KINDS_FOR_ROLE: Record<TRole, readonly TOrganisationKind[]> = {
  admin: ['service_point'],
  consultant: ['service_point'],
  candidate: ['service_point'],
  contractor: ['contractor', 'social_enterprise'],
  municipality: ['municipality'],
};
