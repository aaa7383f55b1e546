import { allowedPlaceTransitions, missingToOpen, ZCreatePlace, ZUpdatePlace } from '../contract';

const complete = {
  title: 'Schoonmaker kantoren',
  description: 'Kantoren schoonmaken in de ochtend.',
  location: { postcode: '6811 AB' },
  hours: { min: 12, max: 24 },
  startDate: '2026-12-01',
};

describe('what a place needs before it opens', () => {
  it.each([
    [{}, []],
    [{ description: '' }, ['description']],
    [{ description: '   ' }, ['description']],
    [{ location: null }, ['location']],
    [{ hours: null, startDate: null }, ['hours', 'startDate']],
    [{ title: undefined, description: undefined }, ['title', 'description']],
  ])('when a complete place is changed by %j, then %j is missing', (changes, missing) => {
    expect(missingToOpen({ ...complete, ...changes })).toEqual(missing);
  });
});

describe('where each status may go', () => {
  it.each([
    ['draft', ['open', 'closed']],
    ['open', ['paused', 'filled', 'closed']],
    ['paused', ['open', 'filled', 'closed']],
    ['filled', []],
    ['closed', []],
  ] as const)('from %s: %j', (from, to) => {
    expect(allowedPlaceTransitions(from)).toEqual(to);
  });
});

describe('the place schemas', () => {
  it('when a new place gives only kind and title, then the rest gets empty defaults', () => {
    expect(ZCreatePlace.parse({ kind: 'job', title: 'Keukenhulp' })).toEqual({
      kind: 'job',
      title: 'Keukenhulp',
      contractId: null,
      description: '',
      occupation: null,
      sector: null,
      requiredSkills: [],
      desirableSkills: [],
      hours: null,
      location: null,
      startDate: null,
      durationMonths: null,
      positions: 1,
      requirements: { drivingLicence: false, dutchLevel: null, educationLevel: null },
      support: [],
    });
  });

  it.each([
    [{ version: 1, status: 'open' }, ['status']],
    [{ version: 1, support: ['buddy', 'buddy'] }, null],
    [{ title: 'Zonder versie' }, ['version']],
  ])('when a change is %j, then the problem is at %j', (input, path) => {
    const result = ZUpdatePlace.safeParse(input);
    if (path === null) {
      expect(result.success && result.data.support).toEqual(['buddy']);
    } else {
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual(path);
    }
  });
});
