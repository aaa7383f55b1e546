import type { SessionUser } from '../http/session-user';
import { forbidden } from '../http/app-error';

/**
 * Which contracts a user may see, as a query filter applied to every read and write:
 * consultants the contracts of their region, contractors their own organisation's,
 * municipality users those their municipality awarded. Admins and candidates see none.
 */
export function contractScope(user: SessionUser): Record<string, unknown> {
  switch (user.role) {
    case 'consultant':
      // A consultant whose service point serves no region follows no contracts.
      return user.regionId ? { regionId: user.regionId } : { _id: null };
    case 'contractor':
      return { contractorId: user.organisationId };
    case 'municipality':
      return { municipalityId: user.organisationId };
    default:
      throw forbidden('Contracts are not available to your role');
  }
}

/** Only consultants register and change contracts; contractors and municipalities read them. */
export function canManageContracts(user: SessionUser): boolean {
  return user.role === 'consultant' && !!user.regionId;
}
