import type { SessionUser } from '../http/session-user';
import type { TCandidate, TUpdateCandidate } from '../contract';
import { dutchToday } from '../contracts/today';
import { publish } from '../events/domain-events';
import { geocodeAddress } from '../geo/geocode-address';
import { definedOnly, findVisibleCandidate, nameFields, saveCandidateChange } from './candidate-records';
import { assertResponsibleConsultant } from './candidates.policy';
import { revealCandidateDetail } from './candidates.presenter';

/** A consultant changes a profile; only the fields sent change, and a stale version changes nothing. */
export async function updateCandidate(
  user: SessionUser,
  id: string,
  input: TUpdateCandidate,
): Promise<TCandidate> {
  const current = await findVisibleCandidate(user, id);
  const { version, address, consultantId, status, firstName, lastName, ...profile } = input;
  const set: Record<string, unknown> = definedOnly(profile);
  if (firstName !== undefined || lastName !== undefined) {
    Object.assign(set, nameFields(firstName ?? current.firstName ?? '', lastName ?? current.lastName ?? ''));
  }
  if (consultantId !== undefined) {
    await assertResponsibleConsultant(consultantId, String(current.servicePointId));
    set.consultantId = consultantId;
  }
  if (address !== undefined) {
    const geocoded = await geocodeAddress(address, 'body.address.postcode');
    set.address = geocoded;
    set.municipalityCode = geocoded.municipalityCode;
  }
  if (status !== undefined && status !== current.status) {
    set.status = status;
    // Back in the pool (e.g. a job ended early): a new search starts, and waiting time counts from now.
    if (status === 'active') set.waitingSince = dutchToday();
  }
  const updated = await saveCandidateChange(current, version, { $set: set });
  await publish('candidate.updated', { candidateId: String(updated._id), fields: Object.keys(set) });
  return revealCandidateDetail(user, updated);
}
