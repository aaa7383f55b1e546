import { dutchToday } from '../../contracts/today';
import {
  epochDay,
  fromEpochDay,
  type MatchCandidate,
  type MatchPlace,
  type SearchDocument,
} from '@kansplek/search';

/**
 * The matching model of a candidate, read from the candidates index document (see
 * candidates.search.ts): the index holds exactly what matching needs, so proposals never load
 * candidates from MongoDB.
 */
export function matchCandidateFromDocument(d: SearchDocument): MatchCandidate {
  const geo = d._geo ?? { lat: 0, lng: 0 };
  return {
    id: d.id,
    location: geo,
    travel: {
      maxKm: Number(d.travelMaxKm ?? 0),
      mode: (d.travelMode as MatchCandidate['travel']['mode']) ?? 'bike',
    },
    hours: { min: Number(d.hoursMin ?? 0), max: Number(d.hoursMax ?? 0) },
    availableFromDay: Number(d.availableFromDay ?? 0),
    waitingSinceDay: Number(d.waitingSinceDay ?? 0),
    drivingLicence: d.drivingLicence === true,
    dutchLevel: rankToLevel(Number(d.dutchLevelRank ?? 0)),
    educationRank: Number(d.educationRank ?? 0),
    skills: strings(d.skills),
    occupations: strings(d.occupations),
    preferredSectors: strings(d.preferredSectors),
    preferredPlaceKinds: strings(d.preferredPlaceKinds),
    supportNeeds: strings(d.supportNeeds),
    targetGroups: strings(d.targetGroups),
    consentMatching: d.consentMatching === true,
    status: (d.status as MatchCandidate['status']) ?? 'inactive',
    inTrialOrEmployed: d.inTrialOrEmployed === true,
    priorityReplacement: d.priorityReplacement === true,
  };
}

/**
 * The matching model of a place, from its places index document (see places.search.ts), which also
 * carries what matching needs from outside the place: the contract's preferred target groups, and
 * whether the contractor's displacement flag still waits for a consultant's confirmation.
 */
export function matchPlaceFromDocument(d: SearchDocument): MatchPlace {
  return {
    id: d.id,
    location: d._geo ?? { lat: 0, lng: 0 },
    hours: { min: Number(d.hoursMin ?? 0), max: Number(d.hoursMax ?? 0) },
    // A place without a start date can start at once.
    startDay: Number(d.startDay ?? 0) || epochDay(dutchToday()),
    requiresDrivingLicence: d.requiresDrivingLicence === true,
    minDutchLevel: rankToLevel(Number(d.minDutchLevelRank ?? 0)),
    minEducationRank: Number(d.minEducationRank ?? 0) || null,
    requiredSkills: strings(d.requiredSkills),
    desirableSkills: strings(d.desirableSkills),
    iscoCode: d.iscoCode ? String(d.iscoCode) : null,
    sector: d.sector ? String(d.sector) : null,
    kind: String(d.kind ?? ''),
    supportOffered: strings(d.support),
    preferredTargetGroups: strings(d.preferredTargetGroups),
    displacementUnconfirmed: d.contractorDisplacementFlagged === true && d.displacementConfirmed !== true,
  };
}

export const waitingSinceDate = (d: SearchDocument) => fromEpochDay(Number(d.waitingSinceDay ?? 0));

const LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
const rankToLevel = (rank: number) => (rank >= 1 && rank <= 6 ? LEVELS[rank - 1]! : null);
/** A list field of an index document; already strings in practice, so usually the same array, not a copy. */
const strings = (value: unknown): string[] =>
  Array.isArray(value) ? (value.every((v) => typeof v === 'string') ? value : value.map(String)) : [];
