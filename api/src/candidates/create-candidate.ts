import type { SessionUser } from '../http/session-user';
import type { TCandidate, TCreateCandidate } from '../contract';
import { dutchToday } from '../contracts/today';
import { geocodeAddress } from '../geo/geocode-address';
import { nameFields } from './candidate-records';
import { CandidateModel, type CandidateDoc } from './candidates.model';
import { assertResponsibleConsultant, regionForNewCandidate } from './candidates.policy';
import { revealCandidateDetail } from './candidates.presenter';

/** A consultant registers a job seeker in their region; the search for work starts today. */
export async function createCandidate(user: SessionUser, input: TCreateCandidate): Promise<TCandidate> {
  const regionId = regionForNewCandidate(user);
  const { address: addressInput, consultantId = user.id, firstName, lastName, ...profile } = input;
  await assertResponsibleConsultant(consultantId, user.organisationId);
  const address = await geocodeAddress(addressInput, 'body.address.postcode');
  const created = await CandidateModel.create({
    ...profile,
    ...nameFields(firstName, lastName),
    address,
    municipalityCode: address.municipalityCode,
    regionId,
    servicePointId: user.organisationId,
    consultantId,
    status: 'active',
    waitingSince: dutchToday(),
  });
  return revealCandidateDetail(user, created.toObject() as CandidateDoc);
}
