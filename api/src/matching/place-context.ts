import type { SearchDocument } from '@kansplek/search';
import { ContractModel } from '../contracts/contracts.model';
import { findByIds } from '../database/find-by-id';
import { flaggedContractorIds } from '../organisations/organisations.presenter';
import type { PlaceContext } from './match-documents';

/**
 * What matching needs about places beyond the places index, for a batch of place documents: the
 * preferred target groups of the contract each counts for, and whether a displacement flag on its
 * contractor still waits for a consultant's confirmation. Both change outside the place, so they are
 * read fresh here rather than copied into the index.
 */
export async function loadPlaceContexts(places: SearchDocument[]): Promise<Map<string, PlaceContext>> {
  const contractIds = places.map((p) => String(p.contractId ?? '')).filter(Boolean);
  const [contracts, flagged] = await Promise.all([
    findByIds(ContractModel, contractIds),
    flaggedContractorIds(places.map((p) => String(p.contractorId))),
  ]);
  const groupsOf = new Map(contracts.map((c) => [String(c._id), c.preferredTargetGroups.map(String)]));
  return new Map(
    places.map((p) => [
      p.id,
      {
        preferredTargetGroups: groupsOf.get(String(p.contractId ?? '')) ?? [],
        displacementUnconfirmed: flagged.has(String(p.contractorId)) && p.displacementConfirmed !== true,
      },
    ]),
  );
}
