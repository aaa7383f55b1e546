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

/**
 * A factor of the score. Its value is all that ranking needs; its params (what the value was based on)
 * are made only for the matches shown, since a proposal ranks a thousand candidates to show ten.
 */
interface Factor {
  /** The factor as a fraction 0–1 of its weight. */
  value(c: MatchCandidate, p: MatchPlace, today: number): number;
  /** What the value was based on, shown with the reason. */
  params(c: MatchCandidate, p: MatchPlace, today: number): Record<string, string | number>;
}

const matchedSkills = (c: MatchCandidate, p: MatchPlace) => ({
  required: p.requiredSkills.filter((s) => includesIgnoringCase(c.skills, s)),
  desirable: p.desirableSkills.filter((s) => includesIgnoringCase(c.skills, s)),
});

export const skillsFactor: Factor = {
  value: (c, p) => {
    const { required, desirable } = matchedSkills(c, p);
    // Required skills weigh 80 %, desirable 20 %; a place without a list counts that part as met.
    const req = p.requiredSkills.length ? required.length / p.requiredSkills.length : 1;
    const des = p.desirableSkills.length ? desirable.length / p.desirableSkills.length : 1;
    return 0.8 * req + 0.2 * des;
  },
  params: (c, p) => {
    const { required, desirable } = matchedSkills(c, p);
    return {
      matchedRequired: required.length,
      required: p.requiredSkills.length,
      matchedDesirable: desirable.length,
      desirable: p.desirableSkills.length,
      skills: [...required, ...desirable].join(', '),
    };
  },
};

/** The ISCO-08 digits the candidate's closest occupation shares with the place's: 4, 3, 2 or 0. */
function sharedIscoDigits(c: MatchCandidate, isco: string): number {
  let best = 0;
  for (const code of c.occupations) {
    const shared =
      code === isco
        ? 4
        : code.slice(0, 3) === isco.slice(0, 3)
          ? 3
          : code.slice(0, 2) === isco.slice(0, 2)
            ? 2
            : 0;
    best = Math.max(best, shared);
  }
  return best;
}
const OCCUPATION_LEVELS: Record<number, { value: number; level: string }> = {
  4: { value: 1, level: 'same_occupation' },
  3: { value: 0.6, level: 'related_occupation' },
  2: { value: 0.3, level: 'related_field' },
  0: { value: 0, level: 'none' },
};

/** Same ISCO-08 unit group (4 digits) is full; same minor group (3) 60 %; same sub-major group (2) 30 %. */
export const occupationFactor: Factor = {
  value: (c, p) => (p.iscoCode ? OCCUPATION_LEVELS[sharedIscoDigits(c, p.iscoCode)]!.value : 0),
  params: (c, p) =>
    p.iscoCode
      ? { level: OCCUPATION_LEVELS[sharedIscoDigits(c, p.iscoCode)]!.level, isco: p.iscoCode }
      : { level: 'none', isco: '' },
};

export const distanceFactor: Factor = {
  value: (c, p) => Math.max(0, 1 - travelKm(c, p) / Math.max(c.travel.maxKm, 0.1)),
  params: (c, p) => ({ km: round1(travelKm(c, p)), maxKm: c.travel.maxKm, mode: c.travel.mode }),
};

/** The share of the place's hour range that the candidate's wish covers. */
export const hoursFactor: Factor = {
  value: (c, p) => {
    const overlap = Math.min(c.hours.max, p.hours.max) - Math.max(c.hours.min, p.hours.min);
    const span = Math.max(1, p.hours.max - p.hours.min);
    return overlap < 0 ? 0 : p.hours.max === p.hours.min ? 1 : Math.min(1, Math.max(overlap, 1) / span);
  },
  params: (c, p) => ({ wanted: `${c.hours.min}–${c.hours.max}`, offered: `${p.hours.min}–${p.hours.max}` }),
};

const prefersSector = (c: MatchCandidate, p: MatchPlace) =>
  !!p.sector && includesIgnoringCase(c.preferredSectors, p.sector);
const prefersKind = (c: MatchCandidate, p: MatchPlace) => includesIgnoringCase(c.preferredPlaceKinds, p.kind);

export const preferencesFactor: Factor = {
  value: (c, p) => (prefersSector(c, p) ? 0.5 : 0) + (prefersKind(c, p) ? 0.5 : 0),
  params: (c, p) => ({ sector: prefersSector(c, p) ? 1 : 0, kind: prefersKind(c, p) ? 1 : 0 }),
};

