import type { Types } from 'mongoose';
import type { TNotificationKind } from '../contract';
import { notifyUser } from '../notifications/notifications.service';
import { RegionModel } from '../organisations/regions.model';
import { UserModel } from '../users/users.model';
import { ContractModel } from './contracts.model';

/**
 * The users who follow a contract: the contractor's and the awarding municipality's users, and the
 * consultants of the region's service point. Each is notified in their own room.
 */
export async function notifyContractParties(
  contractId: Types.ObjectId,
  kind: TNotificationKind,
  params: Record<string, string>,
): Promise<number> {
  const contract = await ContractModel.findById(contractId)
    .select({ contractorId: 1, municipalityId: 1, regionId: 1 })
    .lean();
  if (!contract) return 0;
  const region = contract.regionId
    ? await RegionModel.findById(contract.regionId).select({ servicePointId: 1 }).lean()
    : null;
  const organisationIds = [contract.contractorId, contract.municipalityId, region?.servicePointId].filter(
    (id): id is Types.ObjectId => Boolean(id),
  );
  const users = await UserModel.find({
    organisationId: { $in: organisationIds },
    role: { $in: ['consultant', 'contractor', 'municipality'] },
    status: 'active',
  })
    .select({ _id: 1 })
    .lean();
  for (const user of users)
    await notifyUser(String(user._id), { kind, params, link: `/opdrachten/${String(contractId)}` });
  return users.length;
}
