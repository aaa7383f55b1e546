import type { GeoPoint } from '../engine';

export type TravelMode = 'walk' | 'bike' | 'public_transport' | 'car';
export type LanguageLevel = 'A1' | 'A2' | 'B1' | 'B2' | 'C1' | 'C2';

/** What matching needs to know about a candidate (from the candidates index or MongoDB). */
export interface MatchCandidate {
  id: string;
  location: GeoPoint;
  travel: { maxKm: number; mode: TravelMode };
  hours: { min: number; max: number };
  /** Epoch day (days since 1970-01-01) from which the candidate can start. */
  availableFromDay: number;
  /** Epoch day the current search started. */
  waitingSinceDay: number;
  drivingLicence: boolean;
  dutchLevel: LanguageLevel | null;
  educationRank: number;
  skills: string[];
  /** ISCO-08 codes of occupations and work experience. */
  occupations: string[];
  preferredSectors: string[];
  preferredPlaceKinds: string[];
  supportNeeds: string[];
  targetGroups: string[];
  consentMatching: boolean;
  status: 'active' | 'in_process' | 'placed' | 'inactive';
  inTrialOrEmployed: boolean;
  /** Returned to the pool after employment ended early: ranks first at equal fit. */
  priorityReplacement: boolean;
}

/** What matching needs to know about a place. */
export interface MatchPlace {
  id: string;
  location: GeoPoint;
  hours: { min: number; max: number };
  startDay: number;
  requiresDrivingLicence: boolean;
  minDutchLevel: LanguageLevel | null;
  minEducationRank: number | null;
  requiredSkills: string[];
  desirableSkills: string[];
  iscoCode: string | null;
  sector: string | null;
  kind: string;
  supportOffered: string[];
  /** From the contract the place counts for. */
  preferredTargetGroups: string[];
  /** The contractor carries a displacement flag and no consultant confirmed this place as additional. */
  displacementUnconfirmed: boolean;
}

export type ConstraintCode =
  | 'no_consent'
  | 'not_available_status'
  | 'in_trial_or_employed'
  | 'available_too_late'
  | 'hours_do_not_overlap'
  | 'out_of_travel_reach'
  | 'driving_licence_required'
  | 'dutch_level_too_low'
  | 'education_too_low'
  | 'displacement_unconfirmed';

export type FactorCode =
  'skills' | 'occupation' | 'distance' | 'hours' | 'preferences' | 'waiting' | 'support' | 'target_group';

/** One factor's contribution to a score, in numbers and with what it was based on (rendered in words by the client). */
export interface Reason {
  factor: FactorCode;
  points: number;
  maxPoints: number;
  params: Record<string, string | number>;
}

export interface ScoredMatch {
  score: number;
  reasons: Reason[];
  distanceKm: number;
}
