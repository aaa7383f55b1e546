import type { TMatchStage, TPipelineActor, TRole } from '../contract';

/**
 * Who may move a match from which stage to which: the whole pipeline in one table. `introduced`
 * needs the candidate's consent (given in the portal, or in person and recorded by the consultant);
 * contractors act once the candidate is introduced; a trial ends in `hired` or `stopped`.
 */
const MOVES: Record<TMatchStage, Partial<Record<TMatchStage, readonly TPipelineActor[]>>> = {
  proposed: { shortlisted: ['consultant'], declined: ['consultant'], withdrawn: ['candidate'] },
  shortlisted: {
    introduced: ['consultant', 'candidate'],
    declined: ['consultant', 'candidate'],
    withdrawn: ['consultant'],
  },
  introduced: {
    interview: ['consultant', 'contractor'],
    declined: ['consultant', 'contractor', 'candidate'],
    withdrawn: ['consultant', 'candidate'],
  },
  interview: {
    trial: ['consultant', 'contractor'],
    declined: ['consultant', 'contractor', 'candidate'],
    withdrawn: ['consultant', 'candidate'],
  },
  trial: { hired: ['consultant', 'contractor'], stopped: ['consultant', 'contractor'] },
  hired: {},
  declined: {},
  withdrawn: {},
  stopped: {},
};

/** The stages that end a match. */
export const FINAL_STAGES: readonly TMatchStage[] = ['hired', 'declined', 'withdrawn', 'stopped'];

/** The part a signed-in user plays in matches, if any. */
export function actorOf(role: TRole): TPipelineActor | null {
  return role === 'consultant' || role === 'contractor' || role === 'candidate' ? role : null;
}

/** Where this actor may move a match that is at `stage`, in pipeline order. */
export function nextStages(stage: TMatchStage, actor: TPipelineActor | null): TMatchStage[] {
  if (!actor) return [];
  return (Object.entries(MOVES[stage]) as Array<[TMatchStage, readonly TPipelineActor[]]>)
    .filter(([, actors]) => actors.includes(actor))
    .map(([to]) => to);
}

export function mayMove(stage: TMatchStage, to: TMatchStage, actor: TPipelineActor | null): boolean {
  return nextStages(stage, actor).includes(to);
}
