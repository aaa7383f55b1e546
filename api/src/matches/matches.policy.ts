import type { SessionUser } from '../http/session-user';
import { findOwnCandidate } from '../candidates/candidate-records';
import type { TMatchStage, TPipelineActor, TRole } from '../contract';
import { findByIdMatching } from '../database/find-by-id';
import { notFound } from '../http/app-error';
import { MatchModel, type MatchDoc } from './matches.model';

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

/**
 * Who sees a match (enforced here, for every read and move): consultants of its region; the
 * contractor only once the candidate consented to the introduction (before that they do not know the
 * candidate exists); the candidate once they are asked to consent, or when they said they are
 * interested (other early matches are the consultant's working list).
 */
export function maySeeMatch(
  user: SessionUser,
  actor: TPipelineActor,
  match: MatchDoc,
  ownCandidateId?: string,
) {
  switch (actor) {
    case 'consultant':
      return !!user.regionId && String(match.regionId) === user.regionId;
    case 'contractor':
      return (
        String(match.contractorId) === user.organisationId && match.introduction?.consent?.given === true
      );
    case 'candidate':
      return (
        String(match.candidateId) === ownCandidateId && (!!match.introduction || match.source === 'interest')
      );
  }
}

/** The match with the part the user plays in it; 404 when they may not see it. */
export async function findMatchFor(
  user: SessionUser,
  id: string,
): Promise<{ match: MatchDoc; actor: TPipelineActor }> {
  const actor = actorOf(user.role);
  const match = actor ? ((await findByIdMatching(MatchModel, id)) as MatchDoc | null) : null;
  if (!actor || !match) throw notFound('Match');
  const own = actor === 'candidate' ? String((await findOwnCandidate(user))._id) : undefined;
  if (!maySeeMatch(user, actor, match, own)) throw notFound('Match');
  return { match, actor };
}
