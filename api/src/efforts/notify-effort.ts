import type { SessionUser } from '../http/session-user';
import type { TNotificationKind } from '../contract';
import { ContractModel } from '../contracts/contracts.model';
import { notifyUser } from '../notifications/notifications.service';
import { OrganisationModel } from '../organisations/organisations.model';
import { RegionModel } from '../organisations/regions.model';
import { UserModel } from '../users/users.model';
import type { EffortDoc } from './efforts.model';

/**
 * A submitted effort goes to the consultants of the contract's region; a decision goes to the
 * contractor's users. Never to the user who acted.
 */
export async function notifyEffortParties(
  effort: EffortDoc,
  actor: SessionUser,
  kind: Extract<TNotificationKind, 'effort_submitted' | 'effort_accepted' | 'effort_rejected'>,
): Promise<void> {
  const region =
    kind === 'effort_submitted' && effort.regionId
      ? await RegionModel.findById(effort.regionId).select({ servicePointId: 1 }).lean()
      : null;
  const recipients =
    kind === 'effort_submitted'
      ? { organisationId: region?.servicePointId ?? null, role: 'consultant' as const }
      : { organisationId: effort.contractorId, role: 'contractor' as const };
  if (!recipients.organisationId) return;
  const users = await UserModel.find({ ...recipients, status: 'active', _id: { $ne: actor.id } })
    .select({ _id: 1 })
    .lean();
  const contract = await ContractModel.findById(effort.contractId).select({ title: 1 }).lean();
  const contractor = await OrganisationModel.findById(effort.contractorId).select({ name: 1 }).lean();
  const params = {
    contract: contract?.title ?? '',
    contractor: contractor?.name ?? '',
    description: effort.description,
    reason: effort.decision?.note ?? '',
  };
  for (const user of users) {
    await notifyUser(String(user._id), { kind, params, link: `/inspanningen/${String(effort._id)}` });
  }
}
