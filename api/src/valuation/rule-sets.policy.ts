import type { SessionUser } from '../http/session-user';
import { forbidden } from '../http/app-error';

/**
 * Which rule sets a user may read, as a query filter: admins all, consultants their own region's
 * (a consultant whose service point serves no region sees none). Nobody else reads rule sets.
 */
export function ruleSetScope(user: SessionUser): Record<string, unknown> {
  if (user.role === 'admin') return {};
  if (user.role === 'consultant') return user.regionId ? { regionId: user.regionId } : { _id: null };
  throw forbidden('Valuation rule sets are not available to your role');
}

/** Only platform administrators add rule set versions. */
export function assertCanManageRuleSets(user: SessionUser): void {
  if (user.role !== 'admin') throw forbidden('Only an administrator manages valuation rule sets');
}
