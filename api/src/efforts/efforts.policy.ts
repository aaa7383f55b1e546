import type { SessionUser } from '../http/session-user';
import { forbidden } from '../http/app-error';
import type { EffortDoc } from './efforts.model';

/** Which efforts a user may see: consultants their region's, contractors their own, municipalities their contracts'. */
export function effortScope(user: SessionUser): Record<string, unknown> {
  switch (user.role) {
    case 'consultant':
      return user.regionId ? { regionId: user.regionId } : { _id: null };
    case 'contractor':
      return { contractorId: user.organisationId };
    case 'municipality':
      return { municipalityId: user.organisationId };
    default:
      throw forbidden('Efforts are not available to your role');
  }
}

type EffortParties = Pick<EffortDoc, 'contractorId' | 'regionId'>;

/** Who registers an effort for a contract: its contractor's users, and consultants of its region. */
export function maySubmitFor(user: SessionUser, contract: EffortParties): boolean {
  if (user.role === 'contractor') return String(contract.contractorId) === user.organisationId;
  if (user.role === 'consultant') return !!user.regionId && String(contract.regionId) === user.regionId;
  return false;
}

/** Only consultants of the contract's region judge an effort. */
export function mayDecide(user: SessionUser, effort: EffortParties): boolean {
  return user.role === 'consultant' && !!user.regionId && String(effort.regionId) === user.regionId;
}
