import type { SessionUser } from '../http/session-user';
import type { TOrganisationKind } from '../contract';
import { forbidden } from '../http/app-error';

const COMPANY_KINDS: readonly TOrganisationKind[] = ['contractor', 'social_enterprise'];

/**
 * Who may register or change organisations: admins any; consultants the companies (contractors and
 * social enterprises) working in their own region.
 */
export function assertCanManageOrganisation(
  user: SessionUser,
  org: { kind: TOrganisationKind; regionIds?: unknown[] | null },
): void {
  if (user.role === 'admin') return;
  const inRegion = !!user.regionId && (org.regionIds ?? []).map(String).includes(user.regionId);
  if (user.role === 'consultant' && COMPANY_KINDS.includes(org.kind) && inRegion) return;
  throw forbidden(
    user.role === 'consultant'
      ? 'Consultants manage contractors and social enterprises of their own region'
      : 'You may not change this organisation',
  );
}

/** The displacement flag is a consultant's judgement about a contractor in their region. */
export function assertCanFlagDisplacement(
  user: SessionUser,
  org: { kind: TOrganisationKind; regionIds?: unknown[] | null },
) {
  if (org.kind !== 'contractor') throw forbidden('Only contractors carry a displacement flag');
  assertCanManageOrganisation(user, org);
}
