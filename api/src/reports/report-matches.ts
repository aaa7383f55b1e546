import type { SessionUser } from '../http/session-user';
import { ContractModel } from '../contracts/contracts.model';
import { PlaceModel } from '../places/places.model';
import type { ReportScope } from './report-scope';

/**
 * Which matches a report covers: a region's (consultants, admins) or a contractor's, or those at the
 * places of a municipality's contracts; optionally only matches begun between `from` and `to`.
 */
export async function reportMatchFilter(
  user: SessionUser,
  access: ReportScope,
  period: { from?: string; to?: string },
): Promise<Record<string, unknown>> {
  const filter: Record<string, unknown> = {};
  if (user.role === 'consultant' || user.role === 'admin') filter.regionId = user.regionId;
  if (access.scope.kind === 'contractor') filter.contractorId = access.scope.id;
  // A municipality's matches: those at places that count for the contracts it awarded.
  if (access.scope.kind === 'municipality' || user.role === 'municipality') {
    const contracts = await ContractModel.find(access.contractFilter).select({ _id: 1 }).lean();
    const places = await PlaceModel.find({ contractId: { $in: contracts.map((c) => c._id) } })
      .select({ _id: 1 })
      .lean();
    filter.placeId = { $in: places.map((p) => p._id) };
  }
  if (period.from || period.to) {
    filter.createdAt = {
      ...(period.from ? { $gte: new Date(`${period.from}T00:00:00Z`) } : {}),
      ...(period.to ? { $lt: new Date(Date.parse(`${period.to}T00:00:00Z`) + 86_400_000) } : {}),
    };
  }
  return filter;
}
