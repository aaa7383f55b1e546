import { failedConstraints, travelKm } from './constraints';
import {
  compareMatches,
  distanceFactor,
  hoursFactor,
  matchScore,
  occupationFactor,
  preferencesFactor,
  scoreMatch,
  skillsFactor,
  supportFactor,
  targetGroupFactor,
  waitingFactor,
} from './score';
import type { MatchCandidate, MatchPlace } from './types';
import { DEFAULT_WEIGHTS, parseWeights } from './weights';

const TODAY = 20_000;
const ARNHEM = { lat: 51.984, lng: 5.909 };
const VELP = { lat: 51.995, lng: 5.978 };

const candidate = (o: Partial<MatchCandidate> = {}): MatchCandidate => ({
  id: 'c1',
  location: ARNHEM,
  travel: { maxKm: 15, mode: 'bike' },
  hours: { min: 24, max: 32 },
  availableFromDay: TODAY,
  waitingSinceDay: TODAY - 365,
  drivingLicence: false,
  dutchLevel: 'B1',
  educationRank: 3,
  skills: ['schoonmaak', 'glazenwassen'],
  occupations: ['9112'],
  preferredSectors: ['cleaning'],
  preferredPlaceKinds: ['job'],
  supportNeeds: [],
  targetGroups: ['participatiewet'],
  consentMatching: true,
  status: 'active',
  inTrialOrEmployed: false,
  priorityReplacement: false,
  ...o,
});

const place = (o: Partial<MatchPlace> = {}): MatchPlace => ({
  id: 'p1',
  location: VELP,
  hours: { min: 24, max: 32 },
  startDay: TODAY + 14,
  requiresDrivingLicence: false,
  minDutchLevel: 'A2',
  minEducationRank: null,
  requiredSkills: ['schoonmaak'],
  desirableSkills: ['glazenwassen', 'vloeronderhoud'],
  iscoCode: '9112',
  sector: 'cleaning',
  kind: 'job',
  supportOffered: ['job_coach'],
  preferredTargetGroups: ['participatiewet'],
  displacementUnconfirmed: false,
  ...o,
});

describe('hard constraints', () => {
  it.each<[string, Partial<MatchCandidate>, Partial<MatchPlace>, string[]]>([
    ['a fitting pair', {}, {}, []],
    ['no consent to matching', { consentMatching: false }, {}, ['no_consent']],
    ['an inactive candidate', { status: 'inactive' }, {}, ['not_available_status']],
    ['a candidate already placed', { status: 'placed' }, {}, ['not_available_status']],
    ['a candidate in a trial', { inTrialOrEmployed: true }, {}, ['in_trial_or_employed']],
    ['available after the start date', { availableFromDay: TODAY + 30 }, {}, ['available_too_late']],
    ['available on the start date', { availableFromDay: TODAY + 14 }, {}, []],
    ['hours that do not overlap', { hours: { min: 8, max: 16 } }, {}, ['hours_do_not_overlap']],
    ['hours touching at one end', { hours: { min: 8, max: 24 } }, {}, []],
    ['too far by foot', { travel: { maxKm: 3, mode: 'walk' } }, {}, ['out_of_travel_reach']],
    ['a licence required and missing', {}, { requiresDrivingLicence: true }, ['driving_licence_required']],
    ['a licence required and present', { drivingLicence: true }, { requiresDrivingLicence: true }, []],
    ['Dutch below the required level', { dutchLevel: 'A1' }, {}, ['dutch_level_too_low']],
    ['no Dutch level recorded', { dutchLevel: null }, {}, ['dutch_level_too_low']],
    [
      'education below the required level',
      { educationRank: 2 },
      { minEducationRank: 4 },
      ['education_too_low'],
    ],
    [
      'a displaced contractor without confirmation',
      {},
      { displacementUnconfirmed: true },
      ['displacement_unconfirmed'],
    ],
    [
      'several problems at once',
      { consentMatching: false, drivingLicence: false },
      { requiresDrivingLicence: true },
      ['no_consent', 'driving_licence_required'],
    ],
  ])('when %s, then it fails %j', (_name, c, p, expected) => {
    expect(failedConstraints(candidate(c), place(p))).toEqual(expected);
  });

  it('when the mode changes, then the estimated travel distance follows the detour of that mode', () => {
    const byBike = travelKm(candidate({ travel: { maxKm: 15, mode: 'bike' } }), place());
    const byBus = travelKm(candidate({ travel: { maxKm: 15, mode: 'public_transport' } }), place());
    expect(byBike).toBeCloseTo(6.2, 0);
    expect(byBus).toBeGreaterThan(byBike);
  });
});

