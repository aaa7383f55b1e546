import type { SessionUser } from '../auth/session-user';
import { findOwnCandidate } from '../candidates/candidate-records';
import type { TPipelineActor } from '../contract';
import { findByIdMatching } from '../database/find-by-id';
import { notFound } from '../http/app-error';
import { MatchModel, type MatchDoc } from './matches.model';
import { actorOf } from './matches.policy';

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
