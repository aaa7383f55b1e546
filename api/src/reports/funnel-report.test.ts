import { Types } from 'mongoose';
import type { MatchDoc } from '../matches/matches.model';
import { funnelSteps } from './funnel-report';

type FunnelMatch = Parameters<typeof funnelSteps>[0][number];

/** A match that got as far as `step`, for a candidate of its own unless one is given. */
function matchUpTo(
  step: 'proposed' | 'introduced' | 'trial' | 'hired' | 'durable',
  candidateId = new Types.ObjectId(),
): FunnelMatch {
  const at = new Date();
  const timeline = [{ stage: 'proposed' }, ...(step === 'proposed' ? [] : [{ stage: 'introduced' }])].map(
    (e) => ({
      ...e,
      at,
    }),
  );
  return {
    candidateId,
    stage: step === 'durable' ? 'hired' : step,
    timeline: timeline as unknown as MatchDoc['timeline'],
    trial: ['trial', 'hired', 'durable'].includes(step)
      ? ({ startDate: '2026-01-01' } as MatchDoc['trial'])
      : null,
    employment: ['hired', 'durable'].includes(step)
      ? ({ durable: step === 'durable' } as MatchDoc['employment'])
      : null,
  } as FunnelMatch;
}

const many = (n: number, step: Parameters<typeof matchUpTo>[0]) =>
  Array.from({ length: n }, () => matchUpTo(step));

describe('funnelSteps', () => {
  const matches = [
    ...many(20, 'proposed'),
    ...many(10, 'introduced'),
    ...many(3, 'trial'),
    ...many(4, 'hired'),
    ...many(5, 'durable'),
  ];

  it('when counted exactly, then each step counts everyone who got at least that far, with conversions', () => {
    expect(funnelSteps(matches, false)).toEqual([
      { step: 'proposed', people: 42, conversionBasisPoints: null },
      { step: 'introduced', people: 22, conversionBasisPoints: 5238 },
      { step: 'trial', people: 12, conversionBasisPoints: 5454 },
      { step: 'hired', people: 9, conversionBasisPoints: 7500 },
      { step: 'durable', people: 5, conversionBasisPoints: 5555 },
    ]);
  });

  it('when fewer than five people reach a step and suppression applies, then the count and the conversions touching it are hidden', () => {
    const few = [...many(6, 'proposed'), ...many(2, 'trial'), ...many(2, 'hired')];
    expect(funnelSteps(few, true)).toEqual([
      { step: 'proposed', people: 10, conversionBasisPoints: null },
      { step: 'introduced', people: null, conversionBasisPoints: null },
      { step: 'trial', people: null, conversionBasisPoints: null },
      { step: 'hired', people: null, conversionBasisPoints: null },
      { step: 'durable', people: null, conversionBasisPoints: null },
    ]);
    expect(funnelSteps(few, false)[1]).toEqual({
      step: 'introduced',
      people: 4,
      conversionBasisPoints: 4000,
    });
  });

  it('when one person has several matches, then they count once per step', () => {
    const person = new Types.ObjectId();
    const repeated = [matchUpTo('proposed', person), matchUpTo('trial', person), ...many(5, 'proposed')];
    expect(
      funnelSteps(repeated, false)
        .slice(0, 3)
        .map((s) => s.people),
    ).toEqual([6, 1, 1]);
  });
});
