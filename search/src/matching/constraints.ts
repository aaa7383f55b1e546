import { distanceKm } from '../geo';
import type { ConstraintCode, LanguageLevel, MatchCandidate, MatchPlace } from './types';
import { DETOUR_FACTOR } from './weights';

const LEVELS: LanguageLevel[] = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'];
export const languageRank = (level: LanguageLevel | null): number => (level ? LEVELS.indexOf(level) + 1 : 0);

/** Travelled distance estimated from the straight line and the candidate's travel mode. */
export function travelKm(candidate: MatchCandidate, place: MatchPlace): number {
  return distanceKm(candidate.location, place.location) * (DETOUR_FACTOR[candidate.travel.mode] ?? 1.3);
}

/** Every hard constraint the pair fails; empty means the candidate may be proposed for the place. */
export function failedConstraints(candidate: MatchCandidate, place: MatchPlace): ConstraintCode[] {
  const failed: ConstraintCode[] = [];
  if (!candidate.consentMatching) failed.push('no_consent');
  if (candidate.status !== 'active' && candidate.status !== 'in_process') failed.push('not_available_status');
  if (candidate.inTrialOrEmployed) failed.push('in_trial_or_employed');
  if (candidate.availableFromDay > place.startDay) failed.push('available_too_late');
  if (candidate.hours.max < place.hours.min || candidate.hours.min > place.hours.max)
    failed.push('hours_do_not_overlap');
  if (travelKm(candidate, place) > candidate.travel.maxKm) failed.push('out_of_travel_reach');
  if (place.requiresDrivingLicence && !candidate.drivingLicence) failed.push('driving_licence_required');
  if (place.minDutchLevel && languageRank(candidate.dutchLevel) < languageRank(place.minDutchLevel)) {
    failed.push('dutch_level_too_low');
  }
  if (place.minEducationRank !== null && candidate.educationRank < place.minEducationRank)
    failed.push('education_too_low');
  if (place.displacementUnconfirmed) failed.push('displacement_unconfirmed');
  return failed;
}
