import type { Types } from 'mongoose';
import type { TAddress, TAddressInput } from '../contract';
import { ContractModel } from '../contracts/contracts.model';
import { geocodeAddress } from '../geo/geocode-address';
import { AppError } from '../http/app-error';
import { OrganisationModel, type OrganisationDoc } from '../organisations/organisations.model';
import { regionOfMunicipality } from '../organisations/region-scope';

/** The work location with coordinates; an unknown postcode is a 422 naming `body.location.postcode`. */
export function geocodeWorkLocation(input: TAddressInput): Promise<TAddress> {
  return geocodeAddress(input, 'body.location.postcode');
}

/**
 * The region whose candidates see the place: the region of the municipality the work location lies
 * in; without a location (or outside every region), the contractor's first region.
 */
export async function regionForPlace(
  location: TAddress | null,
  contractor: Pick<OrganisationDoc, 'regionIds'>,
): Promise<Types.ObjectId | null> {
  if (location?.municipalityCode) {
    const municipality = await OrganisationModel.findOne({
      kind: 'municipality',
      municipalityCode: location.municipalityCode,
    })
      .select({ _id: 1 })
      .lean();
    const region = municipality ? await regionOfMunicipality(String(municipality._id)) : null;
    if (region) return region._id;
  }
  return contractor.regionIds?.[0] ?? null;
}

function invalidContract(message: string, code: string) {
  return new AppError(422, 'unprocessable', message, {
    issues: [{ path: 'body.contractId', code, message }],
  });
}

/** A place counts only for an active contract of its own contractor. */
export async function assertLinkableContract(contractId: string, contractorId: string): Promise<void> {
  const contract = await ContractModel.findById(contractId).select({ contractorId: 1, status: 1 }).lean();
  if (!contract || String(contract.contractorId) !== contractorId)
    throw invalidContract('The contract is not one of this contractor’s contracts', 'invalid_reference');
  if (contract.status !== 'active')
    throw invalidContract('Only an active contract can count for a place', 'contract_not_active');
}
