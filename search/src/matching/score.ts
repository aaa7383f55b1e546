import { travelKm } from './constraints';
import type { FactorCode, MatchCandidate, MatchPlace, Reason, ScoredMatch } from './types';
import { DEFAULT_WEIGHTS, WAITING_FULL_AT_MONTHS, type MatchWeights } from './weights';

const DAYS_PER_MONTH = 30.44;
const round1 = (n: number) => Math.round(n * 10) / 10;
/** Whether the list holds the value, ignoring case; the lists are short, so no Set per call (this runs for every candidate scored). */
function includesIgnoringCase(list: string[], value: string): boolean {
  const wanted = value.toLowerCase();
  for (const item of list) if (item.toLowerCase() === wanted) return true;
  return false;
}

/** Each factor as a fraction 0–1 of its weight, with what it was based on. */
type Factor = (
  c: MatchCandidate,
  p: MatchPlace,
) => { value: number; params: Record<string, string | number> };

export const skillsFactor: Factor = (c, p) => {
  const required = p.requiredSkills.filter((s) => includesIgnoringCase(c.skills, s));
  const desirable = p.desirableSkills.filter((s) => includesIgnoringCase(c.skills, s));
  // Required skills weigh 80 %, desirable 20 %; a place without a list counts that part as met.
  const req = p.requiredSkills.length ? required.length / p.requiredSkills.length : 1;
  const des = p.desirableSkills.length ? desirable.length / p.desirableSkills.length : 1;
  return {
    value: 0.8 * req + 0.2 * des,
    params: {
      matchedRequired: required.length,
      required: p.requiredSkills.length,
      matchedDesirable: desirable.length,
      desirable: p.desirableSkills.length,
      skills: [...required, ...desirable].join(', '),
    },
  };
};

/** Same ISCO-08 unit group (4 digits) is full; same minor group (3) 60 %; same sub-major group (2) 30 %. */
export const occupationFactor: Factor = (c, p) => {
  const isco = p.iscoCode;
  if (!isco) return { value: 0, params: { level: 'none', isco: '' } };
  const sharedDigits = (code: string) =>
    code === isco ? 4 : ([3, 2].find((n) => code.slice(0, n) === isco.slice(0, n)) ?? 0);
  const best = Math.max(0, ...c.occupations.map(sharedDigits));
  const value = best === 4 ? 1 : best === 3 ? 0.6 : best === 2 ? 0.3 : 0;
  const level =
    best === 4
      ? 'same_occupation'
      : best === 3
        ? 'related_occupation'
        : best === 2
          ? 'related_field'
          : 'none';
  return { value, params: { level, isco } };
};

export const distanceFactor: Factor = (c, p) => {
  const km = travelKm(c, p);
  const reach = Math.max(c.travel.maxKm, 0.1);
  return {
    value: Math.max(0, 1 - km / reach),
    params: { km: round1(km), maxKm: c.travel.maxKm, mode: c.travel.mode },
  };
};

/** The share of the place's hour range that the candidate's wish covers. */
export const hoursFactor: Factor = (c, p) => {
  const overlap = Math.min(c.hours.max, p.hours.max) - Math.max(c.hours.min, p.hours.min);
  const span = Math.max(1, p.hours.max - p.hours.min);
  const value = overlap < 0 ? 0 : p.hours.max === p.hours.min ? 1 : Math.min(1, Math.max(overlap, 1) / span);
  return {
    value,
    params: { wanted: `${c.hours.min}–${c.hours.max}`, offered: `${p.hours.min}–${p.hours.max}` },
  };
};

export const preferencesFactor: Factor = (c, p) => {
  const sector = !!p.sector && includesIgnoringCase(c.preferredSectors, p.sector);
  const kind = includesIgnoringCase(c.preferredPlaceKinds, p.kind);
  return {
    value: (sector ? 0.5 : 0) + (kind ? 0.5 : 0),
    params: { sector: sector ? 1 : 0, kind: kind ? 1 : 0 },
  };
};

/** Fairness: the longer someone has waited, the higher at equal fit; re-placement priority counts as full. */
export const waitingFactor =
  (today: number): Factor =>
  (c) => {
    const months = Math.max(0, (today - c.waitingSinceDay) / DAYS_PER_MONTH);
    const value = c.priorityReplacement ? 1 : Math.min(1, months / WAITING_FULL_AT_MONTHS);
    return { value, params: { months: Math.floor(months), priority: c.priorityReplacement ? 1 : 0 } };
  };

/** Support the candidate needs that the place offers; no needs means nothing is missing. */
export const supportFactor: Factor = (c, p) => {
  if (!c.supportNeeds.length) return { value: 1, params: { covered: 0, needed: 0 } };
  const covered = c.supportNeeds.filter((n) => includesIgnoringCase(p.supportOffered, n)).length;
  return { value: covered / c.supportNeeds.length, params: { covered, needed: c.supportNeeds.length } };
};

export const targetGroupFactor: Factor = (c, p) => {
  const matched = p.preferredTargetGroups.filter((g) => includesIgnoringCase(c.targetGroups, g));
  return { value: matched.length ? 1 : 0, params: { matched: matched.length } };
};

/** Scores a pair that passed the hard constraints: every factor's points, and their sum (0–100 with default weights). */
export function scoreMatch(
  candidate: MatchCandidate,
  place: MatchPlace,
  today: number,
  weights: MatchWeights = DEFAULT_WEIGHTS,
): ScoredMatch {
  const factors: Array<[FactorCode, Factor]> = [
    ['skills', skillsFactor],
    ['occupation', occupationFactor],
    ['distance', distanceFactor],
    ['hours', hoursFactor],
    ['preferences', preferencesFactor],
    ['waiting', waitingFactor(today)],
    ['support', supportFactor],
    ['target_group', targetGroupFactor],
  ];
  const reasons: Reason[] = factors.map(([code, factor]) => {
    const { value, params } = factor(candidate, place);
    return { factor: code, points: round1(value * weights[code]), maxPoints: weights[code], params };
  });
  return {
    score: round1(reasons.reduce((sum, r) => sum + r.points, 0)),
    reasons,
    distanceKm: round1(travelKm(candidate, place)),
  };
}

/** Ranks scored matches: higher score first; at equal score the longer waiting candidate first. */
export function compareMatches(
  a: ScoredMatch & { waitingSinceDay: number },
  b: ScoredMatch & { waitingSinceDay: number },
) {
  return b.score - a.score || a.waitingSinceDay - b.waitingSinceDay;
}
