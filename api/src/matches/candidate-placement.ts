import { CandidateModel, type CandidateDoc } from '../candidates/candidates.model';
import { dutchToday } from '../contracts/today';
import { updateDocument } from '../database/document-lock';
import { AppError } from '../http/app-error';
import type { MatchDoc } from './matches.model';

/**
 * A candidate is in at most one trial, and not in one while employed: the candidate document is the
 * lock. Claiming it (status `placed`, held by this match) is one conditional update, so of two trial
 * starts for the same candidate only one claims it. Returns the candidate as it was before.
 */
export async function claimCandidate(match: MatchDoc): Promise<CandidateDoc> {
  const before = await updateDocument(
    CandidateModel,
    { _id: match.candidateId, status: { $ne: 'placed' } },
    { $set: { status: 'placed', placementMatchId: match._id }, $inc: { version: 1 } },
    { returnDocument: 'before' },
  );
  if (!before) {
    const message = 'The candidate is already in a trial or employed';
    throw new AppError(422, 'unprocessable', message, {
      issues: [{ path: 'params.id', code: 'candidate_in_trial', message }],
    });
  }
  return before;
}

/** Undoes a claim when the match could not move after all, restoring the status it had. */
export async function undoClaim(match: MatchDoc, before: CandidateDoc): Promise<void> {
  await updateDocument(
    CandidateModel,
    { _id: match.candidateId, status: 'placed', placementMatchId: match._id },
    {
      $set: { status: before.status, placementMatchId: before.placementMatchId ?? null },
      $inc: { version: 1 },
    },
  );
}

/**
 * The candidate leaves this match's trial or employment and is back in the pool (`active`). Only when
 * this match holds the candidate, so a release never frees a candidate placed by another match.
 * `waitingSince` stays after a stopped trial or an early end (the search goes on); after durable
 * employment a new search starts today.
 */
export async function releaseCandidate(
  match: MatchDoc,
  how: { priorityReplacement: boolean; newSearch: boolean },
): Promise<void> {
  await updateDocument(
    CandidateModel,
    { _id: match.candidateId, status: 'placed', placementMatchId: match._id },
    {
      $set: {
        status: 'active',
        placementMatchId: null,
        ...(how.priorityReplacement ? { priorityReplacement: true } : {}),
        ...(how.newSearch ? { waitingSince: dutchToday() } : {}),
      },
      $inc: { version: 1 },
    },
  );
}

/** Hired: the candidate stays placed by this match, and a priority for re-placement is used up. */
export async function confirmEmployed(match: MatchDoc): Promise<void> {
  await updateDocument(
    CandidateModel,
    { _id: match.candidateId, placementMatchId: match._id, priorityReplacement: true },
    { $set: { priorityReplacement: false }, $inc: { version: 1 } },
  );
}
