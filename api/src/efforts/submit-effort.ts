import type { SessionUser } from '../http/session-user';
import type { TEffort, TSubmitEffort } from '../contract';
import { EffortModel, type EffortDoc } from './efforts.model';
import { checkedEffortFields, creditableContract } from './effort-records';
import { notifyEffortParties } from './notify-effort';
import { presentEffort } from './efforts.presenter';

/**
 * A contractor (or a consultant on its behalf) registers an effort for one of its contracts. It
 * counts only once a consultant accepts it; the region's consultants are told it waits for them.
 */
export async function submitEffort(user: SessionUser, input: TSubmitEffort): Promise<TEffort> {
  const contract = await creditableContract(user, input.contractId);
  const fields = await checkedEffortFields(input, contract);
  const created = await EffortModel.create({
    ...fields,
    contractId: contract._id,
    contractorId: contract.contractorId,
    municipalityId: contract.municipalityId,
    regionId: contract.regionId ?? null,
    status: 'submitted',
    submittedBy: { byId: user.id, byName: user.name },
    submittedAt: new Date(),
  });
  const effort = created.toObject() as EffortDoc;
  await notifyEffortParties(effort, user, 'effort_submitted');
  return presentEffort(effort, user);
}
