import { CANDIDATES_INDEX, epochDay, type SearchDocument } from '@kansplek/search';
import { EDUCATION_LEVELS, LANGUAGE_LEVELS } from '../contract';
import type { SessionUser } from '../http/session-user';
import { mongoSyncSource } from '../search-sync/mongo-sync-source';
import { findVisibleCandidate } from './candidate-records';
import { CandidateModel, type CandidateDoc } from './candidates.model';

export const languageRank = (level: string | null | undefined) =>
  level ? LANGUAGE_LEVELS.indexOf(level as (typeof LANGUAGE_LEVELS)[number]) + 1 : 0;
export const educationRank = (level: string | null | undefined) =>
  level ? EDUCATION_LEVELS.indexOf(level as (typeof EDUCATION_LEVELS)[number]) : 0;

/** The candidate as the candidates index holds it; erased profiles leave the index. */
export function toCandidateDocument(c: CandidateDoc): SearchDocument | null {
  if (c.erasedAt || !c.address) return null;
  const occupationCodes = [
    ...c.occupations.map((o) => o.iscoCode),
    ...c.workExperience.map((w) => w.iscoCode),
  ];
  return {
    id: String(c._id),
    regionId: String(c.regionId),
    fullName: c.fullName ?? '',
    sortName: c.sortName ?? '',
    skills: c.skills,
    occupationLabels: c.occupations.map((o) => o.label ?? ''),
    occupations: [...new Set(occupationCodes.filter((code): code is string => !!code))],
    status: c.status,
    municipalityCode: c.municipalityCode ?? '',
    consultantId: c.consultantId ? String(c.consultantId) : '',
    availableFromDay: c.availableFrom ? epochDay(c.availableFrom) : 0,
    waitingSinceDay: epochDay(c.waitingSince),
    hoursMin: c.hoursWanted?.min ?? 0,
    hoursMax: c.hoursWanted?.max ?? 0,
    drivingLicence: !!c.drivingLicence,
    dutchLevelRank: languageRank(c.dutchLevel),
    educationRank: educationRank(c.educationLevel),
    targetGroups: c.targetGroups,
    supportNeeds: c.supportNeeds,
    preferredSectors: c.preferredSectors,
    preferredPlaceKinds: c.preferredPlaceKinds,
    travelMode: c.travel?.mode ?? 'bike',
    travelMaxKm: c.travel?.maxKm ?? 0,
    consentMatching: !!c.consent?.matching?.given,
    inTrialOrEmployed: c.status === 'placed',
    priorityReplacement: c.priorityReplacement === true,
    _geo: { lat: c.address.location.lat ?? 0, lng: c.address.location.lng ?? 0 },
  };
}

/**
 * One of the consultant's candidates as the candidates index holds it (what matching and distances
 * need), made from MongoDB; outside the consultant's scope it does not exist (404).
 */
export async function findVisibleCandidateDocument(
  user: SessionUser,
  id: string,
): Promise<SearchDocument | null> {
  return toCandidateDocument(await findVisibleCandidate(user, id));
}

export const candidatesSyncSource = () =>
  mongoSyncSource(CandidateModel, CANDIDATES_INDEX, async (records) => records.map(toCandidateDocument));