const waitingMonths = (c: MatchCandidate, today: number) =>
  Math.max(0, (today - c.waitingSinceDay) / DAYS_PER_MONTH);

/** Fairness: the longer someone has waited, the higher at equal fit; re-placement priority counts as full. */
export const waitingFactor: Factor = {
  value: (c, _p, today) =>
    c.priorityReplacement ? 1 : Math.min(1, waitingMonths(c, today) / WAITING_FULL_AT_MONTHS),
  params: (c, _p, today) => ({
    months: Math.floor(waitingMonths(c, today)),
    priority: c.priorityReplacement ? 1 : 0,
  }),
};

const coveredNeeds = (c: MatchCandidate, p: MatchPlace) =>
  c.supportNeeds.filter((n) => includesIgnoringCase(p.supportOffered, n)).length;

/** Support the candidate needs that the place offers; no needs means nothing is missing. */
export const supportFactor: Factor = {
  value: (c, p) => (c.supportNeeds.length ? coveredNeeds(c, p) / c.supportNeeds.length : 1),
  params: (c, p) => ({ covered: coveredNeeds(c, p), needed: c.supportNeeds.length }),
};

const matchedGroups = (c: MatchCandidate, p: MatchPlace) =>
  p.preferredTargetGroups.filter((g) => includesIgnoringCase(c.targetGroups, g)).length;

export const targetGroupFactor: Factor = {
  value: (c, p) => (matchedGroups(c, p) ? 1 : 0),
  params: (c, p) => ({ matched: matchedGroups(c, p) }),
};

const FACTORS: Array<[FactorCode, Factor]> = [
  ['skills', skillsFactor],
  ['occupation', occupationFactor],
  ['distance', distanceFactor],
  ['hours', hoursFactor],
  ['preferences', preferencesFactor],
  ['waiting', waitingFactor],
  ['support', supportFactor],
  ['target_group', targetGroupFactor],
];

/**
 * The score alone, as `scoreMatch` gives it (0–100 with default weights), without the reasons: for
 * ranking many candidates before explaining the best few.
 */
export function matchScore(
  candidate: MatchCandidate,
  place: MatchPlace,
  today: number,
  weights: MatchWeights = DEFAULT_WEIGHTS,
): number {
  let sum = 0;
  for (const [code, factor] of FACTORS) sum += round1(factor.value(candidate, place, today) * weights[code]);
  return round1(sum);
}

/** Scores a pair that passed the hard constraints: every factor's points, and their sum (0–100 with default weights). */
export function scoreMatch(
  candidate: MatchCandidate,
  place: MatchPlace,
  today: number,
  weights: MatchWeights = DEFAULT_WEIGHTS,
): ScoredMatch {
  const reasons: Reason[] = FACTORS.map(([code, factor]) => ({
    factor: code,
    points: round1(factor.value(candidate, place, today) * weights[code]),
    maxPoints: weights[code],
    params: factor.params(candidate, place, today),
  }));
  return {
    // The points added in the same order as matchScore adds them, so the two scores are equal.
    score: round1(reasons.reduce((sum, r) => sum + r.points, 0)),
    reasons,
    distanceKm: round1(travelKm(candidate, place)),
  };
}

/** Ranks scored matches: higher score first; at equal score the longer waiting candidate first. */
export function compareMatches(
  a: { score: number; waitingSinceDay: number },
  b: { score: number; waitingSinceDay: number },
) {
  return b.score - a.score || a.waitingSinceDay - b.waitingSinceDay;
}

/**
 * The best `limit` pairs in `compareMatches` order, each with its score and reasons: every pair is
 * ranked by its score alone, and the reasons are made for those shown only (a proposal ranks about a
 * thousand candidates to show ten).
 */
export function bestMatches<T extends { candidate: MatchCandidate; place: MatchPlace }>(
  pairs: T[],
  limit: number,
  today: number,
  weights: MatchWeights = DEFAULT_WEIGHTS,
): Array<T & ScoredMatch> {
  return pairs
    .map((pair) => ({
      pair,
      score: matchScore(pair.candidate, pair.place, today, weights),
      waitingSinceDay: pair.candidate.waitingSinceDay,
    }))
    .sort(compareMatches)
    .slice(0, limit)
    .map(({ pair }) => ({ ...pair, ...scoreMatch(pair.candidate, pair.place, today, weights) }));
}
