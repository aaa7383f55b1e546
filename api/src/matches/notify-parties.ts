import { CandidateModel } from '../candidates/candidates.model';
import type { TPipelineActor } from '../contract';
import { findByIdMatching } from '../database/find-by-id';
import type { MatchDoc } from './matches.model';
import { notifyUser, type NotificationInput } from '../notifications/notifications.service';
import { UserModel } from '../users/users.model';

const EVERYONE: readonly TPipelineActor[] = ['consultant', 'contractor', 'candidate'];

/**
 * The users who take part in a match, by their part: the candidate's consultant, the contractor's
 * users (only once the candidate consented to the introduction) and the candidate's own account.
 */
export async function partiesOf(match: MatchDoc): Promise<Record<TPipelineActor, string[]>> {
  const candidate = await findByIdMatching(CandidateModel, match.candidateId);
  const contractorUsers =
    match.introduction?.consent?.given === true
      ? await UserModel.find({ organisationId: match.contractorId, status: 'active' })
          .select({ _id: 1 })
          .lean()
      : [];
  return {
    consultant: candidate?.consultantId ? [String(candidate.consultantId)] : [],
    contractor: contractorUsers.map((u) => String(u._id)),
    candidate: candidate?.userId ? [String(candidate.userId)] : [],
  };
}

/**
 * Stores and pushes a notification to the parties of a match (all, or those named), never to the user
 * who caused it. Each user gets it in their own room, so no other organisation sees it.
 */
export async function notifyParties(
  match: MatchDoc,
  exceptUserId: string,
  input: NotificationInput,
  roles: readonly TPipelineActor[] = EVERYONE,
): Promise<void> {
  const parties = await partiesOf(match);
  const userIds = new Set(roles.flatMap((role) => parties[role]));
  userIds.delete(exceptUserId);
  // Every notification about a match names its candidate: a mail about them can be withheld later.
  for (const userId of userIds) await notifyUser(userId, { candidateId: match.candidateId, ...input });
}
