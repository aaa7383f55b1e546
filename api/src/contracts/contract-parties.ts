import type { Types } from 'mongoose';
import type { SessionUser } from '../http/session-user';
import type { TFieldIssue } from '../contract';
import { AppError, conflict } from '../http/app-error';
import { OrganisationModel } from '../organisations/organisations.model';
import { regionOfMunicipality } from '../organisations/region-scope';
import { ContractModel } from './contracts.model';

/**
 * Checks who a contract is between: the awarding municipality must be a municipality in the
 * consultant's own region, the contractor a registered contractor. Every problem is reported at once
 * (422, naming each field). Returns the region the contract belongs to: the municipality's.
 */
export async function resolveContractParties(
  user: SessionUser,
  parties: { municipalityId: string; contractorId: string },
): Promise<Types.ObjectId> {
  const issues: TFieldIssue[] = [];
  const [municipality, contractor, region] = await Promise.all([
    OrganisationModel.exists({ _id: parties.municipalityId, kind: 'municipality' }),
    OrganisationModel.exists({ _id: parties.contractorId, kind: 'contractor' }),
    regionOfMunicipality(parties.municipalityId),
  ]);
  if (!municipality) {
    issues.push({
      path: 'body.municipalityId',
      code: 'invalid_reference',
      message: 'The awarding organisation must be a registered municipality',
    });
  } else if (!region || !user.regionId || String(region._id) !== user.regionId) {
    issues.push({
      path: 'body.municipalityId',
      code: 'outside_region',
      message: 'The awarding municipality must belong to your region',
    });
  }
  if (!contractor) {
    issues.push({
      path: 'body.contractorId',
      code: 'invalid_reference',
      message: 'The contractor must be a registered contractor',
    });
  }
  if (issues.length || !region) {
    throw new AppError(422, 'unprocessable', issues[0]?.message ?? 'Invalid parties', { issues });
  }
  return region._id;
}

/** A municipality's contract references are unique: the reference is how it files the contract. */
export async function assertReferenceFree(
  municipalityId: string,
  reference: string,
  exceptContractId?: string,
): Promise<void> {
  const taken = await ContractModel.exists({
    municipalityId,
    reference,
    ...(exceptContractId ? { _id: { $ne: exceptContractId } } : {}),
  });
  if (taken) {
    throw conflict('This municipality already has a contract with this reference', { fields: ['reference'] });
  }
}