describe('score factors (fractions of their weight)', () => {
  it.each<[string, Partial<MatchCandidate>, Partial<MatchPlace>, number]>([
    ['all required and half the desirable skills', {}, {}, 0.9],
    ['no skills in common', { skills: ['koken'] }, {}, 0.0],
    ['skills match whatever the case', { skills: ['Schoonmaak'] }, {}, 0.8],
    ['a place that lists no skills', {}, { requiredSkills: [], desirableSkills: [] }, 1],
  ])('skills: when %s, then %d', (_n, c, p, value) => {
    expect(skillsFactor.value(candidate(c), place(p), TODAY)).toBeCloseTo(value, 5);
  });

  it.each<[string[], string | null, number]>([
    [['9112'], '9112', 1],
    [['9113'], '9112', 0.6],
    [['9121'], '9112', 0.3],
    [['5414'], '9112', 0],
    [[], '9112', 0],
    [['9112'], null, 0],
  ])(
    'occupation: when the candidate has %j and the place asks %s, then %d',
    (occupations, iscoCode, value) => {
      expect(occupationFactor.value(candidate({ occupations }), place({ iscoCode }), TODAY)).toBe(value);
    },
  );

  it('distance: closer is better, and at the edge of reach it is zero', () => {
    const near = distanceFactor.value(candidate(), place({ location: ARNHEM }), TODAY);
    const far = distanceFactor.value(candidate(), place(), TODAY);
    expect(near).toBe(1);
    expect(far).toBeGreaterThan(0);
    expect(far).toBeLessThan(1);
    expect(distanceFactor.value(candidate({ travel: { maxKm: 5, mode: 'bike' } }), place(), TODAY)).toBe(0);
  });

  it.each<[{ min: number; max: number }, { min: number; max: number }, number]>([
    [{ min: 24, max: 32 }, { min: 24, max: 32 }, 1],
    [{ min: 24, max: 28 }, { min: 24, max: 32 }, 0.5],
    [{ min: 32, max: 38 }, { min: 24, max: 32 }, 0.125],
    [{ min: 8, max: 16 }, { min: 24, max: 32 }, 0],
    [{ min: 20, max: 30 }, { min: 24, max: 24 }, 1],
  ])('hours: when wanted %j and offered %j, then %d', (wanted, offered, value) => {
    expect(hoursFactor.value(candidate({ hours: wanted }), place({ hours: offered }), TODAY)).toBeCloseTo(
      value,
      5,
    );
  });

  it.each<[Partial<MatchCandidate>, number]>([
    [{}, 1],
    [{ preferredSectors: [] }, 0.5],
    [{ preferredPlaceKinds: [] }, 0.5],
    [{ preferredSectors: [], preferredPlaceKinds: [] }, 0],
  ])('preferences: when %j, then %d', (c, value) => {
    expect(preferencesFactor.value(candidate(c), place(), TODAY)).toBe(value);
  });

  it.each<[number, boolean, number]>([
    [0, false, 0],
    [365, false, 0.5],
    [730, false, 1],
    [2000, false, 1],
    [0, true, 1],
  ])('waiting: when waiting %d days (priority %s), then %d', (days, priorityReplacement, value) => {
    const factor = waitingFactor.value(
      candidate({ waitingSinceDay: TODAY - days, priorityReplacement }),
      place(),
      TODAY,
    );
    expect(factor).toBeCloseTo(value, 1);
  });

  it.each<[string[], string[], number]>([
    [[], [], 1],
    [['job_coach'], ['job_coach'], 1],
    [['job_coach', 'buddy'], ['job_coach'], 0.5],
    [['buddy'], [], 0],
  ])('support: when needed %j and offered %j, then %d', (supportNeeds, supportOffered, value) => {
    expect(supportFactor.value(candidate({ supportNeeds }), place({ supportOffered }), TODAY)).toBe(value);
  });

  it.each<[string[], string[], number]>([
    [['participatiewet'], ['participatiewet'], 1],
    [['status_holder'], ['participatiewet'], 0],
    [['participatiewet'], [], 0],
  ])(
    'target group: when the candidate is %j and the contract prefers %j, then %d',
    (targetGroups, preferred, value) => {
      expect(
        targetGroupFactor.value(
          candidate({ targetGroups }),
          place({ preferredTargetGroups: preferred }),
          TODAY,
        ),
      ).toBe(value);
    },
  );
});

