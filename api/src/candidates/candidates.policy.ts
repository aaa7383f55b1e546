import type { SessionUser } from '../http/session-user';
import { AppError, forbidden } from '../http/app-error';
import { UserModel } from '../users/users.model';

/**
 * Which candidate records a user can reach. Consultants: those of their own region. Erased records
 * are gone for everyone (their anonymised remains serve statistics only). Other roles reach none
 * through this scope; a candidate reaches their own profile through `ownCandidateScope`.
 */
export function candidateScope(user: SessionUser): Record<string, unknown> {
  if (user.role === 'consultant' && user.regionId) return { regionId: user.regionId, erasedAt: null };
  return { _id: null };
}

export function ownCandidateScope(user: SessionUser): Record<string, unknown> {
  return { userId: user.id, erasedAt: null };
}

/** A consultant registers candidates for the region of their own service point. */
export function regionForNewCandidate(user: SessionUser): string {
  if (user.role !== 'consultant') throw forbidden('Only consultants register candidates');
  if (!user.regionId) throw forbidden('Your service point serves no region yet; ask an administrator');
  return user.regionId;
}

/** The responsible consultant is an active (or invited) consultant of the same service point. */
export async function assertResponsibleConsultant(consultantId: string, servicePointId: string) {
  const found = await UserModel.exists({
    _id: consultantId,
    role: 'consultant',
    organisationId: servicePointId,
    status: { $ne: 'disabled' },
  });
  if (!found) {
    const message = 'Choose a consultant of your own service point';
    throw new AppError(422, 'unprocessable', message, {
      issues: [{ path: 'body.consultantId', code: 'invalid_reference', message }],
    });
  }
}
