import { MATCH_STAGES, type TMatchStage, type TPipelineActor } from '../contract';
import { actorOf, mayMove, nextStages } from './matches.policy';

describe('pipeline rules', () => {
  it.each<[TMatchStage, TPipelineActor, TMatchStage[]]>([
    ['proposed', 'consultant', ['shortlisted', 'declined']],
    ['proposed', 'contractor', []],
    ['proposed', 'candidate', ['withdrawn']],
    ['shortlisted', 'consultant', ['introduced', 'declined', 'withdrawn']],
    ['shortlisted', 'candidate', ['introduced', 'declined']],
    ['shortlisted', 'contractor', []],
    ['introduced', 'contractor', ['interview', 'declined']],
    ['introduced', 'candidate', ['declined', 'withdrawn']],
    ['interview', 'contractor', ['trial', 'declined']],
    ['interview', 'consultant', ['trial', 'declined', 'withdrawn']],
    ['trial', 'contractor', ['hired', 'stopped']],
    ['trial', 'candidate', []],
  ])('when a %s match is seen by a %s, then the next stages are %j', (stage, actor, expected) => {
    expect(nextStages(stage, actor)).toEqual(expected);
  });

  it.each(['hired', 'declined', 'withdrawn', 'stopped'] as const)(
    'when a match is %s, then nobody moves it any more',
    (stage) => {
      for (const actor of ['consultant', 'contractor', 'candidate'] as const) {
        expect(nextStages(stage, actor)).toEqual([]);
      }
    },
  );

  it('when a stage is skipped or gone back to, then the move is refused for everyone', () => {
    expect(mayMove('shortlisted', 'trial', 'consultant')).toBe(false);
    expect(mayMove('interview', 'introduced', 'consultant')).toBe(false);
    expect(mayMove('proposed', 'hired', 'contractor')).toBe(false);
    for (const stage of MATCH_STAGES) expect(mayMove(stage, stage, 'consultant')).toBe(false);
  });

  it('when admins or municipality users ask, then they play no part', () => {
    expect(actorOf('admin')).toBeNull();
    expect(actorOf('municipality')).toBeNull();
    expect(nextStages('introduced', actorOf('municipality'))).toEqual([]);
  });
});