describe('the score', () => {
  it('when scored, then every factor explains its points and the points add up to the score', () => {
    const scored = scoreMatch(candidate(), place(), TODAY);
    expect(scored.reasons.map((r) => r.factor)).toEqual(Object.keys(DEFAULT_WEIGHTS));
    for (const r of scored.reasons) {
      expect(r.points).toBeGreaterThanOrEqual(0);
      expect(r.points).toBeLessThanOrEqual(r.maxPoints);
    }
    const sum = scored.reasons.reduce((s, r) => s + r.points, 0);
    expect(scored.score).toBeCloseTo(sum, 0);
    expect(scored.score).toBeGreaterThan(60);
  });

  it('when only the score is asked (to rank many candidates), then it is the score with reasons, to the decimal', () => {
    const variants: Array<Partial<MatchCandidate>> = [
      {},
      { skills: ['Schoonmaak'], occupations: ['9113', '5414'] },
      { occupations: ['9121'], hours: { min: 8, max: 26 }, waitingSinceDay: TODAY - 47 },
      { location: VELP, travel: { maxKm: 9, mode: 'public_transport' }, supportNeeds: ['job_coach'] },
      { preferredSectors: [], targetGroups: [], priorityReplacement: true },
    ];
    const places = [
      place(),
      place({ iscoCode: null, sector: null, requiredSkills: [] }),
      place({ location: VELP }),
    ];
    for (const c of variants) {
      for (const p of places) {
        const scored = scoreMatch(candidate(c), p, TODAY);
        expect(matchScore(candidate(c), p, TODAY)).toBe(scored.score);
        expect(scored.reasons.find((r) => r.factor === 'occupation')?.params.level).toMatch(
          /occupation|field|none/,
        );
      }
    }
  });

  it('when scored, then the reasons name what each factor was based on', () => {
    const scored = scoreMatch(candidate({ occupations: ['9113'] }), place(), TODAY);
    const params = Object.fromEntries(scored.reasons.map((r) => [r.factor, r.params]));
    expect(params.skills).toEqual({
      matchedRequired: 1,
      required: 1,
      matchedDesirable: 1,
      desirable: 2,
      skills: 'schoonmaak, glazenwassen',
    });
    expect(params.occupation).toEqual({ level: 'related_occupation', isco: '9112' });
    expect(params.hours).toEqual({ wanted: '24–32', offered: '24–32' });
    expect(params.waiting).toEqual({ months: 11, priority: 0 });
    expect(params.target_group).toEqual({ matched: 1 });
  });

  it('when two candidates fit equally, then the one waiting longer ranks first', () => {
    const shortWait = { ...scoreMatch(candidate(), place(), TODAY), score: 70, waitingSinceDay: TODAY - 30 };
    const longWait = { ...scoreMatch(candidate(), place(), TODAY), score: 70, waitingSinceDay: TODAY - 900 };
    expect([shortWait, longWait].sort(compareMatches)[0]).toBe(longWait);
  });

  it('when the waiting factor differs, then the longer waiting candidate scores higher', () => {
    const a = scoreMatch(candidate({ waitingSinceDay: TODAY - 30 }), place(), TODAY).score;
    const b = scoreMatch(candidate({ waitingSinceDay: TODAY - 600 }), place(), TODAY).score;
    expect(b).toBeGreaterThan(a);
  });

  it('when weights are configured, then the score follows them', () => {
    const onlySkills = parseWeights(
      JSON.stringify({
        skills: 100,
        occupation: 0,
        distance: 0,
        hours: 0,
        preferences: 0,
        waiting: 0,
        support: 0,
        target_group: 0,
      }),
    );
    expect(scoreMatch(candidate(), place(), TODAY, onlySkills).score).toBeCloseTo(90, 5);
  });

  it('when weights name an unknown factor or a negative number, then configuration is refused', () => {
    expect(() => parseWeights('{"charm": 5}')).toThrow('Unknown matching factor');
    expect(() => parseWeights('{"skills": -1}')).toThrow('≥ 0');
  });
});
