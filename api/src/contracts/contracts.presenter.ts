import type { SessionUser } from '../http/session-user';
import { basisPointsToPercentage, type TContract } from '../contract';
import { loadOrganisationSummaries, UNKNOWN_ORGANISATION } from '../organisations/organisations.presenter';
import { allowedContractActions } from './contract-status';
import type { ContractDoc } from './contracts.model';
import { canManageContracts } from './contracts.policy';

/**
 * Contracts as they leave the server. Contracts hold no personal data, so every role that may see one
 * sees all of its fields; only the actions differ (read-only roles get none).
 */
export async function presentContracts(
  contracts: ContractDoc[],
  user: SessionUser,
  today: string,
): Promise<TContract[]> {
  const orgs = await loadOrganisationSummaries(contracts.flatMap((c) => [c.municipalityId, c.contractorId]));
  const summary = (id: unknown) => orgs.get(String(id)) ?? UNKNOWN_ORGANISATION;
  const manages = canManageContracts(user);
  return contracts.map((contract) => ({
    id: String(contract._id),
    municipality: summary(contract.municipalityId),
    contractor: summary(contract.contractorId),
    title: contract.title,
    reference: contract.reference,
    valueCents: contract.valueCents,
    sroiPercentage: basisPointsToPercentage(contract.sroiBasisPoints),
    obligationCents: contract.obligationCents,
    startDate: contract.startDate,
    endDate: contract.endDate,
    realisationDeadline: contract.realisationDeadline,
    labourIntensive: contract.labourIntensive ?? false,
    preferredTargetGroups: contract.preferredTargetGroups ?? [],
    status: contract.status,
    statusChangedAt: contract.statusChangedAt ? contract.statusChangedAt.toISOString() : null,
    allowedActions: manages ? allowedContractActions(contract, today) : [],
    version: contract.version ?? 0,
    createdAt: contract.createdAt.toISOString(),
    updatedAt: contract.updatedAt.toISOString(),
  }));
}

export async function presentContract(contract: ContractDoc, user: SessionUser, today: string) {
  const [presented] = await presentContracts([contract], user, today);
  return presented!;
}
