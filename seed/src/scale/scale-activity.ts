import { fakerNL as faker } from '@faker-js/faker';
import type { ScaleCandidateStatus, ScaleOptions } from './scale-data';

/**
 * What happened around a generated candidate and a generated contract: matches in every stage, trials,
 * hires and other efforts, so a benchmark reads and reports over a region that has been in use for a
 * while. Like the records themselves, every plan is a pure function of (seed, kind, index, today).
 */
export const SCALE_MATCH_OUTCOMES = [
  'proposed',
  'shortlisted',
  'introduced',
  'interview',
  'trial',
  'hired',
  'durable',
  'ended_early',
  'stopped',
  'declined',
  'withdrawn',
] as const;
export type ScaleMatchOutcome = (typeof SCALE_MATCH_OUTCOMES)[number];

export interface ScaleMatchPlan {
  outcome: ScaleMatchOutcome;
  /** Which of the places that suit this outcome, as a fraction in [0, 1). */
  placePick: number;
  /** The day the match was made, in days before today; later steps follow from it. */
  madeDaysAgo: number;
  /** Days from the match to the start of a trial (for outcomes that reached one). */
  daysToTrial: number;
  /** Days a stopped trial or an employment that ended early lasted. */
  lastedDays: number;
  intentToEmploy: boolean;
  /** One to four check-in ratings (1–5) for each check-in held. */
  checkIns: Array<{ attendance: number; attitude: number; skills: number; fit: number }>;
  contractType: 'temporary' | 'permanent' | 'bbl';
  hoursPerWeek: number;
  score: number;
}

export interface ScaleEffortPlan {
  kind: 'social_purchase' | 'project_contribution' | 'practical_support' | 'volunteering';
  description: string;
  daysAgo: number;
  amountCents: number | null;
  hours: number | null;
  status: 'submitted' | 'accepted' | 'rejected';
  /** Which of the region's social enterprises a purchase was made at, as a fraction in [0, 1). */
  enterprisePick: number;
}

const RECORD_KIND = { match: 11, effort: 12 } as const;

function seedRecord(options: ScaleOptions, kind: keyof typeof RECORD_KIND, index: number): void {
  faker.seed([options.seed, RECORD_KIND[kind], index]);
  faker.setDefaultRefDate(options.today);
}

function weighted<T>(choices: Array<[T, number]>): T {
  return faker.helpers.weightedArrayElement(choices.map(([value, weight]) => ({ value, weight })));
}

/**
 * The candidate's match, if any, following their status: placed candidates are in a trial or
 * employed; those in process are introduced or interviewing; of the active ones about half have a
 * match that is open, ended, or an employment that ended early (back in the pool).
 */
const OUTCOMES_BY_STATUS: Record<ScaleCandidateStatus, Array<[ScaleMatchOutcome | null, number]>> = {
  placed: [
    ['trial', 35],
    ['hired', 45],
    ['durable', 20],
  ],
  in_process: [
    ['introduced', 50],
    ['interview', 50],
  ],
  active: [
    [null, 45],
    ['proposed', 20],
    ['shortlisted', 10],
    ['declined', 10],
    ['stopped', 8],
    ['ended_early', 4],
    ['withdrawn', 3],
  ],
  inactive: [
    [null, 70],
    ['withdrawn', 30],
  ],
};

/** Days between the match and today, so the outcome's steps (and their dates) all lie in the past. */
const MADE_DAYS_AGO: Record<ScaleMatchOutcome, [number, number]> = {
  proposed: [1, 30],
  shortlisted: [3, 40],
  introduced: [5, 50],
  interview: [10, 60],
  // A running trial started within its two months; the match a few weeks before that.
  trial: [20, 70],
  // Hired after a two-month trial, employed for less than six months.
  hired: [95, 230],
  // Employed for more than six months.
  durable: [270, 600],
  ended_early: [160, 260],
  stopped: [65, 160],
  declined: [5, 120],
  withdrawn: [5, 120],
};

const rating = () => faker.number.int({ min: 2, max: 5 });

export function buildScaleMatchPlan(
  index: number,
  status: ScaleCandidateStatus,
  options: ScaleOptions,
): ScaleMatchPlan | null {
  seedRecord(options, 'match', index);
  const outcome = weighted(OUTCOMES_BY_STATUS[status]);
  if (!outcome) return null;
  const [min, max] = MADE_DAYS_AGO[outcome];
  return {
    outcome,
    placePick: faker.number.float({ min: 0, max: 0.999999, fractionDigits: 6 }),
    madeDaysAgo: faker.number.int({ min, max }),
    daysToTrial: faker.number.int({ min: 14, max: 20 }),
    lastedDays: faker.number.int({ min: 14, max: 40 }),
    intentToEmploy: faker.number.float() < 0.7,
    checkIns: Array.from({ length: faker.number.int({ min: 1, max: 3 }) }, () => ({
      attendance: rating(),
      attitude: rating(),
      skills: rating(),
      fit: rating(),
    })),
    contractType: weighted([
      ['temporary', 60],
      ['permanent', 30],
      ['bbl', 10],
    ]),
    hoursPerWeek: faker.helpers.arrayElement([16, 24, 32, 36]),
    score: faker.number.int({ min: 45, max: 95 }),
  };
}

const EFFORTS: Array<Omit<ScaleEffortPlan, 'daysAgo' | 'status' | 'enterprisePick'> & { weight: number }> = [
  {
    kind: 'social_purchase',
    description: 'Inkoop groenonderhoud bij een sociale onderneming',
    amountCents: 2_400_000,
    hours: null,
    weight: 40,
  },
  {
    kind: 'practical_support',
    description: 'Rijlessen voor een statushouder in dienst',
    amountCents: 180_000,
    hours: null,
    weight: 25,
  },
  {
    kind: 'project_contribution',
    description: 'Bijdrage aan een taalproject in de wijk',
    amountCents: 500_000,
    hours: null,
    weight: 15,
  },
  {
    kind: 'volunteering',
    description: 'Vrijwilligerswerk bij de voedselbank',
    amountCents: null,
    hours: 24,
    weight: 20,
  },
];

/** Zero to four other efforts per contract; most accepted, some rejected, some waiting for review. */
export function buildScaleEfforts(companyIndex: number, options: ScaleOptions): ScaleEffortPlan[] {
  seedRecord(options, 'effort', companyIndex);
  return Array.from({ length: faker.number.int({ min: 0, max: 4 }) }, () => {
    const { weight: _weight, ...effort } = weighted(EFFORTS.map((e) => [e, e.weight]));
    const scale = faker.number.float({ min: 0.5, max: 3 });
    return {
      ...effort,
      amountCents: effort.amountCents === null ? null : Math.round((effort.amountCents * scale) / 100) * 100,
      hours: effort.hours === null ? null : Math.round(effort.hours * scale),
      daysAgo: faker.number.int({ min: 3, max: 25 }),
      status: weighted([
        ['accepted', 65],
        ['rejected', 10],
        ['submitted', 25],
      ]),
      enterprisePick: faker.number.float({ min: 0, max: 0.999999, fractionDigits: 6 }),
    };
  });
}
