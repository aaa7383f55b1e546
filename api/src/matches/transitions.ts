import type { QueryFilter } from 'mongoose';
import type { SessionUser } from '../http/session-user';
import type { TMatch, TMyMatchesQuery, TPageInfo, TTransitionMatch } from '../contract';
import { findOwnCandidate } from '../candidates/candidate-records';
import { paginate } from '../http/pagination';
import { MatchModel, type MatchDoc } from './matches.model';
import { presentMatch, presentMatches } from './matches.presenter';
import { actorOf, FINAL_STAGES, findMatchFor } from './matches.policy';
import { checkInterviewDate, notifyInterview } from './interview';
import { moveMatch } from './move-match';
import { notifyStageChange } from './stage-notifications';

/**
 * The moves that need no more than a note, a reason or an interview's plan (shortlist, interview,
 * decline, withdraw); trials and introductions have their own.
 */
export async function transitionMatch(
  user: SessionUser,
  id: string,
  input: TTransitionMatch,
): Promise<TMatch> {
  const { match, actor } = await findMatchFor(user, id);
  const ends = input.to === 'declined' || input.to === 'withdrawn';
  if (input.interview) checkInterviewDate(input.interview);
  const moved = await moveMatch(user, match, actor, {
    to: input.to,
    version: input.version,
    note: input.note,
    set: ends
      ? { dismissal: { reason: input.reason, note: input.note, by: actor } }
      : input.interview
        ? { interview: { ...input.interview, sequence: 0 } }
        : {},
  });
  // An interview's message says when and where (with the appointment); other moves say the stage.
  if (moved.stage === 'interview') await notifyInterview(moved, user.id, 'interview_planned');
  else await notifyStageChange(moved, user.id);
  return presentMatch(moved, actor);
}

export async function getMatch(user: SessionUser, id: string): Promise<TMatch> {
  const { match, actor } = await findMatchFor(user, id);
  return presentMatch(match, actor);
}

/**
 * The matches the user takes part in, newest first: a consultant's region, a contractor's introduced
 * candidates, a candidate's own introductions. The same visibility as one match (matches.policy.ts).
 */
export async function listMyMatches(
  user: SessionUser,
  query: TMyMatchesQuery,
): Promise<{ data: TMatch[]; page: TPageInfo }> {
  const actor = actorOf(user.role)!;
  const scope: Record<string, unknown> =
    actor === 'consultant'
      ? { regionId: user.regionId ?? '-' }
      : actor === 'contractor'
        ? { contractorId: user.organisationId, 'introduction.consent.given': true }
        : {
            candidateId: (await findOwnCandidate(user))._id,
            $or: [{ introduction: { $ne: null } }, { source: 'interest' }],
          };
  const stage: Record<string, unknown> = query.stage
    ? { stage: query.stage }
    : query.active
      ? { stage: { $nin: FINAL_STAGES } }
      : query.active === false
        ? { stage: { $in: FINAL_STAGES } }
        : {};
  const place = query.placeId ? { placeId: query.placeId } : {};
  const filter = { ...scope, ...stage, ...place } as QueryFilter<MatchDoc>;
  const { items, page } = await paginate(MatchModel, filter, { ...query, sort: '-updatedAt' });
  return { data: await presentMatches(items as MatchDoc[], actor), page };
}
