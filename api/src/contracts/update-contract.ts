import {
  contractDateIssues,
  percentageToBasisPoints,
  type TContract,
  type TContractStatus,
  type TUpdateContract,
} from '../contract';
import { updateDocument } from '../database/document-lock';
import { AppError, staleVersion } from '../http/app-error';
import type { SessionUser } from '../http/session-user';
import { writeWithIndexedCopies } from '../search-sync/indexed-copies';
import { assertReferenceFree, resolveContractParties } from './contract-parties';
import { ContractModel, type ContractDoc } from './contracts.model';
import { presentContract } from './contracts.presenter';
import { findVisibleContract } from './get-contract';
import { computeObligationCents } from './obligation';
import { dutchToday } from './today';

/** Contracts can be corrected while they run; once settled (fulfilled, overdue, closed) they are a record. */
const EDITABLE_STATUSES: readonly TContractStatus[] = ['draft', 'active'];

export async function updateContract(
  user: SessionUser,
  id: string,
  input: TUpdateContract,
): Promise<TContract> {
  const current = await findVisibleContract(user, id);
  if (!EDITABLE_STATUSES.includes(current.status)) {
    throw new AppError(422, 'unprocessable', `A ${current.status} contract can no longer be changed`, {
      status: current.status,
      editableStatuses: EDITABLE_STATUSES,
    });
  }
  const { version, sroiPercentage, ...changes } = input;
  const merged = {
    municipalityId: String(current.municipalityId),
    contractorId: String(current.contractorId),
    reference: current.reference,
    valueCents: current.valueCents,
    sroiBasisPoints:
      sroiPercentage === undefined ? current.sroiBasisPoints : percentageToBasisPoints(sroiPercentage),
    startDate: current.startDate,
    endDate: current.endDate,
    realisationDeadline: current.realisationDeadline,
    ...changes,
  };
  // Dates given alone are checked against the stored ones.
  const dateIssues = contractDateIssues(merged);
  if (dateIssues.length) {
    throw new AppError(400, 'validation_failed', 'The request is not valid', {
      issues: dateIssues.map((i) => ({ path: `body.${i.field}`, code: 'custom', message: i.message })),
    });
  }
  const set: Record<string, unknown> = {
    ...changes,
    sroiBasisPoints: merged.sroiBasisPoints,
    obligationCents: computeObligationCents(merged.valueCents, merged.sroiBasisPoints),
  };
  if (changes.municipalityId || changes.contractorId)
    set.regionId = await resolveContractParties(user, merged);
  if (changes.municipalityId || changes.reference)
    await assertReferenceFree(merged.municipalityId, merged.reference, id);

  // The status in the filter keeps a transition that happened meanwhile from being overwritten.
  const write = async () =>
    (await updateDocument(
      ContractModel,
      { _id: id, version, status: current.status },
      { $set: set, $inc: { version: 1 } },
    )) as ContractDoc | null;
  // Matching reads the preferred target groups from the contract's places in the places index.
  const updated = await writeWithIndexedCopies('contract', id, Object.keys(changes), write);
  if (!updated) {
    const latest = await ContractModel.findById(id).select({ version: 1 }).lean();
    throw staleVersion(latest?.version ?? current.version ?? 0);
  }
  return presentContract(updated, user, dutchToday());
}
